import Foundation
import Stages
import XCTest

/// The engine feature the website relies on: stages it reads only when they are registered.
final class WebsiteOptionalDependencyTests: XCTestCase {
    /// Lists what it can see of other stages' outputs.
    static let reader: Stage = .single("reader", version: "1", optionalDependencies: ["writer", "absent"],
                                       inputs: { _ in [] }, run: { context in
        let seen = context.dependencyOutputs.map(\.path).joined(separator: ",")
        try context.write("reader/seen.txt", bytes: Array("seen:\(seen)".utf8))
    })

    static func writer(_ text: String) -> Stage {
        .single("writer", version: "1", inputs: { _ in [.value("text", text)] }, run: { context in
            try context.write("writer/out.txt", bytes: Array(text.utf8))
        })
    }

    func testAnUnregisteredOptionalDependencyIsIgnored() async throws {
        let workspace = try TestWorkspace()
        try await workspace.build([Self.reader])
        XCTAssertEqual(workspace.output("reader/seen.txt"), "seen:")
    }

    func testARegisteredOptionalDependencyRunsFirstAndItsChangesRebuildTheReader() async throws {
        let workspace = try TestWorkspace()
        // Registered after the reader: the engine still orders the writer first.
        try await workspace.build([Self.reader, Self.writer("one")])
        XCTAssertEqual(workspace.output("reader/seen.txt"), "seen:writer/out.txt")
        let before = try workspace.manifest().outputs.first { $0.path == "reader/seen.txt" }?.inputsHash
        try await workspace.build([Self.reader, Self.writer("two")])
        let after = try workspace.manifest().outputs.first { $0.path == "reader/seen.txt" }?.inputsHash
        XCTAssertNotEqual(before, after, "the reader's inputs hash must follow the writer's outputs")
    }

    func testOnlyTheReaderBuildsTheRegisteredOptionalDependencyToo() async throws {
        let workspace = try TestWorkspace()
        try await workspace.build([Self.reader, Self.writer("one")]) { $0.onlyStages = ["reader"] }
        XCTAssertEqual(workspace.output("writer/out.txt"), "one")
    }
}
