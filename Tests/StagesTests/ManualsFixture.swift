import DocumentTree
import Foundation
@testable import Stages
import TestSupport
import XCTest

/// One build of the five manuals from the real `Input/`, shared by the manuals test classes.
enum ManualsFixture {
    struct Built: Sendable {
        let inputs: BuildInputs
        let build: URL
        let summary: BuildSummary
    }

    static let input = TestPaths.packageRoot.appendingPathComponent("Input")
    static let templates = TestPaths.packageRoot.appendingPathComponent("Templates")
    static let stages: [Stage] = [.network, .framework, .programme, .recognition, .certification]

    /// The shared build (made on first use, in a temporary folder left for the test process).
    static let shared = Task<Built, any Error> {
        let inputs = try loadInputs(input: input)
        let build = FileManager.default.temporaryDirectory.appendingPathComponent("manuals-tests-\(UUID().uuidString)")
        let summary = try await BuildEngine(stages: stages).build(
            environment: environment(inputs: inputs, input: input),
            options: BuildOptions(outputDirectory: build, jobs: 2), events: { _ in })
        return Built(inputs: inputs, build: build, summary: summary)
    }

    static func loadInputs(input: URL) throws -> BuildInputs {
        let (inputs, diagnostics) = BuildInputs.load(input: input.path, templates: templates.path, strict: false)
        guard let inputs else {
            throw NSError(domain: "ManualsFixture", code: 1, userInfo: [NSLocalizedDescriptionKey:
                "Input/ does not load: \(diagnostics.filter { $0.severity == .error })"])
        }
        return inputs
    }

    static func environment(inputs: BuildInputs, input: URL) -> StageEnvironment {
        StageEnvironment(inputDirectory: input, templatesDirectory: templates, payload: inputs, timestamp: 1_767_225_600)
    }

    /// The manual as a document tree, for content checks against the data.
    static func document(_ definition: ManualDefinition, _ language: String, inputs: BuildInputs) -> Document {
        ManualStage.render(definition, inputs: inputs, language: language)
    }

    /// All the text of a document, one line per paragraph, heading or cell.
    static func text(of document: Document) -> String {
        document.sections.map(\.blocks.plainText).joined(separator: "\n")
    }
}
