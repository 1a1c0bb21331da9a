import DocumentTree
import DocumentWriters
import Foundation
import XCTest

final class DocumentExportTests: XCTestCase {
    func testAtomicWriteReplacesTheFileAndLeavesNoTemporaryFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/out.html"
        try DocumentExport.writeAtomically(Array("old".utf8), to: path)
        try DocumentExport.writeAtomically(Array("new".utf8), to: path)
        XCTAssertEqual(FileManager.default.contents(atPath: path), Data("new".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["out.html"])
    }

    func testAtomicWriteIntoMissingDirectoryFailsWithThePath() {
        XCTAssertThrowsError(try DocumentExport.writeAtomically([1], to: "/nonexistent-dir/x.odt")) { error in
            XCTAssertEqual((error as? DocumentExportError)?.path, "/nonexistent-dir/x.odt")
        }
    }

    func testTimestampComesFromSourceDateEpochOrTheFixedDefault() {
        XCTAssertEqual(WriterOptions.timestamp(environment: ["SOURCE_DATE_EPOCH": "1700000000"]), 1_700_000_000)
        XCTAssertEqual(WriterOptions.timestamp(environment: [:]), WriterOptions.defaultTimestamp)
        XCTAssertEqual(WriterOptions.timestamp(environment: ["SOURCE_DATE_EPOCH": "soon"]), WriterOptions.defaultTimestamp)
    }

    func testRegistryGivesAWriterForEveryFormat() {
        for format in OutputFormat.allCases {
            XCTAssertEqual(Writers.writer(for: format).format, format)
        }
    }

    func testDefaultStyleFileIsFoundFromASubdirectoryOfThePackage() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let found = HouseStyle.locateDefaultStyleFile(currentDirectory: root.appendingPathComponent("Docs").path, executablePath: "/nonexistent/x")
        XCTAssertEqual(found, root.appendingPathComponent("Templates/style.yaml").path)
    }
}
