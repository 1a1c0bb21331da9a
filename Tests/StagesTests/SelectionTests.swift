import Foundation
import Stages
import XCTest

final class SelectionTests: XCTestCase {
    func testLanguageSelectionBuildsOnlyThatLanguageAndKeepsTheOthers() async throws {
        let workspace = try TestWorkspace()
        try workspace.writeInput("pages/a.txt", "Alpha")
        try workspace.writeInput("pages/b.fr.txt", "Bravo")
        try await workspace.build()
        try workspace.writeInput("pages/a.txt", "Alpha 2")
        try workspace.writeInput("pages/b.fr.txt", "Bravo 2")
        let summary = try await workspace.build { $0.languages = ["fr"] }
        XCTAssertEqual(summary.builtItems, ["index", "pages/b.fr"])
        XCTAssertEqual(workspace.output("pages/a.odt"), "<odt>Alpha</odt>\n", "English outputs are kept as they were")
        XCTAssertEqual(workspace.output("pages/b.fr.odt"), "<odt>Bravo 2</odt>\n")
    }

    func testOnlyRunsTheStageAndItsDependencies() async throws {
        let workspace = try TestWorkspace()
        try workspace.writeInput("pages/a.txt", "Alpha")
        let other = Stage.single("other", version: "1", inputs: { _ in [] }) { context in
            try context.write("other.txt", bytes: [1])
        }
        let summary = try await workspace.build(TestStages.pagesAndIndex() + [other]) { $0.onlyStages = ["index"] }
        XCTAssertEqual(summary.builtItems, ["index", "pages/a"])
        XCTAssertNil(workspace.output("other.txt"))
    }

    func testUnknownOnlyStageIsRefusedNamingTheKnownOnes() async throws {
        let workspace = try TestWorkspace()
        do {
            try await workspace.build { $0.onlyStages = ["pagez"] }
            XCTFail("expected an error")
        } catch let error as BuildError {
            XCTAssertEqual("\(error)", "unknown stage 'pagez' (stages: index, pages)")
        }
    }

    func testOnlyBuildKeepsOutputsOfStagesItDidNotRun() async throws {
        let workspace = try TestWorkspace()
        try workspace.writeInput("pages/a.txt", "Alpha")
        try await workspace.build()
        try workspace.removeInput("pages/a.txt")
        try workspace.writeInput("pages/b.txt", "Bravo")
        let summary = try await workspace.build { $0.onlyStages = ["pages"] }
        XCTAssertEqual(summary.builtItems, ["pages/b"])
        XCTAssertNotNil(workspace.output("index.txt"))
        XCTAssertEqual(summary.removedOutputs, ["pages/a.docx", "pages/a.html", "pages/a.odt"])
    }

    func testShardParsingAndEnvironment() throws {
        XCTAssertEqual(Shard(parsing: "2/3"), Shard(index: 2, count: 3))
        XCTAssertNil(Shard(parsing: "0/3"))
        XCTAssertNil(Shard(parsing: "4/3"))
        XCTAssertNil(Shard(parsing: "2"))
        XCTAssertEqual(try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "0", "JOB_COMPLETION_COUNT": "4"]),
                       Shard(index: 1, count: 4))
        XCTAssertNil(try Shard.fromEnvironment([:]))
        XCTAssertThrowsError(try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "4", "JOB_COMPLETION_COUNT": "4"]))
    }
}
