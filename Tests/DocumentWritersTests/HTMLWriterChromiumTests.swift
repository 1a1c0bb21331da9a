import DocumentTree
import DocumentWriters
import Foundation
import TestSupport
import XCTest

/// The corpus page rendered by headless Chromium (the Nu checker runs in `AllWritersCorpusTests`).
final class HTMLWriterChromiumTests: XCTestCase {
    func testHeadlessChromiumRendersTheCorpusPage() throws {
        guard let chromium = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(ProcessRunner.which).first else {
            throw TestSkip.because("Chromium is not installed (Debian package chromium): the rendering test needs it on PATH")
        }
        let directory = try TemporaryDirectory(prefix: "html-chromium")
        let page = try directory.write(try HTMLWriter().write(TestCorpus.everyNodeType, options: WriterFixtures.options), to: "corpus.html")
        let screenshot = FileManager.default.temporaryDirectory.appendingPathComponent("deliverables-html-corpus.png")
        try? FileManager.default.removeItem(at: screenshot)
        let result = try ProcessRunner.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--screenshot=\(screenshot.path)",
            "--window-size=1200,1600", page.absoluteString,
        ], timeout: 120)
        let png = try XCTUnwrap(FileManager.default.contents(atPath: screenshot.path).map(Array.init),
                                "Chromium wrote no screenshot (status \(result.exitStatus)): \(result.standardError)")
        XCTAssertGreaterThan(png.count, 10_000, "the screenshot at \(screenshot.path) is (nearly) empty")
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "the screenshot is not a PNG")
        print("HTML corpus screenshot: \(screenshot.path)")
    }
}
