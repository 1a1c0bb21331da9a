import Foundation
import XCTest

/// Runs the real `deliverables` binary: exit codes and output of `check` and `list`.
final class CheckCommandTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Tests/ProjectInputTests/Fixtures")

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The built binary next to the test bundle, else in `.build/debug`.
    func binary() throws -> URL {
        let candidates = [
            Bundle(for: Self.self).bundleURL.deletingLastPathComponent().appendingPathComponent("deliverables"),
            Self.packageRoot.appendingPathComponent(".build/debug/deliverables"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("build the deliverables product first (swift build)")
        }
        return found
    }

    func run(_ arguments: [String], in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                   errors: String(decoding: errData, as: UTF8.self))
    }

    /// A temporary directory holding a copy of the base fixture as `Input/`.
    func workspace() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cli-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("Base"), to: root.appendingPathComponent("Input"))
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        return root
    }

    func testCheckOfACleanInputExitsZeroWithASummary() throws {
        let result = try run(["check"], in: try workspace())
        XCTAssertEqual(result.status, 0, result.output + result.errors)
        XCTAssertTrue(result.output.contains("0 errors, 0 warnings"), result.output)
        XCTAssertTrue(result.output.contains("3 competences"), result.output)
        XCTAssertTrue(result.output.contains("framework.yaml        100%  100%"), result.output)
    }

    func testCheckWithErrorsExitsOneAndPrintsRelativePaths() throws {
        let root = try workspace()
        try Data("participant,date,part,hours\nP-01,2027-04-05,day,7\nP-01,2027-04-06,day,7\n".utf8)
            .write(to: root.appendingPathComponent("Input/attendance/SEM-BE.csv"))
        let result = try run(["check"], in: root)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.output.hasPrefix("Input/attendance/SEM-BE.csv:3:21: error: participant 'P-01' attends 14 hours of seminar 'SEM-BE', above its 12 hours\n"), result.output)
        XCTAssertTrue(result.output.contains("1 error, 0 warnings"), result.output)
    }

    func testCheckPrintsGitHubAnnotations() throws {
        let root = try workspace()
        let outcomes = root.appendingPathComponent("Input/outcomes.yaml")
        let text = try String(contentsOf: outcomes, encoding: .utf8).replacingOccurrences(of: "eqfLevel: 5", with: "eqfLevel: 9")
        try Data(text.utf8).write(to: outcomes)
        let result = try run(["check", "--diagnostics", "github"], in: root)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.output.hasPrefix("::error file=Input/outcomes.yaml,line=5,col=15::learning outcome 'LO-1.1-K1' has EQF level 9; EQF levels are 1 to 8\n"), result.output)
    }

    func testStrictTurnsMissingTranslationsIntoFailure() throws {
        let root = try workspace()
        let outcomes = root.appendingPathComponent("Input/outcomes.yaml")
        let text = try String(contentsOf: outcomes, encoding: .utf8)
            .replacingOccurrences(of: ", fr: \"Sélectionne des ressources.\"", with: "")
        try Data(text.utf8).write(to: outcomes)
        let relaxed = try run(["check"], in: root)
        XCTAssertEqual(relaxed.status, 0)
        XCTAssertTrue(relaxed.output.contains("Input/outcomes.yaml:19:16: warning: 'outcomes[2].statement' has no 'fr' translation"), relaxed.output)
        let strict = try run(["check", "--strict"], in: root)
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.output.contains("Input/outcomes.yaml:19:16: error: 'outcomes[2].statement' has no 'fr' translation"), strict.output)
    }

    func testCheckWithAnInputOptionReadsThatDirectory() throws {
        let result = try run(["check", "--input", "Tests/ProjectInputTests/Fixtures/SmallProject"], in: Self.packageRoot)
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("1 seminars"), result.output)
    }

    func testBadUsageExitsSixtyFour() throws {
        let result = try run(["check", "--diagnostics", "xml"], in: try workspace())
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.errors.contains("--diagnostics"), result.errors)
    }

    func testListNamesEveryStage() throws {
        let result = try run(["list"], in: try workspace())
        XCTAssertEqual(result.status, 0)
        let names = result.output.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        XCTAssertEqual(names, ["network", "framework", "programme", "recognition", "certification",
                               "events", "seminars", "certificates", "toolkit", "website"])
    }
}
