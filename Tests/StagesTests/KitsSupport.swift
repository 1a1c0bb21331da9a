import Foundation
@testable import Stages
import TestSupport
import XCTest

/// The real `Input/` and `Templates/` (or a copy of them), loaded as `deliverables build` loads
/// them, and builds of the kit stages into temporary folders.
struct KitsProject {
    let input: URL
    let templates: URL

    static let real = KitsProject(input: TestPaths.packageRoot.appendingPathComponent("Input"),
                                  templates: TestPaths.packageRoot.appendingPathComponent("Templates"))

    /// A copy of the real project under `root`, to edit.
    static func copy(into root: URL) throws -> KitsProject {
        let copy = KitsProject(input: root.appendingPathComponent("Input"), templates: root.appendingPathComponent("Templates"))
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: real.input, to: copy.input)
        try FileManager.default.copyItem(at: real.templates, to: copy.templates)
        return copy
    }

    func inputs() throws -> BuildInputs {
        let (inputs, diagnostics) = BuildInputs.load(input: input.path, templates: templates.path, strict: false)
        guard let inputs else {
            throw TestSkip.because("the project does not load: \(diagnostics.filter { $0.severity == .error }.prefix(3))")
        }
        return inputs
    }

    func environment() throws -> StageEnvironment {
        StageEnvironment(inputDirectory: input, templatesDirectory: templates, payload: try inputs(), timestamp: 1_767_225_600)
    }

    /// Builds the events and seminars stages into `output`.
    func build(into output: URL, _ change: (inout BuildOptions) -> Void = { _ in }) async throws -> BuildSummary {
        var options = BuildOptions(outputDirectory: output, jobs: 2)
        change(&options)
        return try await BuildEngine(stages: [.events(), .seminars()]).build(environment: try environment(), options: options)
    }
}

/// One build of both kit stages on the real data, in ODT, DOCX and HTML, shared by the tests
/// that only read it.
enum SharedKitsBuild {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kits-tests-\(UUID().uuidString)")

    static let result: Task<BuildSummary, Error> = Task {
        try await KitsProject.real.build(into: folder)
    }

    static func build() async throws -> URL {
        let summary = try await result.value
        guard summary.status == .succeeded else { throw TestSkip.because("the shared kits build failed: \(summary.status)") }
        return folder
    }
}

extension XCTestCase {
    /// The PDF of every file in `files`, converted by one LibreOffice run; fails for any file
    /// LibreOffice could not convert.
    func convertToPDF(_ files: [URL], in directory: TemporaryDirectory, file: StaticString = #filePath, line: UInt = #line) throws -> [URL: URL] {
        let conversion = try LibreOfficeConverter(timeout: 900).convertToPDF(files, in: directory)
        XCTAssertEqual(conversion.failures.map(\.lastPathComponent), [], "LibreOffice log: \(conversion.log.suffix(1500))", file: file, line: line)
        return conversion.outputs
    }
}
