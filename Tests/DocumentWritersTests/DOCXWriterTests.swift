import DocumentTree
import XCTest
@testable import DocumentWriters

/// Structure, determinism and hostile input of the DOCX writer.
final class DOCXWriterTests: XCTestCase {
    private func text(_ path: String, _ entries: [ArchiveEntry]) throws -> String {
        String(decoding: try XCTUnwrap(entries.first { $0.path == path }?.bytes, "no \(path)"), as: UTF8.self)
    }

    func testTwoWritesAreByteIdentical() throws {
        let first = try DOCXWriter().write(DOCXFixtures.corpus, options: DOCXFixtures.options)
        let second = try DOCXWriter().write(DOCXFixtures.corpus, options: DOCXFixtures.options)
        XCTAssertEqual(first, second)
        XCTAssertEqual(Array(first.prefix(2)), [0x50, 0x4B], "a zip archive")
    }

    func testPackageEntriesComeInFixedOrder() {
        let paths = DOCXWriter().parts(DOCXFixtures.corpus, options: DOCXFixtures.options).map(\.path)
        XCTAssertEqual(Array(paths.prefix(10)), [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
            "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/footnotes.xml",
        ])
        XCTAssertTrue(paths.contains("word/header1.xml"))
        XCTAssertTrue(paths.contains("word/_rels/header1.xml.rels"), "the logo's relationship lives with the header")
        XCTAssertTrue(paths.contains("word/media/image1.png"))
        XCTAssertTrue(paths.contains("word/media/image2.svg"))
    }

    func testDocumentRelationshipsStartWithFixedParts() throws {
        let rels = try text("word/_rels/document.xml.rels", DOCXWriter().parts(DOCXFixtures.corpus, options: DOCXFixtures.options))
        XCTAssertTrue(rels.contains(#"Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles""#))
        XCTAssertTrue(rels.contains(#"Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes""#))
        XCTAssertTrue(rels.contains(#"Target="https://europa.eu/europass?a=1&amp;b=2" TargetMode="External""#))
    }

    func testTableOfContentsIsFilledAndNoUpdatePrompt() throws {
        let entries = DOCXWriter().parts(DOCXFixtures.corpus, options: DOCXFixtures.options)
        let body = try text("word/document.xml", entries)
        XCTAssertTrue(body.contains(#"TOC \o &quot;1-3&quot; \h \z \u"#))
        XCTAssertTrue(body.contains(#"<w:hyperlink w:anchor="identification-of-learning" w:history="1">"#))
        XCTAssertTrue(body.contains(#"<w:bookmarkStart w:id="0" w:name="identification-of-learning"/>"#))
        XCTAssertTrue(body.contains(#"<w:pStyle w:val="TOC2"/>"#))
        XCTAssertFalse(try text("word/settings.xml", entries).contains("updateFields"))
        for entry in entries where entry.path.hasSuffix(".xml") {
            let xml = String(decoding: entry.bytes, as: UTF8.self)
            XCTAssertFalse(xml.contains("mc:Ignorable") || xml.contains("AlternateContent") || xml.contains("w14:"), entry.path)
        }
    }

    func testSectionsCarryTheirOwnPageSetupAndRunningParts() throws {
        let body = try text("word/document.xml", DOCXWriter().parts(DOCXFixtures.corpus, options: DOCXFixtures.options))
        XCTAssertEqual(body.components(separatedBy: "<w:sectPr>").count - 1, 3)
        XCTAssertTrue(body.contains(#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#))
        XCTAssertTrue(body.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        XCTAssertTrue(body.contains(#"<w:headerReference w:type="default" r:id="rId7"/>"#), "third header part for the empty header")
    }

    func testFootnotesAreNumberedAfterTheSeparators() throws {
        let footnotes = try text("word/footnotes.xml", DOCXWriter().parts(DOCXFixtures.corpus, options: DOCXFixtures.options))
        XCTAssertTrue(footnotes.contains(#"<w:footnote w:type="separator" w:id="-1">"#))
        XCTAssertTrue(footnotes.contains(#"<w:footnote w:type="continuationSeparator" w:id="0">"#))
        XCTAssertTrue(footnotes.contains(#"<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="Footnote"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/>"#))
    }

    func testTableMarksHeaderRowsSpansAndFixedHeights() throws {
        let body = try text("word/document.xml", DOCXWriter().parts(DOCXFixtures.corpus, options: DOCXFixtures.options))
        XCTAssertTrue(body.contains("<w:tblHeader/>"))
        XCTAssertTrue(body.contains(#"<w:vMerge w:val="restart"/>"#))
        XCTAssertTrue(body.contains("<w:vMerge/>"))
        XCTAssertTrue(body.contains(#"<w:gridSpan w:val="2"/>"#))
        XCTAssertTrue(body.contains(#"<w:trHeight w:val="850" w:hRule="exact"/>"#))
        XCTAssertTrue(body.contains(#"w:fill="1F3A68""#), "header shading from the house style")
        XCTAssertTrue(body.contains(#"w:fill="F2F5F8""#), "zebra stripe")
    }

    func testColumnWidthsAddUpToTheTextWidth() {
        let widths = WordDocumentWriter.columnWidths([TableColumn(weight: 1), TableColumn(weight: 1), TableColumn(weight: 1)], total: 9071)
        XCTAssertEqual(widths.reduce(0, +), 9071)
        XCTAssertEqual(widths, [3023, 3023, 3025])
    }

    func testHostileTextStaysWellFormedAndKeepsItsCharacters() throws {
        let hostile = "  <b>&amp; ]]> \u{0001}\u{0008}x\u{FFFF} שלום مرحبا " + String(repeating: "W", count: 5000) + "  "
        let document = Document(metadata: Metadata(title: "<title> & ]]>"), blocks: [
            .heading(Heading(level: 1, content: [.text(hostile)])),
            .paragraph(Paragraph(text: hostile)),
            .table(Table(columns: [TableColumn()], bodyRows: [TableRow(cells: [TableCell(text: hostile)])])),
        ])
        let entries = DOCXWriter().parts(document, options: WriterOptions())
        let body = try text("word/document.xml", entries)
        XCTAssertTrue(body.contains(#"<w:t xml:space="preserve">  &lt;b&gt;&amp;amp; ]]&gt; x "#))
        XCTAssertFalse(body.contains("\u{0001}"))
        XCTAssertTrue(body.contains("<w:rtl/>"))
        XCTAssertTrue(try text("docProps/core.xml", entries).contains("<dc:title>&lt;title&gt; &amp; ]]&gt;</dc:title>"))
        XCTAssertNoThrow(try DOCXWriter().write(document, options: WriterOptions()))
    }

    func testCorePropertiesCarryMetadataAndTimestamp() throws {
        let entries = DOCXWriter().parts(DOCXFixtures.corpus, options: WriterOptions(timestamp: 1_767_225_600, generator: "deliverables 1.0"))
        let core = try text("docProps/core.xml", entries)
        XCTAssertTrue(core.contains(#"<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>"#))
        XCTAssertTrue(core.contains("<dc:creator>Ana Ionescu; João Sá</dc:creator>"))
        XCTAssertTrue(core.contains("<dc:language>ro</dc:language>"))
        XCTAssertTrue(try text("docProps/app.xml", entries).contains("<Application>deliverables 1.0</Application>"))
        XCTAssertEqual(W3CDateTime.string(fromEpochSeconds: 951_782_400), "2000-02-29T00:00:00Z")
    }

    func testTenThousandRowTableIsWritten() throws {
        let rows = (0..<10_000).map { TableRow(cells: [TableCell(text: "row \($0)"), TableCell(text: "value")]) }
        let document = Document(metadata: Metadata(title: "Big"), blocks: [
            .table(Table(columns: [TableColumn(), TableColumn()], headerRows: [TableRow(cells: [TableCell(text: "A"), TableCell(text: "B")])], bodyRows: rows)),
        ])
        let body = try text("word/document.xml", DOCXWriter().parts(document, options: WriterOptions()))
        XCTAssertEqual(body.components(separatedBy: "<w:tr>").count - 1, 10_001)
        XCTAssertTrue(body.contains("row 9999"))
    }
}
