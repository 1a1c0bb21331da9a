import Foundation
import Stages
import XCTest

/// Runs the real `deliverables` binary (built beside the test bundle) for exit codes and output.
final class CommandLineTests: XCTestCase {
    private func binary() throws -> URL {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let url = folder.appendingPathComponent("deliverables")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw XCTSkip("the deliverables binary is not built beside the tests (run swift build first)")
        }
        return url
    }

    private func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    func testMergeManifestsCommandJoinsShardsIntoTheWholeManifest() async throws {
        let workspace = try TestWorkspace()
        for index in 0..<9 { try workspace.writeInput("pages/p\(index).txt", "Page \(index)") }
        let whole = workspace.root.appendingPathComponent("Whole")
        try await workspace.build([TestStages.pages()], into: whole)
        var paths: [String] = []
        for index in 1...3 {
            let folder = workspace.root.appendingPathComponent("Shard\(index)")
            try await workspace.build([TestStages.pages()], into: folder) { $0.shard = Shard(index: index, count: 3) }
            paths.append(folder.appendingPathComponent("manifest.json").path)
        }
        let result = try run(["merge-manifests"] + paths + ["-o", "merged.json"], in: workspace.root)
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(try Data(contentsOf: workspace.root.appendingPathComponent("merged.json")),
                       try Data(contentsOf: whole.appendingPathComponent("manifest.json")))

        let partial = try run(["merge-manifests", paths[0], paths[2], "-o", "partial.json"], in: workspace.root)
        XCTAssertEqual(partial.status, 1)
        XCTAssertEqual(partial.errors, "error: cannot merge manifests: shard(s) 2/3 missing\n")
    }

    func testBadUsageExitsWith64AndMissingInputWith1() throws {
        let workspace = try TestWorkspace()
        let badFormat = try run(["build", "--format", "rtf"], in: workspace.root)
        XCTAssertEqual(badFormat.status, 64)
        XCTAssertTrue(badFormat.errors.contains("unknown format 'rtf'"), badFormat.errors)
        XCTAssertEqual(try run(["build", "--shard", "4/3"], in: workspace.root).status, 64)
        let missing = try run(["build", "--input", "Nowhere"], in: workspace.root)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.errors, "error: Nowhere: the input folder does not exist (use --input)\n")
    }

    func testBuildOfTheShippedInputWritesAManifestAndSummary() throws {
        let workspace = try TestWorkspace()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let arguments = ["build", "--input", root.appendingPathComponent("Input").path,
                         "--templates", root.appendingPathComponent("Templates").path, "--format", "html", "--lang", "en"]
        let result = try run(arguments, in: workspace.root)
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.hasPrefix("Build succeeded: "), result.output)
        XCTAssertNotNil(workspace.output("manifest.json"))
        let quiet = try run(arguments + ["--quiet"], in: workspace.root)
        XCTAssertEqual(quiet.output, "")
    }

    func testBuildOfInvalidInputExitsWith1AndWritesNothing() throws {
        let workspace = try TestWorkspace()
        try workspace.writeInput("project.yaml", "id: test\n")
        let result = try run(["build"], in: workspace.root)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("Input/project.yaml:1:1: error: missing required key 'languages'"), result.errors)
        XCTAssertTrue(result.errors.hasSuffix("nothing was built\n"), result.errors)
        XCTAssertNil(workspace.output("manifest.json"))
    }
}
