import Foundation
@testable import Stages
import XCTest

/// The manifest and cache files: their hand-written encodings, and the manifest's record of what
/// the last build rebuilt.
final class EngineManifestTests: XCTestCase {
    private func awkwardEntries() -> [ManifestEntry] {
        [
            ManifestEntry(path: "a/b \"quoted\" back\\slash/tab\there.odt", stage: "pages", item: "x\ny", language: "fr",
                          format: "odt", size: 12, sha256: String(repeating: "a", count: 64),
                          inputsHash: String(repeating: "b", count: 64), rebuilt: true),
            ManifestEntry(path: "c/\u{1}\u{8}\u{c}\r\u{1f}\u{7f}é→/x.bin", stage: "assets", item: nil, language: nil,
                          format: nil, size: 0, sha256: "00", inputsHash: ""),
            ManifestEntry(path: "index.txt", stage: "index", item: nil, language: nil, format: nil, size: 1_234_567,
                          sha256: "ff", inputsHash: "11", rebuilt: false),
        ]
    }

    private func jsonEncoder(_ manifest: Manifest) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(manifest)) + [UInt8(ascii: "\n")]
    }

    func testManifestBytesAreExactlyWhatJSONEncoderWrites() throws {
        let manifests = [
            Manifest(outputs: awkwardEntries()),
            Manifest(outputs: awkwardEntries(), shard: Shard(index: 2, count: 3)),
            Manifest(outputs: []),
            Manifest(outputs: [], shard: Shard(index: 1, count: 1)),
        ]
        for manifest in manifests {
            let fast = try manifest.encoded()
            XCTAssertEqual(String(decoding: fast, as: UTF8.self), String(decoding: try jsonEncoder(manifest), as: UTF8.self))
            XCTAssertEqual(try Manifest.decode(fast), manifest)
        }
    }

    func testCacheRoundTripsEveryFieldWithTabsNewlinesAndBackslashes() throws {
        var record = ItemRecord(inputsHash: "h1", reads: ["input:a\tb.txt": "-", "output:x\\y": "9f"], outputs: [])
        record.outputs = awkwardEntries().map { entry in
            var entry = entry
            entry.rebuilt = nil
            return entry
        }
        record.outputs[1].inputsHash = "h1"
        let cache = BuildCache(stages: ["pages": ["x\ny": record, "": ItemRecord(inputsHash: "", reads: [:], outputs: [])]],
                               manifestSHA256: "abc", manifestShard: "2/3")
        let bytes = cache.encoded()
        XCTAssertEqual(try BuildCache.decode(bytes), cache)
        XCTAssertEqual(bytes, try BuildCache.decode(bytes).encoded(), "the encoding is deterministic")
        XCTAssertEqual(try BuildCache.decode(BuildCache().encoded()), BuildCache())
    }

    func testDamagedOrOldCacheIsIgnored() {
        XCTAssertThrowsError(try BuildCache.decode(Array("{\"formatVersion\" : 1}".utf8)))
        XCTAssertThrowsError(try BuildCache.decode(Array("deliverables build cache 2\noutput\tx\n".utf8)))
        XCTAssertThrowsError(try BuildCache.decode(Array("deliverables build cache 2\nitem\ts\ti\th\nread\tk\tbad\\q\n".utf8)))
    }

    func testManifestMarksExactlyTheOutputsTheLastWritingBuildWrote() async throws {
        let workspace = try TestWorkspace()
        try workspace.writeInput("pages/a.txt", "Alpha")
        try workspace.writeInput("pages/b.txt", "Bravo")
        try await workspace.build()
        let cold = try workspace.manifest()
        XCTAssertTrue(cold.outputs.allSatisfy { $0.rebuilt == true }, "a clean build rebuilds everything")

        try workspace.writeInput("pages/a.txt", "Alpha, edited")
        try await workspace.build()
        let edited = try workspace.manifest()
        XCTAssertEqual(edited.outputs.filter { $0.rebuilt == true }.map(\.path),
                       ["index.txt", "pages/a.docx", "pages/a.html", "pages/a.odt"])
        XCTAssertTrue(edited.outputs.filter { $0.rebuilt != true }.allSatisfy { $0.rebuilt == nil })

        // A no-op build writes nothing, so the manifest still describes the edit's build.
        let bytes = try Data(contentsOf: workspace.build.appendingPathComponent("manifest.json"))
        let summary = try await workspace.build()
        XCTAssertEqual(summary.builtItems, [])
        XCTAssertEqual(try Data(contentsOf: workspace.build.appendingPathComponent("manifest.json")), bytes)

        // A manifest deleted behind the engine's back is written again (nothing rebuilt).
        try FileManager.default.removeItem(at: workspace.build.appendingPathComponent("manifest.json"))
        try await workspace.build()
        let repaired = try workspace.manifest()
        XCTAssertEqual(repaired.outputs.map(\.path), edited.outputs.map(\.path))
        XCTAssertTrue(repaired.outputs.allSatisfy { $0.rebuilt == nil })
    }

    func testWritesToTheOutputFolderLeaveNoTemporaryFilesWhenAnItemFails() async throws {
        let workspace = try TestWorkspace()
        try workspace.writeInput("pages/a.txt", "Alpha")
        let failing = Stage.single("half", version: "1", inputs: { _ in [] }, run: { context in
            try context.write("half/first.txt", bytes: Array("one".utf8))
            struct Boom: Error {}
            throw Boom()
        })
        let summary = try await workspace.build([failing], into: nil)
        guard case .failed = summary.status else { return XCTFail("expected a failure, got \(summary.status)") }
        let files = try workspace.tree().keys.filter { !$0.hasPrefix(".cache/") && $0 != ".lock" }
        XCTAssertEqual(files.sorted(), ["manifest.json"], "the failed item's output was discarded")
    }
}
