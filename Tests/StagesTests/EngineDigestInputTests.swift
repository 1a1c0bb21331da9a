import Foundation
import Stages
import XCTest

/// ``InputRef/digest(name:sha256:)``: an input known by its SHA-256 hashes exactly as the value
/// itself, so an item can hold the hash of a large value instead of the value.
final class EngineDigestInputTests: XCTestCase {
    /// SHA-256 of the UTF-8 bytes of "abc".
    static let abcSHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

    static func stage(_ input: InputRef) -> Stage {
        .perItem("records", version: "1", items: { _ in [StageItem(id: "one", inputs: [input])] }, run: { context in
            try context.write("records/one.txt", bytes: Array("made".utf8))
        })
    }

    private func inputsHash(_ workspace: TestWorkspace) throws -> String? {
        try workspace.manifest().outputs.first { $0.path == "records/one.txt" }?.inputsHash
    }

    func testADigestInputHashesAsTheValueWithThoseBytes() async throws {
        let byValue = try TestWorkspace()
        try await byValue.build([Self.stage(.value("text", "abc"))])
        let byDigest = try TestWorkspace()
        try await byDigest.build([Self.stage(.digest(name: "text", sha256: Self.abcSHA256))])
        XCTAssertNotNil(try inputsHash(byValue))
        XCTAssertEqual(try inputsHash(byValue), try inputsHash(byDigest))
    }

    func testAnItemWhoseValueBecomesADigestOfTheSameBytesIsUpToDate() async throws {
        let workspace = try TestWorkspace()
        try await workspace.build([Self.stage(.value("text", "abc"))])
        let same = try await workspace.build([Self.stage(.digest(name: "text", sha256: Self.abcSHA256))])
        XCTAssertEqual(same.builtItems, [])
        let other = try await workspace.build([Self.stage(.digest(name: "text", sha256: String(repeating: "0", count: 64)))])
        XCTAssertEqual(other.builtItems, ["records/one"])
    }
}
