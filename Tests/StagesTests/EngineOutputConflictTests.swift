import Foundation
import Stages
import XCTest

/// Two items that claim the same output path fail the build, each conflict naming both claimants.
final class EngineOutputConflictTests: XCTestCase {
    static func writer(_ name: String, _ paths: [String]) -> Stage {
        .single(name, version: "1", inputs: { _ in [] }, run: { context in
            for path in paths { try context.write(path, bytes: Array(name.utf8)) }
        })
    }

    func testEveryClaimantAfterTheFirstIsReportedInStageOrder() async throws {
        let workspace = try TestWorkspace()
        let summary = try await workspace.build([Self.writer("c", ["shared.txt"]), Self.writer("a", ["shared.txt", "a.txt"]),
                                                 Self.writer("b", ["shared.txt", "b.txt"])])
        XCTAssertEqual(summary.status, .failed([
            ItemFailure(stage: "b", item: "", message: "output 'shared.txt' is written by both stage 'a' and stage 'b'"),
            ItemFailure(stage: "c", item: "", message: "output 'shared.txt' is written by both stage 'b' and stage 'c'"),
        ]))
        let manifest = try workspace.manifest()
        XCTAssertEqual(manifest.outputs.map(\.path), ["a.txt", "b.txt", "shared.txt", "shared.txt", "shared.txt"])
        XCTAssertEqual(manifest.outputs.filter { $0.path == "shared.txt" }.map(\.stage), ["a", "b", "c"])
    }
}
