import Foundation
import Stages
import TestSupport
import XCTest

final class ToolkitTests: XCTestCase {
    func testOneArchivePerLanguageAndOneWithEverythingEachWithAnIndexInEveryFormat() throws {
        let output = try WebsiteBuild.result().output
        for item in ["all", "en", "fr", "pt", "ro", "it"] {
            let zip = try ZipContents(url: output.appendingPathComponent("toolkit/digitrain-toolkit-\(item).zip"))
            let names = zip.entries.map(\.name)
            XCTAssertEqual(Set(names).intersection(["index.odt", "index.docx", "index.html"]).count, 3, "\(item): \(names)")
            let html = try zip.text("index.html")
            XCTAssertTrue(html.contains("DIGITRAIN"), item)
            XCTAssertFalse(names.contains { $0.lowercased().contains("certificate") }, "\(item) bundles a personal file")
        }
    }

    func testEachArchiveBundlesThePublicDocumentsOfItsLanguageOnly() throws {
        let output = try WebsiteBuild.result().output
        let names = { (item: String) throws -> Set<String> in
            Set(try ZipContents(url: output.appendingPathComponent("toolkit/digitrain-toolkit-\(item).zip")).entries.map(\.name))
        }
        XCTAssertTrue(try names("fr").contains("framework/fr/framework.odt"))
        XCTAssertFalse(try names("fr").contains("framework/en/framework.odt"))
        XCTAssertTrue(try names("ro").contains("seminars/SEM-RO/ro/agenda.docx"))
        XCTAssertFalse(try names("ro").contains("seminars/SEM-RO/ro/badges.odt"), "a personal badge sheet was bundled")
        XCTAssertTrue(try names("all").isSuperset(of: ["framework/fr/framework.odt", "framework/en/framework.docx",
                                                       "seminars/SEM-RO/ro/agenda.docx"]))
        let index = try ZipContents(url: output.appendingPathComponent("toolkit/digitrain-toolkit-fr.zip")).text("index.html")
        XCTAssertTrue(index.contains("framework/fr/framework"), "the index names where each item is")
        XCTAssertTrue(index.contains("Formateurs, évaluateurs et concepteurs de formation"), "the index gives the audience")
    }

    func testIndexDocumentsValidate() throws {
        let output = try WebsiteBuild.result().output
        let zip = try ZipContents(url: output.appendingPathComponent("toolkit/digitrain-toolkit-fr.zip"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-index-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)
        try zip.extract(to: folder)
        try NuHTMLValidator().validate(file: folder.appendingPathComponent("index.html")).assertValid()
        try ODFValidator().validate(packageBytes: Array(try Data(contentsOf: folder.appendingPathComponent("index.odt")))).assertValid()
        try OOXMLValidator().validate(packageBytes: Array(try Data(contentsOf: folder.appendingPathComponent("index.docx")))).assertValid()
    }
}
