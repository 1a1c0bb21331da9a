import Foundation
import Stages
import XCTest

final class LabelCatalogTests: XCTestCase {
    private func catalog(_ files: [String: String]) throws -> LabelCatalog {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return LabelCatalog.load(directory: directory.path, languages: Array(files.keys.map { String($0.dropLast(5)) }).sorted(),
                                 defaultLanguage: "en")
    }

    func testNestedKeysAreJoinedWithDots() throws {
        let labels = try catalog(["en.yaml": "kits:\n  agenda:\n    title: Agenda\n", "fr.yaml": "kits:\n  agenda:\n    title: Programme\n"])
        XCTAssertEqual(labels.text("kits.agenda.title", "fr"), "Programme")
        XCTAssertEqual(labels.text("kits.agenda.title", "en"), "Agenda")
        XCTAssertTrue(labels.diagnostics.isEmpty)
    }

    func testValuesThatLookLikeNumbersBooleansOrNullStayTheTextWritten() throws {
        let labels = try catalog(["en.yaml": "version: 1.10\nanswer: yes\nnothing: ~\ndate: 2027-03-12\n"])
        XCTAssertEqual(labels.text("version", "en"), "1.10")
        XCTAssertEqual(labels.text("answer", "en"), "yes")
        XCTAssertEqual(labels.text("nothing", "en"), "~")
        XCTAssertEqual(labels.text("date", "en"), "2027-03-12")
    }

    func testAListWhereTextIsExpectedIsAnError() throws {
        let labels = try catalog(["en.yaml": "title:\n  - one\n  - two\n"])
        XCTAssertEqual(labels.diagnostics.count, 1)
        XCTAssertTrue(labels.diagnostics.first?.description.contains("label 'title' must be a text") ?? false,
                      labels.diagnostics.first?.description ?? "no diagnostic")
    }
}
