import Foundation
import Stages
import XCTest

final class ReproducibilityTests: XCTestCase {
    private func workspaceWithPages(_ count: Int) throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        for index in 0..<count {
            try workspace.writeInput("pages/p\(index).txt", "Page \(index)")
        }
        return workspace
    }

    func testTwoBuildsIntoDifferentFoldersGiveByteIdenticalTrees() async throws {
        let workspace = try workspaceWithPages(6)
        let first = workspace.root.appendingPathComponent("One")
        let second = workspace.root.appendingPathComponent("Two")
        try await workspace.build(into: first) { $0.jobs = 1 }
        try await workspace.build(into: second) { $0.jobs = 4 }
        let firstTree = try workspace.tree(first)
        XCTAssertEqual(firstTree, try workspace.tree(second))
        XCTAssertTrue(firstTree.keys.contains("manifest.json"))
        XCTAssertTrue(firstTree.keys.contains(".cache/state"))
        let manifestText = try XCTUnwrap(workspace.output("manifest.json", in: first))
        XCTAssertFalse(manifestText.contains(workspace.root.path), "no absolute path in the manifest")
        XCTAssertTrue(manifestText.hasSuffix("}\n"))
    }

    func testShardManifestsMergeIntoTheUnshardedManifest() async throws {
        let workspace = try workspaceWithPages(12)
        let whole = workspace.root.appendingPathComponent("Whole")
        try await workspace.build(into: whole)
        var shardManifests: [Manifest] = []
        var builtPages: [String] = []
        for index in 1...3 {
            let folder = workspace.root.appendingPathComponent("Shard\(index)")
            let summary = try await workspace.build(into: folder) { $0.shard = Shard(index: index, count: 3) }
            XCTAssertEqual(summary.status, .succeeded)
            builtPages += summary.builtItems.filter { $0.hasPrefix("pages/") }
            let manifest = try workspace.manifest(folder)
            XCTAssertEqual(manifest.shard, Shard(index: index, count: 3))
            shardManifests.append(manifest)
        }
        XCTAssertEqual(builtPages.count, 36, "pages is read by index, so it is built whole on every shard")
        let merged = try Manifest.merge(shardManifests)
        let expected = try workspace.manifest(whole)
        XCTAssertEqual(merged, expected)
        XCTAssertEqual(try merged.encoded(), Array(try Data(contentsOf: whole.appendingPathComponent("manifest.json"))))
    }

    func testShardsSplitALeafPerItemStageWithoutOverlap() async throws {
        let workspace = try workspaceWithPages(12)
        let whole = workspace.root.appendingPathComponent("Whole")
        try await workspace.build([TestStages.pages()], into: whole)
        var built: [[String]] = []
        var manifests: [Manifest] = []
        for index in 1...3 {
            let folder = workspace.root.appendingPathComponent("Shard\(index)")
            let summary = try await workspace.build([TestStages.pages()], into: folder) {
                $0.shard = Shard(index: index, count: 3)
            }
            built.append(summary.builtItems)
            manifests.append(try workspace.manifest(folder))
        }
        XCTAssertEqual(built.flatMap { $0 }.sorted(), (0..<12).map { "pages/p\($0)" }.sorted())
        XCTAssertTrue(built.allSatisfy { $0.count < 12 }, "each shard builds only its slice: \(built)")
        XCTAssertEqual(try Manifest.merge(manifests), try workspace.manifest(whole))
    }

    func testMergeRefusesAMissingShardAndConflictingOutputs() throws {
        let entry = ManifestEntry(path: "a.odt", stage: "pages", item: "a", language: "en", format: "odt",
                                  size: 1, sha256: "00", inputsHash: "11")
        var other = entry
        other.sha256 = "22"
        XCTAssertThrowsError(try Manifest.merge([Manifest(outputs: [entry], shard: Shard(index: 1, count: 2))])) { error in
            XCTAssertEqual("\(error)", "cannot merge manifests: shard(s) 2/2 missing")
        }
        XCTAssertThrowsError(try Manifest.merge([Manifest(outputs: [entry]), Manifest(outputs: [other])])) { error in
            XCTAssertTrue("\(error)".contains("'a.odt' differs between manifests"))
        }
    }
}
