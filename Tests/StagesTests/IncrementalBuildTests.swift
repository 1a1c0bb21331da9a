import Foundation
import Stages
import XCTest

final class IncrementalBuildTests: XCTestCase {
    private func workspaceWithThreePages() throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        try workspace.writeInput("pages/a.txt", "Alpha")
        try workspace.writeInput("pages/b.txt", "Bravo")
        try workspace.writeInput("pages/c.fr.txt", "Charlie")
        return workspace
    }

    func testColdBuildWritesEveryOutputAndAManifest() async throws {
        let workspace = try workspaceWithThreePages()
        let summary = try await workspace.build()
        XCTAssertEqual(summary.status, .succeeded)
        XCTAssertEqual(summary.builtItems, ["index", "pages/a", "pages/b", "pages/c.fr"])
        XCTAssertEqual(workspace.output("pages/a.odt"), "<odt>Alpha</odt>\n")
        let manifest = try workspace.manifest()
        XCTAssertEqual(manifest.outputs.map(\.path), [
            "index.txt", "pages/a.docx", "pages/a.html", "pages/a.odt",
            "pages/b.docx", "pages/b.html", "pages/b.odt",
            "pages/c.fr.docx", "pages/c.fr.html", "pages/c.fr.odt",
        ])
        let french = try XCTUnwrap(manifest.outputs.first { $0.path == "pages/c.fr.odt" })
        XCTAssertEqual(french.stage, "pages")
        XCTAssertEqual(french.item, "c.fr")
        XCTAssertEqual(french.language, "fr")
        XCTAssertEqual(french.format, "odt")
        XCTAssertEqual(french.size, "<odt>Charlie</odt>\n".utf8.count)
        XCTAssertEqual(manifest.outputs.first { $0.path == "index.txt" }?.item, nil)
    }

    func testNoOpRebuildWritesNothingAndReportsEveryItemUpToDate() async throws {
        let workspace = try workspaceWithThreePages()
        try await workspace.build()
        let before = try workspace.modificationTimes()
        try await Task.sleep(nanoseconds: 20_000_000)
        let summary = try await workspace.build()
        XCTAssertEqual(summary.status, .succeeded)
        XCTAssertEqual(summary.builtItems, [])
        XCTAssertEqual(summary.upToDateItems, 4)
        XCTAssertEqual(summary.writtenOutputs, [])
        XCTAssertEqual(summary.removedOutputs, [])
        XCTAssertEqual(try workspace.modificationTimes(), before, "a no-op build must not touch any file")
    }

    func testEditingOneItemRebuildsThatItemAndItsDependentsOnly() async throws {
        let workspace = try workspaceWithThreePages()
        try await workspace.build()
        let before = try workspace.manifest()
        try workspace.writeInput("pages/b.txt", "Bravo, edited")
        let summary = try await workspace.build()
        XCTAssertEqual(summary.builtItems, ["index", "pages/b"])
        XCTAssertEqual(summary.upToDateItems, 2)
        XCTAssertEqual(summary.writtenOutputs, ["index.txt", "pages/b.docx", "pages/b.html", "pages/b.odt"])
        let after = try workspace.manifest()
        let unmarked = { (entry: ManifestEntry) -> ManifestEntry in
            var entry = entry
            entry.rebuilt = nil
            return entry
        }
        let changed = zip(before.outputs.map(unmarked), after.outputs.map(unmarked)).filter { $0 != $1 }.map(\.1.path)
        XCTAssertEqual(changed, ["index.txt", "pages/b.docx", "pages/b.html", "pages/b.odt"])
        XCTAssertEqual(after.outputs.filter { $0.rebuilt == true }.map(\.path),
                       ["index.txt", "pages/b.docx", "pages/b.html", "pages/b.odt"], "the manifest says what was rebuilt")
        XCTAssertEqual(workspace.output("pages/b.html"), "<html>Bravo, edited</html>\n")
    }

    func testRewritingAnInputWithTheSameContentRebuildsNothing() async throws {
        let workspace = try workspaceWithThreePages()
        try await workspace.build()
        try await Task.sleep(nanoseconds: 20_000_000)
        // A new modification time, the same bytes: contents decide, not times.
        try workspace.writeInput("pages/a.txt", "Alpha")
        let summary = try await workspace.build()
        XCTAssertEqual(summary.builtItems, [])
    }

    func testChangedStageVersionRebuildsThatStage() async throws {
        let workspace = try workspaceWithThreePages()
        try await workspace.build()
        let summary = try await workspace.build([TestStages.index(), TestStages.pages(version: "2")])
        XCTAssertEqual(summary.builtItems, ["pages/a", "pages/b", "pages/c.fr"])
    }

    func testForceRebuildsEverything() async throws {
        let workspace = try workspaceWithThreePages()
        try await workspace.build()
        let summary = try await workspace.build { $0.force = true }
        XCTAssertEqual(summary.builtItems, ["index", "pages/a", "pages/b", "pages/c.fr"])
        XCTAssertEqual(summary.upToDateItems, 0)
    }

    func testDeletedOutputIsRebuilt() async throws {
        let workspace = try workspaceWithThreePages()
        try await workspace.build()
        try FileManager.default.removeItem(at: workspace.build.appendingPathComponent("pages/a.html"))
        let summary = try await workspace.build()
        XCTAssertEqual(summary.builtItems, ["pages/a"])
        XCTAssertEqual(workspace.output("pages/a.html"), "<html>Alpha</html>\n")
    }

    func testOutputEditedToSameSizeIsCaughtOnlyWhenVerifying() async throws {
        let workspace = try workspaceWithThreePages()
        try await workspace.build()
        try Data("<odt>ALPHA</odt>\n".utf8).write(to: workspace.build.appendingPathComponent("pages/a.odt"))
        let quick = try await workspace.build()
        XCTAssertEqual(quick.builtItems, [], "the default check compares sizes only")
        let verified = try await workspace.build { $0.verifyOutputs = true }
        XCTAssertEqual(verified.builtItems, ["pages/a"])
        XCTAssertEqual(workspace.output("pages/a.odt"), "<odt>Alpha</odt>\n")
    }

    func testRemovedRecordLosesItsOutputsAfterASuccessfulBuild() async throws {
        let workspace = try workspaceWithThreePages()
        try await workspace.build()
        try workspace.removeInput("pages/a.txt")
        let summary = try await workspace.build()
        XCTAssertEqual(summary.removedOutputs, ["pages/a.docx", "pages/a.html", "pages/a.odt"])
        XCTAssertNil(workspace.output("pages/a.odt"))
        XCTAssertFalse(try workspace.manifest().outputs.contains { $0.item == "a" })
        XCTAssertEqual(summary.builtItems, ["index"])
    }

    func testNarrowerFormatSelectionRebuildsAndDropsTheFormatsNoLongerSelected() async throws {
        let workspace = try workspaceWithThreePages()
        try await workspace.build()
        let summary = try await workspace.build { $0.formats = [.html] }
        XCTAssertEqual(summary.builtItems, ["index", "pages/a", "pages/b", "pages/c.fr"])
        XCTAssertEqual(try workspace.manifest().outputs.map(\.path),
                       ["index.txt", "pages/a.html", "pages/b.html", "pages/c.fr.html"])
        XCTAssertNil(workspace.output("pages/a.odt"))
    }
}
