@testable import DocumentWriters
import DocumentTree
import Foundation
import XCTest

/// The ODT output checked by outside tools: the ODF 1.3 schemas (jing) and LibreOffice.
final class ODTValidationTests: XCTestCase {
    private let options = WriterOptions(style: ODTCorpus.houseStyle)

    /// Validates content, styles, meta and manifest of a package against the ODF 1.3 schemas.
    private func assertValidODF(_ bytes: [UInt8], name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        guard let schemas = ODTTestHelpers.schemasDirectory else {
            throw XCTSkip("../shared/schemas is absent: ODF schema validation skipped")
        }
        guard let jing = ODTTestHelpers.executable("jing") else { throw XCTSkip("jing is not installed: ODF schema validation skipped") }
        let directory = try ODTTestHelpers.temporaryDirectory(name)
        let extracted = try ODTTestHelpers.unzip(bytes, into: directory)
        let odf = schemas.appendingPathComponent("odf")
        let parts = ["content.xml", "styles.xml", "meta.xml"].map { extracted.appendingPathComponent($0).path }
        let result = try ODTTestHelpers.run(jing, ["-i", odf.appendingPathComponent("OpenDocument-v1.3-schema.rng").path] + parts)
        XCTAssertEqual(result.status, 0, "ODF 1.3 schema:\n\(result.output)", file: file, line: line)
        let manifest = try ODTTestHelpers.run(jing, ["-i", odf.appendingPathComponent("OpenDocument-v1.3-manifest-schema.rng").path,
                                                     extracted.appendingPathComponent("META-INF/manifest.xml").path])
        XCTAssertEqual(manifest.status, 0, "ODF 1.3 manifest schema:\n\(manifest.output)", file: file, line: line)
    }

    func testCorpusWithEveryNodeTypeIsValidODF13() throws {
        try assertValidODF(try ODTWriter().write(ODTCorpus.everyNodeType, options: options), name: "corpus")
    }

    func testGoldenDocumentsAreValidODF13() throws {
        for (name, document) in [("heading", ODTCorpus.headingAndParagraph), ("list", ODTCorpus.nestedList), ("table", ODTCorpus.spannedTable)] {
            try assertValidODF(try ODTWriter().write(document, options: WriterOptions()), name: name)
        }
    }

    func testHostileTextStaysWellFormedAndValid() throws {
        let hostile = "a < b && c > d ]]> \"quoted\" 'single' \u{0}\u{1}\u{8}\u{B}\u{C}\u{1F} \u{FFFE}\u{FFFF} <![CDATA[x]]> &amp; <!-- -->"
        let longWord = String(repeating: "Donaudampfschifffahrtsgesellschaft", count: 60)
        let rows = (1...10_000).map { TableRow(cells: [TableCell(text: "row \($0) \(hostile)"), TableCell(text: "\($0)")]) }
        let document = Document(
            metadata: Metadata(title: hostile, authors: [hostile], language: "ar", description: hostile, keywords: [hostile]),
            sections: [Section(header: RunningContent(blocks: [.paragraph(Paragraph(text: hostile))]), blocks: [
                .heading(Heading(level: 1, content: [.text(hostile)], id: "hostile")),
                .paragraph(Paragraph([.text(hostile), .link(Link(target: .external("javascript:alert('<x>')&\u{1}"), content: [.text(hostile)],
                                                                 title: hostile))])),
                .paragraph(Paragraph(text: longWord)),
                .paragraph(Paragraph(text: "العربية \(hostile) עברית")),
                .codeBlock(CodeBlock(text: hostile)),
                .paragraph(Paragraph([.styled(style: "No such <style>", [.text("unknown style")])], style: "Also <unknown> & bad")),
                .table(Table(columns: [TableColumn(weight: .infinity), TableColumn(weight: -1)],
                             headerRows: [TableRow(cells: [TableCell(text: hostile, columnSpan: 5, rowSpan: 9)])], bodyRows: rows)),
            ])])
        let bytes = try ODTWriter().write(document, options: options)
        let content = try XCTUnwrap(ODTWriter().entries(document, options: options).first { $0.path == "content.xml" }).bytes
        XCTAssertFalse(ODTTestHelpers.prettyPrinted(content).hasPrefix("<!-- not well-formed"), "content.xml is not well-formed")
        XCTAssertTrue(ODTTestHelpers.bodyText(ofContent: content).contains("row 10000 a < b && c > d ]]>"))
        try assertValidODF(bytes, name: "hostile")
    }

    /// LibreOffice opens the corpus and prints it to PDF with its text, diacritics and the
    /// table-of-contents entries.
    func testLibreOfficeRendersCorpusWithDiacriticsAndTableOfContents() throws {
        guard let soffice = ODTTestHelpers.executable("soffice") else { throw XCTSkip("LibreOffice (soffice) is not installed") }
        guard let pdftotext = ODTTestHelpers.executable("pdftotext") else { throw XCTSkip("pdftotext is not installed") }
        let directory = try ODTTestHelpers.temporaryDirectory("soffice")
        let odt = directory.appendingPathComponent("corpus.odt")
        try Data(try ODTWriter().write(ODTCorpus.everyNodeType, options: options)).write(to: odt)
        let profilePath = "/tmp/lo-odt-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: profilePath) }
        let profile = "file://" + profilePath
        let conversion = try ODTTestHelpers.run(soffice, ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf",
                                                          "--outdir", directory.path, odt.path])
        let pdf = directory.appendingPathComponent("corpus.pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            return XCTFail("LibreOffice wrote no PDF:\n\(conversion.output)")
        }
        let text = try ODTTestHelpers.run(pdftotext, ["-layout", pdf.path, "-"]).output
        for expected in ["Introducere și context", "școală", "învățare", "Validação", "ação, coração", "élève, leçon, ça",
                         "Tabele și formulare", "Fișă de prezență", "U1 Comunicare digitală", "Co-funded by the Erasmus+",
                         "Recommandation du Conseil", "☒"] {
            XCTAssertTrue(text.contains(expected), "the PDF lacks \(expected)")
        }
        // The table of contents comes first and lists the headings before their own pages do.
        let contents = try XCTUnwrap(text.range(of: "Contents"), "no table of contents title in the PDF")
        let tocPart = text[contents.upperBound...].prefix(600)
        for entry in ["Introducere și context", "Listas e níveis", "Tabele și formulare", "Fișă de prezență"] {
            XCTAssertTrue(tocPart.contains(entry), "the table of contents lacks \(entry)")
        }
    }
}
