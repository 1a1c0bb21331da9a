import Foundation
import ProjectInput
import ProjectModel
import XCTest

/// A copy of the base fixture in a temporary directory, where one test overrides a file.
struct FixtureDataset {
    let root: URL
    var input: URL { root.appendingPathComponent("Input") }

    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    init(_ name: String = "Base") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("input-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: input)
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let url = input.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Replaces the first occurrence of `old` in a file with `new` (fails the test when absent).
    func edit(_ relative: String, _ old: String, _ new: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = input.appendingPathComponent(relative)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else {
            XCTFail("'\(old)' not found in \(relative)", file: file, line: line)
            return
        }
        try write(relative, text.replacingCharacters(in: range, with: new))
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: input.appendingPathComponent(relative))
    }

    func load() -> LoadedInput { InputLoader.load(directory: input.path, displayPath: "Input") }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }
}

class FixtureTestCase: XCTestCase {
    var dataset: FixtureDataset!

    override func setUpWithError() throws {
        dataset = try FixtureDataset()
    }

    override func tearDown() {
        dataset?.cleanUp()
    }

    /// Loads the dataset and asserts that `expected` is among the diagnostics, exactly.
    @discardableResult
    func assertDiagnostic(_ expected: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let diagnostics = dataset.load().diagnostics.map(\.description)
        XCTAssertTrue(diagnostics.contains(expected),
                      "expected:\n  \(expected)\ngot:\n  " + diagnostics.joined(separator: "\n  "), file: file, line: line)
        return diagnostics
    }

    /// Asserts that loading gives exactly these diagnostics.
    func assertDiagnostics(_ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        let diagnostics = dataset.load().diagnostics.map(\.description)
        XCTAssertEqual(diagnostics, expected, file: file, line: line)
    }
}
