import DocumentTree
import Foundation
import TestSupport
import XCTest
@testable import DocumentWriters

/// What only the DOCX writer does: package layout, relationships, the filled table of contents,
/// sections, footnotes, tables and metadata. (Validation, LibreOffice, python-docx, determinism
/// and hostile text for all writers: `AllWritersCorpusTests`.)
final class DOCXWriterTests: XCTestCase {
    private let writer = DOCXWriter()

    private func corpus() throws -> ZipContents {
        try writer.package(TestCorpus.everyNodeType, options: WriterFixtures.options)
    }

    func testPackageIsAZipWithEntriesInFixedOrder() throws {
        let bytes = try writer.write(TestCorpus.everyNodeType, options: WriterFixtures.options)
        XCTAssertEqual(Array(bytes.prefix(2)), [0x50, 0x4B], "a zip archive")
        let names = try ZipContents(bytes: bytes).names
        XCTAssertEqual(Array(names.prefix(10)), [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
            "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/footnotes.xml",
        ])
        XCTAssertTrue(names.contains("word/header1.xml"))
        XCTAssertTrue(names.contains("word/_rels/header1.xml.rels"), "the logo's relationship lives with the header")
        XCTAssertTrue(names.contains("word/media/image1.png"))
        XCTAssertTrue(names.contains { $0.hasPrefix("word/media/") && $0.hasSuffix(".svg") }, "\(names)")
    }

    func testRelationshipTypeMarkupIsTheEscapedTypeURI() {
        for type in RelationshipType.allCases {
            let xml = XMLWriter(fragment: ())
            xml.start(constant: "R")
            xml.attribute(constant: "Type", type.rawValue)
            xml.end()
            XCTAssertEqual(type.typeAttribute.description, " Type=\"\(type.rawValue)\"")
            XCTAssertEqual(String(decoding: xml.finish(), as: UTF8.self), "<R\(type.typeAttribute.description)/>")
        }
    }

    func testRelationshipsOfTheSameTargetAndTypeShareAnIdAndOtherTypesDoNot() {
        let relationships = WordRelationships()
        let header = relationships.id(type: .header, target: "x.xml")
        XCTAssertEqual(relationships.id(type: .header, target: "x.xml"), header)
        XCTAssertNotEqual(relationships.id(type: .footer, target: "x.xml"), header)
        XCTAssertNotEqual(relationships.id(type: .header, target: "x.xml", isExternal: true), header)
        XCTAssertEqual(relationships.relationships.map(\.id), ["rId1", "rId2", "rId3"])
    }

    func testMediaAreStoredOnceByBytesBelowAndAboveTheLinearSearchLimit() {
        let media = WordMedia()
        let images = (0..<12).map { index in [UInt8](repeating: UInt8(index), count: 100 + index) }
        let targets = images.map { media.target(for: $0, fileExtension: "png") }
        XCTAssertEqual(targets, (1...12).map { "media/image\($0).png" })
        // Equal bytes in another array (other storage) find the first target, whatever the count.
        XCTAssertEqual(images.map { media.target(for: Array($0), fileExtension: "png") }, targets)
        XCTAssertEqual(media.items.count, 12)
    }

    func testDocumentRelationshipsStartWithFixedParts() throws {
        let rels = try corpus().text("word/_rels/document.xml.rels")
        XCTAssertTrue(rels.contains(#"Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles""#))
        XCTAssertTrue(rels.contains(#"Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes""#))
        XCTAssertTrue(rels.contains(#"Target="https://europa.eu/europass/fr?lang=fr&amp;view=full" TargetMode="External""#))
    }

    func testTableOfContentsIsFilledAndNoUpdatePrompt() throws {
        let package = try corpus()
        let body = try package.text("word/document.xml")
        XCTAssertTrue(body.contains(#"TOC \o &quot;1-3&quot; \h \z \u"#))
        XCTAssertTrue(body.contains(#"<w:hyperlink w:anchor="liens-et-notes" w:history="1">"#))
        XCTAssertTrue(body.contains(#"<w:bookmarkStart w:id="0" w:name="texte"/>"#))
        XCTAssertTrue(body.contains(#"<w:pStyle w:val="TOC2"/>"#))
        XCTAssertFalse(try package.text("word/settings.xml").contains("updateFields"))
        for name in package.names where name.hasSuffix(".xml") {
            let xml = try package.text(name)
            XCTAssertFalse(xml.contains("mc:Ignorable") || xml.contains("AlternateContent") || xml.contains("w14:"), name)
        }
    }

    func testSectionsCarryTheirOwnPageSetupAndRunningParts() throws {
        let body = try corpus().text("word/document.xml")
        XCTAssertEqual(body.components(separatedBy: "<w:sectPr>").count - 1, 2)
        XCTAssertTrue(body.contains(#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#))
        XCTAssertTrue(body.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        XCTAssertTrue(body.contains(#"<w:headerReference w:type="default" r:id="rId6"/>"#), "the landscape section's own header part")
        let empty = Document(metadata: Metadata(title: "Empty running"), sections: [
            Section(blocks: [.paragraph(Paragraph(text: "one"))]),
            Section(header: RunningContent.empty, footer: RunningContent.empty, blocks: [.paragraph(Paragraph(text: "two"))]),
        ])
        let emptyBody = try writer.part("word/document.xml", of: empty, options: WriterFixtures.options)
        XCTAssertTrue(emptyBody.contains(#"<w:headerReference w:type="default" r:id="rId6"/>"#), "a second header part for the empty header")
    }

    func testFootnotesAreNumberedAfterTheSeparators() throws {
        let footnotes = try corpus().text("word/footnotes.xml")
        XCTAssertTrue(footnotes.contains(#"<w:footnote w:type="separator" w:id="-1">"#))
        XCTAssertTrue(footnotes.contains(#"<w:footnote w:type="continuationSeparator" w:id="0">"#))
        XCTAssertTrue(footnotes.contains(#"<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="Footnote"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/>"#))
        XCTAssertTrue(footnotes.contains(#"<w:footnote w:id="2">"#))
    }

    func testTableMarksHeaderRowsSpansAndFixedHeights() throws {
        let body = try corpus().text("word/document.xml")
        XCTAssertTrue(body.contains("<w:tblHeader/>"))
        XCTAssertTrue(body.contains(#"<w:vMerge w:val="restart"/>"#))
        XCTAssertTrue(body.contains("<w:vMerge/>"))
        XCTAssertTrue(body.contains(#"<w:gridSpan w:val="2"/>"#))
        XCTAssertTrue(body.contains(#"<w:trHeight w:val="794" w:hRule="exact"/>"#), "14 mm rows of the signature form")
        XCTAssertTrue(body.contains(#"w:fill="1F3A68""#), "header shading from the house style")
        XCTAssertTrue(body.contains(#"w:fill="F2F5F8""#), "zebra stripe")
        XCTAssertTrue(body.contains(#"w:fill="FFF4CC""#), "cell shading")
    }

    func testCellsTakeTheirWidthFromTheGridAndCarryPropertiesOnlyWhenTheyHaveSome() throws {
        let document = Document(metadata: Metadata(title: "Cells"), blocks: [
            .table(Table(columns: [TableColumn(weight: 1), TableColumn(weight: 3)],
                         headerRows: [TableRow(cells: [TableCell(text: "H1"), TableCell(text: "H2")])],
                         bodyRows: [TableRow(cells: [TableCell(text: "plain"), TableCell(text: "also plain")]),
                                    TableRow(cells: [TableCell(text: "striped"), TableCell(text: "short row")]),
                                    TableRow(cells: [TableCell(text: "one cell only")])])),
        ])
        let body = try writer.part("word/document.xml", of: document)
        XCTAssertFalse(body.contains("w:tcW"), "the fixed layout's grid gives the widths")
        XCTAssertTrue(body.contains(#"<w:tblLayout w:type="fixed"/>"#))
        XCTAssertTrue(body.contains(#"<w:gridCol w:w="2352"/><w:gridCol w:w="7059"/>"#), "a quarter and three quarters of the 9411 twips of text width")
        XCTAssertTrue(body.contains("<w:tc><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:r><w:t>plain</w:t>"), "no empty w:tcPr")
        XCTAssertTrue(body.contains(#"<w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F2F5F8"/></w:tcPr>"#), "zebra stripe")
        XCTAssertEqual(body.components(separatedBy: "<w:tc>").count - 1, 8, "a short row is filled with empty cells")
        XCTAssertFalse(body.contains("<w:tcPr></w:tcPr>"))
    }

    func testAlignmentIsWrittenOnlyWhereTheParagraphStyleDoesNotAlreadyHaveIt() throws {
        // Normal is left-aligned and Caption centred in the house style.
        let document = Document(metadata: Metadata(title: "Alignment"), blocks: [
            .paragraph(Paragraph(text: "start in Normal", alignment: .start)),
            .paragraph(Paragraph(text: "centre in Normal", alignment: .center)),
            .paragraph(Paragraph(text: "start in Caption", style: "Caption", alignment: .start)),
            .paragraph(Paragraph(text: "centre in Caption", style: "Caption", alignment: .center)),
            .table(Table(columns: [TableColumn(alignment: .start), TableColumn(alignment: .end)],
                         bodyRows: [TableRow(cells: [TableCell(text: "left cell"), TableCell(text: "right cell")])])),
        ])
        let body = try writer.part("word/document.xml", of: document)
        func properties(before text: String) -> String {
            guard let end = body.range(of: ">\(text)<") else { return "missing" }
            let start = body[..<end.lowerBound].range(of: "<w:p>", options: String.CompareOptions.backwards)?.upperBound ?? body.startIndex
            return String(body[start..<end.lowerBound])
        }
        for text in ["start in Normal", "start in Caption", "centre in Caption", "left cell"] {
            XCTAssertTrue(properties(before: text).hasPrefix("<w:pPr>") || !properties(before: text).contains("pPr"), text)
            XCTAssertNotEqual(properties(before: text), "missing", text)
        }
        XCTAssertFalse(properties(before: "start in Normal").contains("w:jc"))
        XCTAssertTrue(properties(before: "centre in Normal").contains(#"<w:jc w:val="center"/>"#))
        XCTAssertTrue(properties(before: "start in Caption").contains(#"<w:jc w:val="left"/>"#))
        XCTAssertFalse(properties(before: "centre in Caption").contains("w:jc"))
        XCTAssertFalse(properties(before: "left cell").contains("w:jc"))
        XCTAssertTrue(properties(before: "right cell").contains(#"<w:jc w:val="right"/>"#))
    }

    func testColumnWidthsAddUpToTheTextWidth() {
        let widths = WordDocumentWriter.columnWidths([TableColumn(weight: 1), TableColumn(weight: 1), TableColumn(weight: 1)], total: 9071)
        XCTAssertEqual(widths.reduce(0, +), 9071)
        XCTAssertEqual(widths, [3023, 3023, 3025])
    }

    func testListItemHoldingANestedTableInsideACellIsWritten() throws {
        let body = try writer.part("word/document.xml", of: WriterFixtures.tableInListInCell)
        XCTAssertEqual(body.components(separatedBy: "<w:tbl>").count - 1, 2, "the inner table is a table of its own")
        XCTAssertTrue(body.contains("Inner"))
    }

    func testLeadingSpacesAreKeptAndHostileTitleIsEscaped() throws {
        let hostile = "  <b>&amp; ]]> \u{0001}\u{0008}x\u{FFFF} שלום مرحبا " + String(repeating: "W", count: 5000) + "  "
        let document = Document(metadata: Metadata(title: "<title> & ]]>"), blocks: [
            .heading(Heading(level: 1, content: [.text(hostile)])),
            .paragraph(Paragraph(text: hostile)),
            .table(Table(columns: [TableColumn()], bodyRows: [TableRow(cells: [TableCell(text: hostile)])])),
        ])
        let package = try writer.package(document)
        let body = try package.text("word/document.xml")
        XCTAssertTrue(body.contains(#"<w:t xml:space="preserve">  &lt;b&gt;&amp;amp; ]]&gt; x "#))
        XCTAssertFalse(body.contains("\u{0001}"))
        XCTAssertTrue(body.contains("<w:rtl/>"))
        XCTAssertTrue(try package.text("docProps/core.xml").contains("<dc:title>&lt;title&gt; &amp; ]]&gt;</dc:title>"))
    }

    func testCorePropertiesCarryMetadataAndTimestamp() throws {
        let package = try writer.package(TestCorpus.everyNodeType, options: WriterOptions(timestamp: 1_767_225_600, generator: "deliverables 1.0"))
        let core = try package.text("docProps/core.xml")
        XCTAssertTrue(core.contains(#"<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>"#))
        XCTAssertTrue(core.contains("<dc:creator>Ana Popescu; João Gonçalves; Élodie Marchand</dc:creator>"))
        XCTAssertTrue(core.contains("<dc:language>fr</dc:language>"))
        XCTAssertTrue(try package.text("docProps/app.xml").contains("<Application>deliverables 1.0</Application>"))
        XCTAssertEqual(W3CDateTime.string(fromEpochSeconds: 951_782_400), "2000-02-29T00:00:00Z")
    }

    /// The RELAX NG schemas are stricter than the XSDs about the order of properties.
    func testDocumentAndStylesFollowTheStricterRelaxNGSchemas() throws {
        let jing = try TestSkip.requireTool("jing", package: "jing")
        let directory = try TemporaryDirectory(prefix: "docx-rng")
        try corpus().extract(to: directory.url)
        for (schema, part) in [("WordprocessingML_Main_Document.rnc", "word/document.xml"), ("WordprocessingML_Style_Definitions.rnc", "word/styles.xml")] {
            let rnc = try TestPaths.requireSchema("ooxml/OfficeOpenXML-RELAXNG-Transitional/\(schema)")
            let result = try ProcessRunner.run(jing, ["-c", rnc.path, directory.file(part).path])
            XCTAssertTrue(result.succeeded, "\(part): \(result.standardOutput)\(result.standardError)")
        }
    }
}
