import DocumentTree
import DocumentWriters
import Foundation
import XCTest

/// The corpus page through the Nu HTML checker and headless Chromium.
final class HTMLWriterValidationTests: XCTestCase {
    private func writeCorpusPages() throws -> [URL] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("deliverables-html-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let writer = HTMLWriter()
        var french = HTMLTestCorpus.document
        french.metadata.language = "fr"
        let pages: [(String, Document, HTMLStylesheet)] = [
            ("corpus.html", HTMLTestCorpus.document, .embedded),
            ("corpus-linked.html", french, .linked(href: "../style sheets/house.css")),
            ("hostile.html", HTMLWriterBehaviourTests.hostileDocument, .embedded),
        ]
        var urls: [URL] = []
        for (name, document, stylesheet) in pages {
            let url = directory.appendingPathComponent(name)
            let bytes = try writer.write(document, options: WriterOptions(style: HTMLTestCorpus.style, htmlStylesheet: stylesheet))
            try Data(bytes).write(to: url)
            urls.append(url)
        }
        return urls
    }

    func testCorpusPagesPassTheNuHTMLChecker() throws {
        let goldens = Bundle.module.resourceURL.map { $0.appendingPathComponent("Goldens/html") }
            .flatMap { try? FileManager.default.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil) }?
            .filter { $0.pathExtension == "html" }.sorted { $0.path < $1.path } ?? []
        XCTAssertFalse(goldens.isEmpty, "no golden pages in the test bundle")
        let pages = try writeCorpusPages() + goldens
        let errors = try NuHTMLChecker.errors(in: pages)
        XCTAssertEqual(errors, [], "Nu HTML checker errors:\n" + errors.joined(separator: "\n"))
    }

    func testNuHTMLCheckerReportsAnInvalidPage() throws {
        // Guards the test above: a checker that reports nothing would let every page pass.
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("deliverables-html-invalid-\(getpid()).html")
        try Data("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div></span></body></html>".utf8).write(to: page)
        let errors = try NuHTMLChecker.errors(in: [page])
        XCTAssertFalse(errors.isEmpty, "the Nu checker found no error in a broken page")
    }

    func testHeadlessChromiumRendersTheCorpusPage() throws {
        let pages = try writeCorpusPages()
        let screenshot = FileManager.default.temporaryDirectory.appendingPathComponent("deliverables-html-corpus.png")
        let png = try HeadlessChromium.screenshot(of: pages[0], to: screenshot)
        XCTAssertGreaterThan(png.count, 10_000, "the screenshot at \(screenshot.path) is (nearly) empty")
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "the screenshot is not a PNG")
        print("HTML corpus screenshot: \(screenshot.path)")
    }
}
