import Foundation
@testable import Stages
import TestSupport
import XCTest

/// An edit to the data rebuilds exactly the manuals that show it.
final class ManualsIncrementalTests: XCTestCase {
    func testChangingOneLearningOutcomeOrOnePhoneNumberRebuildsOnlyTheManualsThatShowIt() async throws {
        let workspace = try TemporaryDirectory(prefix: "manuals-incremental")
        defer { workspace.remove() }
        let input = workspace.file("Input")
        try FileManager.default.copyItem(at: ManualsFixture.input, to: input)
        let build = workspace.file("Build")
        let options = BuildOptions(outputDirectory: build, jobs: 2, formats: [.html])

        func run() async throws -> BuildSummary {
            let inputs = try ManualsFixture.loadInputs(input: input)
            return try await BuildEngine(stages: ManualsFixture.stages)
                .build(environment: ManualsFixture.environment(inputs: inputs, input: input), options: options, events: { _ in })
        }
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for url in OutputTreeValidator.files(under: build, extensions: ["html"]) {
                files[String(url.standardizedFileURL.path.dropFirst(build.standardizedFileURL.path.count + 1))] = try Data(contentsOf: url)
            }
            return files
        }

        let first = try await run()
        XCTAssertEqual(first.status, .succeeded)
        let before = try snapshot()
        let unchanged = try await run()
        XCTAssertEqual(unchanged.builtItems, [], "nothing changed, nothing rebuilds")

        let outcomes = input.appendingPathComponent("outcomes.yaml")
        let original = try String(contentsOf: outcomes, encoding: .utf8)
        let old = "describe the digital channels an organisation uses"
        let new = "describe the digital media and channels an organisation uses"
        XCTAssertTrue(original.contains(old), "fixture: the English statement of LO-1.1-K1")
        try original.replacingOccurrences(of: old, with: new).write(to: outcomes, atomically: true, encoding: .utf8)

        let second = try await run()
        XCTAssertEqual(second.status, .succeeded)
        let languages = try ManualsFixture.loadInputs(input: input).data.project.languages
        XCTAssertEqual(second.builtItems, (["framework", "programme"].flatMap { manual in languages.map { "\(manual)/\($0)" } }).sorted(),
                       "the manuals that show learning outcomes, and only those")
        let after = try snapshot()
        let changed = after.keys.filter { after[$0] != before[$0] }.sorted()
        // French has its own statement; the other languages show the English one (no translation).
        XCTAssertTrue(changed.contains("framework/en/framework.html"))
        XCTAssertTrue(changed.contains("programme/en/programme.html"))
        XCTAssertFalse(changed.contains("framework/fr/framework.html"), "the French text did not change")
        XCTAssertTrue(changed.allSatisfy { $0.hasPrefix("framework/") || $0.hasPrefix("programme/") }, "\(changed)")
        XCTAssertTrue(String(decoding: after["framework/en/framework.html"] ?? Data(), as: UTF8.self).contains(new))

        // An operator's phone number shows only in the network directory.
        let operators = input.appendingPathComponent("operators.yaml")
        let directory = try String(contentsOf: operators, encoding: .utf8)
        XCTAssertTrue(directory.contains("\"+32 2 555 41 20\""), "fixture: CIEP's phone number")
        try directory.replacingOccurrences(of: "\"+32 2 555 41 20\"", with: "\"+32 2 555 41 99\"")
            .write(to: operators, atomically: true, encoding: .utf8)
        let third = try await run()
        XCTAssertEqual(third.builtItems, languages.map { "network/\($0)" }.sorted())
        XCTAssertTrue(String(decoding: try Data(contentsOf: build.appendingPathComponent("network/fr/network.html")), as: UTF8.self)
            .contains("+32 2 555 41 99"))
    }
}
