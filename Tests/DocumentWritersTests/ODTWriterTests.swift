@testable import DocumentWriters
import DocumentTree
import Foundation
import TestSupport
import XCTest

/// What only the ODT writer does: its goldens, package layout, styles, page styles and the ODF
/// shape of each node. (Validation, LibreOffice, round trip, determinism and hostile text for all
/// writers: `AllWritersCorpusTests`.)
final class ODTWriterTests: XCTestCase {
    private let options = WriterFixtures.options
    private let writer = ODTWriter()

    private func content(_ document: Document) throws -> String {
        try writer.part("content.xml", of: document, options: options)
    }

    private func styles(_ document: Document) throws -> String {
        try writer.part("styles.xml", of: document, options: options)
    }

    private func assertPart(_ name: String, of document: Document, matches golden: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let xml = try writer.part(name, of: document, options: WriterOptions())
        GoldenFile.assertMatches(ODFText.prettyPrinted(xml), named: golden, in: GoldenFile.directory(folder: "odt"), file: file, line: line)
    }

    // MARK: Golden files

    func testHeadingAndParagraphMatchGoldenContentAndStyles() throws {
        try assertPart("content.xml", of: WriterFixtures.headingAndParagraph, matches: "heading-paragraph.content.xml")
        try assertPart("styles.xml", of: WriterFixtures.headingAndParagraph, matches: "heading-paragraph.styles.xml")
    }

    func testNestedListMatchesGoldenContent() throws {
        try assertPart("content.xml", of: WriterFixtures.nestedList, matches: "nested-list.content.xml")
    }

    func testSpannedTableMatchesGoldenContent() throws {
        try assertPart("content.xml", of: WriterFixtures.spannedTable, matches: "spanned-table.content.xml")
    }

    // MARK: Package

    func testPackageStartsWithStoredMimetype() throws {
        let bytes = try writer.write(WriterFixtures.headingAndParagraph, options: options)
        XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a zip local file header comes first")
        XCTAssertEqual(bytes[8], 0, "mimetype is stored, not deflated")
        XCTAssertEqual(String(decoding: bytes[30..<38], as: UTF8.self), "mimetype")
        XCTAssertEqual(String(decoding: bytes[38..<77], as: UTF8.self), "application/vnd.oasis.opendocument.text")
    }

    func testPackageListsEveryPartInTheManifestAndStoresEachImageOnce() throws {
        let package = try writer.package(TestCorpus.everyNodeType, options: options)
        XCTAssertEqual(package.names.last, "META-INF/manifest.xml")
        let manifest = try package.text("META-INF/manifest.xml")
        for name in package.names where name != "mimetype" && name != "META-INF/manifest.xml" {
            XCTAssertTrue(manifest.contains("manifest:full-path=\"\(name)\""), "\(name) missing from the manifest")
        }
        // The logo and the PNG figure are the same bytes; the SVG, its fallback and the inline image.
        XCTAssertEqual(package.names.filter { $0.hasPrefix("Pictures/") },
                       ["Pictures/image1.png", "Pictures/image2.svg", "Pictures/image3.png", "Pictures/image4.png"])
    }

    // MARK: Content

    func testTableOfContentsIsFilledWithEntriesLinkedToHeadingBookmarks() throws {
        let content = try content(TestCorpus.everyNodeType)
        let body = try XCTUnwrap(content.range(of: "<text:index-body>").map { content[$0.upperBound...] })
        let index = String(body[..<(try XCTUnwrap(body.range(of: "</text:index-body>"))).lowerBound])
        for (anchor, title) in [("texte", "Texte et typographie"), ("liens-et-notes", "Liens et notes"),
                                ("listes-imbriquees", "Listes imbriquées"), ("tableaux", "Tableaux")] {
            XCTAssertTrue(index.contains("xlink:href=\"#\(anchor)\""), "no entry linked to #\(anchor)")
            XCTAssertTrue(index.contains(title), "no entry titled \(title)")
            XCTAssertTrue(content.contains("<text:bookmark text:name=\"\(anchor)\"/>"), "no bookmark \(anchor)")
        }
        XCTAssertFalse(index.contains("Titre de niveau 5"), "a heading left out of the table of contents is not listed")
        XCTAssertFalse(index.contains("Texte de droite à gauche"), "a level-4 heading is deeper than the contents' depth 3")
    }

    func testEachSectionStartsWithItsOwnMasterPage() throws {
        let content = try content(TestCorpus.everyNodeType)
        let styles = try styles(TestCorpus.everyNodeType)
        for master in ["Standard", "Page2"] {
            XCTAssertTrue(content.contains("style:master-page-name=\"\(master)\""), "no paragraph starts \(master)")
            XCTAssertTrue(styles.contains("<style:master-page style:name=\"\(master)\""), "no master page \(master)")
        }
        XCTAssertTrue(styles.contains("fo:page-width=\"297mm\" fo:page-height=\"210mm\" style:print-orientation=\"landscape\""))
        XCTAssertTrue(styles.contains("<text:page-number text:select-page=\"current\">"), "footers carry page numbers")
        XCTAssertTrue(styles.contains("<text:page-count>"), "the landscape footer counts pages")
        XCTAssertTrue(styles.contains(WriterFixtures.fundingNotice))
        XCTAssertTrue(styles.contains("En-tête personnalisé"))
    }

    func testTableOfContentsStartingASectionStillStartsItsPageStyle() throws {
        let document = Document(metadata: Metadata(title: "TOC first"), sections: [
            Section(blocks: [.heading(Heading(level: 1, content: [.text("One")]))]),
            Section(header: RunningContent.empty, footer: RunningContent.empty, blocks: [
                .tableOfContents(TableOfContents(title: "Index", depth: 1)), .paragraph(Paragraph(text: "Last page.")),
            ]),
        ])
        XCTAssertNotNil(try content(document).range(of: "style:parent-style-name=\"Page_20_Start\" style:master-page-name=\"Page2\""),
                        "no page-start paragraph carries the second section's master page")
    }

    func testTablesRepeatHeaderRowsAndWriteCoveredCellsForSpans() throws {
        let content = try content(WriterFixtures.spannedTable)
        XCTAssertTrue(content.contains("<table:table-header-rows>"))
        XCTAssertTrue(content.contains("table:number-rows-spanned=\"2\""))
        XCTAssertTrue(content.contains("table:number-columns-spanned=\"2\""))
        XCTAssertEqual(content.components(separatedBy: "<table:covered-table-cell/>").count - 1, 2)
    }

    func testMetadataRecordsLanguageTitleAndTimestamp() throws {
        let document = Document(metadata: Metadata(title: "Manual <D4> & recunoaștere", language: "pt-PT", date: "2027-03-12"), blocks: [])
        let meta = try writer.part("meta.xml", of: document, options: options)
        XCTAssertTrue(meta.contains("<dc:title>Manual &lt;D4&gt; &amp; recunoaștere</dc:title>"))
        XCTAssertTrue(meta.contains("<dc:language>pt-PT</dc:language>"))
        XCTAssertTrue(meta.contains("<meta:creation-date>2026-01-01T00:00:00Z</meta:creation-date>"))
        XCTAssertTrue(meta.contains("<dc:date>2027-03-12T00:00:00</dc:date>"))
        XCTAssertTrue(try styles(document).contains("fo:language=\"pt\" fo:country=\"PT\""))
    }

    func testCreationDateComesFromTheTimestampInUTC() {
        XCTAssertEqual(W3CDateTime.string(fromEpochSeconds: 0), "1970-01-01T00:00:00Z")
        XCTAssertEqual(W3CDateTime.string(fromEpochSeconds: 951_782_400 + 3661), "2000-02-29T01:01:01Z")
        XCTAssertEqual(W3CDateTime.string(fromEpochSeconds: WriterOptions.defaultTimestamp), "2026-01-01T00:00:00Z")
    }

    func testCodeKeepsRunsOfSpacesAndTabs() throws {
        let content = try content(Document(metadata: Metadata(title: "Code"), blocks: [.codeBlock(CodeBlock(text: "a  b\n\tc   d"))]))
        XCTAssertTrue(content.contains("a <text:s/>b</text:p>"), content)
        XCTAssertTrue(content.contains("<text:tab/>c <text:s text:c=\"2\"/>d"), content)
    }

    func testStyleNamesWithSpacesAreEncoded() {
        XCTAssertEqual(ODFStyleName.encode("Table Text"), "Table_20_Text")
        XCTAssertEqual(ODFStyleName.encode("1st"), "_31_st")
        XCTAssertEqual(ODFUnits.number(12.3456), "12.346")
        XCTAssertEqual(ODFUnits.number(-0.5), "-0.5")
        XCTAssertEqual(ODFUnits.number(210), "210")
    }

    func testImagesAreFramesWithSizeAltTextAndSVGFallback() throws {
        let content = try content(TestCorpus.everyNodeType)
        XCTAssertTrue(content.contains("svg:width=\"48mm\" svg:height=\"30mm\""))
        let alt = TestCorpus.svgImage.altText
        XCTAssertTrue(content.contains("<svg:title>\(alt)</svg:title><svg:desc>\(alt)</svg:desc>"))
        XCTAssertTrue(content.contains("xlink:href=\"Pictures/image2.svg\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\" draw:mime-type=\"image/svg+xml\"/><draw:image xlink:href=\"Pictures/image3.png\""),
                      "the SVG comes first, its PNG fallback second")
    }

    func testPageBreakMovesTheNextParagraphWithoutAnEmptyOne() throws {
        let content = try content(Document(metadata: Metadata(title: "Breaks"), blocks: [
            .paragraph(Paragraph(text: "one")), .pageBreak, .paragraph(Paragraph(text: "two")),
        ]))
        XCTAssertTrue(content.contains("<style:paragraph-properties fo:break-before=\"page\"/>"), content)
        XCTAssertEqual(content.components(separatedBy: "<text:p ").count - 1, 2, "no empty paragraph carries the break")
    }

    func testImageWiderThanItsCellShrinksToFit() throws {
        let wide = Image(data: TestCorpus.svg, format: .svg, altText: "wide", width: .mm(60), height: .mm(30))
        let table = Table(columns: [TableColumn(weight: 1), TableColumn(weight: 3)], bodyRows: [
            TableRow(cells: [TableCell(blocks: [.figure(Figure(image: wide))]), TableCell(text: "wide")]),
        ])
        let content = try content(Document(metadata: Metadata(title: "Fit"), blocks: [.table(table)]))
        // 166 mm of text width / 4 = 41.5 mm, less 2 × 1.5 mm padding = 38.5 mm; 60 × 30 mm scales to 38.5 × 19.25 mm.
        XCTAssertTrue(content.contains("svg:width=\"38.5mm\" svg:height=\"19.25mm\""), content)
    }
}
