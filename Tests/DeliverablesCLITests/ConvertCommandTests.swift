import Foundation
import TestSupport
import XCTest

/// `deliverables convert` end to end, through the real binary: formats written, exit codes,
/// reproducible bytes, valid outputs and `file:line:col: warning:` diagnostics.
final class ConvertCommandTests: XCTestCase {
    static let packageRoot = TestPaths.packageRoot

    /// A Markdown file with front matter, a control character (line 9, column 14), a missing
    /// image (line 11) and a raw HTML tag (line 13), each a warning.
    static let frontMatterMarkdown = """
        ---
        title: Ghid de certificare
        subtitle: Validarea învățării non-formale
        author: [Ana Popescu, João Silva]
        lang: ro
        toc: true
        ---

        # Introducere\u{1}

        ![Harta partenerilor](missing.png)

        Text cu <span>etichete</span> și diacritice: ș ț ă â î, ação, élève.

        | Unitate | Ore |
        |:--|--:|
        | U1 | 12 |
        """

    /// The built binary next to the test bundle, else in `.build/debug`.
    private func binary() throws -> String {
        let candidates = [
            Bundle(for: Self.self).bundleURL.deletingLastPathComponent().appendingPathComponent("deliverables"),
            Self.packageRoot.appendingPathComponent(".build/debug/deliverables"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw TestSkip.because("build the deliverables product first (swift build)")
        }
        return found.path
    }

    private func convert(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> ProcessResult {
        try ProcessRunner.run(try binary(), ["convert"] + arguments, workingDirectory: directory, environment: environment, timeout: 300)
    }

    /// A temporary folder holding `guide.md` (the front-matter file).
    private func workspace() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory(prefix: "convert")
        try directory.write(Self.frontMatterMarkdown, to: "guide.md")
        return directory
    }

    private func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    // MARK: Outputs

    func testSampleManualAndAFrontMatterFileConvertToValidODTDOCXAndHTML() throws {
        let directory = try workspace()
        let manual = try convert(["Benchmarks/sample-manual.md", "-o", directory.file("manual").path], in: Self.packageRoot)
        XCTAssertEqual(manual.exitStatus, 0, manual.standardError)
        XCTAssertEqual(manual.standardError, "", "the sample manual converts without warnings")
        XCTAssertEqual(manual.standardOutput.split(separator: "\n").count, 3, manual.standardOutput)
        let guide = try convert(["guide.md"], in: directory.url)
        XCTAssertEqual(guide.exitStatus, 0, guide.standardError)

        var odts: [URL] = [], docxs: [URL] = [], pages: [URL] = []
        for stem in ["manual/sample-manual", "guide"] {
            odts.append(directory.file("\(stem).odt"))
            docxs.append(directory.file("\(stem).docx"))
            pages.append(directory.file("\(stem).html"))
        }
        for file in odts + docxs + pages {
            XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), "\(file.lastPathComponent) was not written")
        }
        XCTAssertEqual(guide.standardOutput, "wrote ./guide.odt\nwrote ./guide.docx\nwrote ./guide.html\n")
        try ODFValidator().validate(packages: odts).assertAllValid()
        try OOXMLValidator().validate(packages: docxs).assertAllValid()
        try NuHTMLValidator().validate(files: pages).assertAllValid()

        // The front matter reached every format.
        let page = try String(contentsOf: directory.file("guide.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<html lang=\"ro\">"), String(page.prefix(200)))
        XCTAssertTrue(page.contains("<title>Ghid de certificare</title>"))
        XCTAssertTrue(page.contains("Cuprins"), "the table of contents is titled in Romanian")
        let readBack = try DOCXReadBack.read(directory.file("guide.docx"))
        XCTAssertEqual(readBack.core.title, "Ghid de certificare")
        XCTAssertEqual(readBack.core.language, "ro")
        XCTAssertTrue(readBack.paragraphs.contains { $0.text == "Introducere" && $0.style == "Heading 1" }, "\(readBack.paragraphs)")
        XCTAssertEqual(readBack.tables, [[["Unitate", "Ore"], ["U1", "12"]]])
        let meta = try ZipContents(url: directory.file("guide.odt")).text("meta.xml")
        XCTAssertTrue(meta.contains("<dc:title>Ghid de certificare</dc:title>"), meta)
        XCTAssertTrue(meta.contains("<dc:language>ro</dc:language>"), meta)
    }

    func testOnlyTheFormatsAskedForAreWritten() throws {
        let directory = try workspace()
        let result = try convert(["guide.md", "--to", "docx, HTML", "--quiet"], in: directory.url)
        XCTAssertEqual(result.exitStatus, 0, result.standardError)
        XCTAssertEqual(result.standardOutput, "", "--quiet prints no 'wrote' lines")
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.file("guide.docx").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.file("guide.html").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.file("guide.odt").path))
    }

    // MARK: Warnings

    func testWarningsArePrintedAsFileLineColumn() throws {
        let directory = try workspace()
        let result = try convert(["guide.md", "--to", "html"], in: directory.url)
        XCTAssertEqual(result.exitStatus, 0, "warnings do not fail the conversion: \(result.standardError)")
        let lines = result.standardError.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("guide.md:9:14: warning: control character U+0001 dropped"), result.standardError)
        XCTAssertTrue(lines.contains { $0.hasPrefix("guide.md:11:") && $0.contains(": warning: image 'missing.png' not found") },
                      result.standardError)
        XCTAssertTrue(lines.contains { $0.hasPrefix("guide.md:13:") && $0.contains(": warning: ") && $0.contains("HTML") },
                      result.standardError)
        let pattern = try NSRegularExpression(pattern: #"^guide\.md:\d+:\d+: warning: \S"#)
        for line in lines {
            XCTAssertNotNil(pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)), "not a file:line:col warning: \(line)")
        }
        let page = try String(contentsOf: directory.file("guide.html"), encoding: .utf8)
        XCTAssertFalse(page.unicodeScalars.contains { $0.value == 1 }, "the control character was dropped")
        XCTAssertTrue(page.contains("Introducere"))
    }

    // MARK: Exit codes

    /// Runs `convert` in a fresh workspace (after `prepare`) and checks that it fails with
    /// `status`, says `message` on standard error, and writes nothing.
    private func assertConversionFails(_ arguments: [String], status: Int32, message: String,
                                       prepare: (TemporaryDirectory) throws -> Void = { _ in },
                                       file: StaticString = #filePath, line: UInt = #line) throws {
        let directory = try workspace()
        try prepare(directory)
        let before = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
        let result = try convert(arguments, in: directory.url)
        XCTAssertEqual(result.exitStatus, status, result.standardError, file: file, line: line)
        XCTAssertTrue(result.standardError.contains(message), result.standardError, file: file, line: line)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted(), before, "nothing written",
                       file: file, line: line)
    }

    func testMissingInputFileExitsOne() throws {
        try assertConversionFails(["absent.md"], status: 1, message: "absent.md")
    }

    func testBadStyleFileExitsOneWithItsPosition() throws {
        try assertConversionFails(["guide.md", "--style", "style.yaml"], status: 1,
                                  message: "style.yaml:2:1: error: unknown key 'colours' (did you mean 'colors'?)") {
            try $0.write("version: 1\ncolours:\n  text: \"#000000\"\n", to: "style.yaml")
        }
    }

    func testMissingStyleFileExitsOne() throws {
        try assertConversionFails(["guide.md", "--style", "nowhere.yaml"], status: 1, message: "nowhere.yaml")
    }

    func testUnknownFormatIsBadUsageExitingSixtyFour() throws {
        try assertConversionFails(["guide.md", "--to", "odt,pdf"], status: 64, message: "unknown format 'pdf'; choose from odt, docx, html")
    }

    // MARK: Reproducibility

    func testTwoConversionsGiveIdenticalBytesAlsoWithSourceDateEpoch() throws {
        let directory = try workspace()
        let runs: [(String, [String: String])] = [
            ("default-1", ["SOURCE_DATE_EPOCH": ""]), ("default-2", ["SOURCE_DATE_EPOCH": ""]),
            ("epoch-1", ["SOURCE_DATE_EPOCH": "1700000000"]), ("epoch-2", ["SOURCE_DATE_EPOCH": "1700000000"]),
        ]
        for (folder, environment) in runs {
            let result = try convert(["guide.md", "-o", folder, "--quiet"], in: directory.url, environment: environment)
            XCTAssertEqual(result.exitStatus, 0, result.standardError)
        }
        for format in ["odt", "docx", "html"] {
            let name = "guide.\(format)"
            XCTAssertEqual(try bytes(directory.file("default-1/\(name)")), try bytes(directory.file("default-2/\(name)")), name)
            XCTAssertEqual(try bytes(directory.file("epoch-1/\(name)")), try bytes(directory.file("epoch-2/\(name)")), "\(name) with SOURCE_DATE_EPOCH")
        }
        for format in ["odt", "docx"] {
            XCTAssertNotEqual(try bytes(directory.file("default-1/guide.\(format)")), try bytes(directory.file("epoch-1/guide.\(format)")),
                              "SOURCE_DATE_EPOCH is recorded in the \(format)")
        }
        let meta = try ZipContents(url: directory.file("epoch-1/guide.odt")).text("meta.xml")
        XCTAssertTrue(meta.contains("2023-11-14T22:13:20Z"), meta)
        let core = try ZipContents(url: directory.file("default-1/guide.docx")).text("docProps/core.xml")
        XCTAssertTrue(core.contains("2026-01-01T00:00:00Z"), core)
    }
}
