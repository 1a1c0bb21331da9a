@testable import DocumentWriters
import DocumentTree
import Foundation
import XCTest

final class ODTWriterTests: XCTestCase {
    private let options = WriterOptions(style: ODTCorpus.houseStyle)

    private func part(_ path: String, of document: Document, options: WriterOptions? = nil) throws -> [UInt8] {
        let entries = ODTWriter().entries(document, options: options ?? self.options)
        return try XCTUnwrap(entries.first { $0.path == path }?.bytes, "no \(path) in the package")
    }

    // MARK: Golden files

    func testHeadingAndParagraphMatchGoldenContentAndStyles() throws {
        let plain = WriterOptions()
        ODTTestHelpers.assertMatchesGolden(ODTTestHelpers.prettyPrinted(try part("content.xml", of: ODTCorpus.headingAndParagraph, options: plain)),
                                           named: "heading-paragraph.content.xml")
        ODTTestHelpers.assertMatchesGolden(ODTTestHelpers.prettyPrinted(try part("styles.xml", of: ODTCorpus.headingAndParagraph, options: plain)),
                                           named: "heading-paragraph.styles.xml")
    }

    func testNestedListMatchesGoldenContent() throws {
        ODTTestHelpers.assertMatchesGolden(ODTTestHelpers.prettyPrinted(try part("content.xml", of: ODTCorpus.nestedList, options: WriterOptions())),
                                           named: "nested-list.content.xml")
    }

    func testSpannedTableMatchesGoldenContent() throws {
        ODTTestHelpers.assertMatchesGolden(ODTTestHelpers.prettyPrinted(try part("content.xml", of: ODTCorpus.spannedTable, options: WriterOptions())),
                                           named: "spanned-table.content.xml")
    }

    // MARK: Package

    func testPackageStartsWithStoredMimetype() throws {
        let bytes = try ODTWriter().write(ODTCorpus.headingAndParagraph, options: options)
        XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a zip local file header comes first")
        XCTAssertEqual(bytes[8], 0, "mimetype is stored, not deflated")
        XCTAssertEqual(String(decoding: bytes[30..<38], as: UTF8.self), "mimetype")
        XCTAssertEqual(String(decoding: bytes[38..<77], as: UTF8.self), "application/vnd.oasis.opendocument.text")
    }

    func testPackageListsEveryPartInTheManifest() throws {
        let entries = ODTWriter().entries(ODTCorpus.everyNodeType, options: options)
        let manifest = String(decoding: try XCTUnwrap(entries.last { $0.path == "META-INF/manifest.xml" }).bytes, as: UTF8.self)
        for entry in entries where entry.path != "mimetype" && entry.path != "META-INF/manifest.xml" {
            XCTAssertTrue(manifest.contains("manifest:full-path=\"\(entry.path)\""), "\(entry.path) missing from the manifest")
        }
        XCTAssertTrue(entries.contains { $0.path == "Pictures/image1.png" })
        XCTAssertTrue(entries.contains { $0.path == "Pictures/image2.svg" })
        XCTAssertEqual(entries.filter { $0.path.hasPrefix("Pictures/") }.count, 2, "the same image is stored once")
    }

    func testTwoWritesOfTheSameDocumentAreByteIdentical() throws {
        let first = try ODTWriter().write(ODTCorpus.everyNodeType, options: options)
        let second = try ODTWriter().write(ODTCorpus.everyNodeType, options: options)
        XCTAssertEqual(first, second)
    }

    // MARK: Content

    func testContentTextReadBackEqualsTheTreeText() throws {
        // Table captions are text the writer adds that the tree's plain text leaves out.
        var document = ODTCorpus.everyNodeType
        document.sections = document.sections.map { section in
            var section = section
            section.blocks = section.blocks.map { block in
                guard case .table(var table) = block else { return block }
                table.caption = []
                return .table(table)
            }
            return section
        }
        let content = try part("content.xml", of: document)
        let expected = document.sections.flatMap(\.blocks).plainText
        XCTAssertEqual(ODTTestHelpers.normalisedWhitespace(ODTTestHelpers.bodyText(ofContent: content)),
                       ODTTestHelpers.normalisedWhitespace(expected))
    }

    func testTableOfContentsIsFilledWithEntriesLinkedToHeadingBookmarks() throws {
        let content = String(decoding: try part("content.xml", of: ODTCorpus.everyNodeType), as: UTF8.self)
        let body = try XCTUnwrap(content.range(of: "<text:index-body>").map { content[$0.upperBound...] })
        let index = String(body[..<(try XCTUnwrap(body.range(of: "</text:index-body>"))).lowerBound])
        for (anchor, title) in [("introducere-si-context", "Introducere și context"), ("listas-e-niveis", "Listas e níveis"),
                                ("tabele-si-formulare", "Tabele și formulare"), ("fisa-de-prezenta", "Fișă de prezență")] {
            XCTAssertTrue(index.contains("xlink:href=\"#\(anchor)\""), "no entry linked to #\(anchor)")
            XCTAssertTrue(index.contains(title), "no entry titled \(title)")
            XCTAssertTrue(content.contains("<text:bookmark text:name=\"\(anchor)\"/>"), "no bookmark \(anchor)")
        }
        XCTAssertFalse(index.contains("Not listed"), "a heading left out of the table of contents is not listed")
    }

    func testEachSectionStartsWithItsOwnMasterPage() throws {
        let entries = ODTWriter().entries(ODTCorpus.everyNodeType, options: options)
        let content = String(decoding: try XCTUnwrap(entries.first { $0.path == "content.xml" }).bytes, as: UTF8.self)
        let styles = String(decoding: try XCTUnwrap(entries.first { $0.path == "styles.xml" }).bytes, as: UTF8.self)
        for master in ["Standard", "Page2", "Page3"] {
            XCTAssertTrue(content.contains("style:master-page-name=\"\(master)\""), "no paragraph starts \(master)")
            XCTAssertTrue(styles.contains("<style:master-page style:name=\"\(master)\""), "no master page \(master)")
        }
        XCTAssertTrue(styles.contains("fo:page-width=\"297mm\" fo:page-height=\"210mm\" style:print-orientation=\"landscape\""))
        XCTAssertTrue(styles.contains("<text:page-number text:select-page=\"current\">"), "footers carry page numbers")
        XCTAssertTrue(styles.contains("Co-funded by the Erasmus+ Programme"))
    }

    func testTablesRepeatHeaderRowsAndWriteCoveredCellsForSpans() throws {
        let content = String(decoding: try part("content.xml", of: ODTCorpus.spannedTable), as: UTF8.self)
        XCTAssertTrue(content.contains("<table:table-header-rows>"))
        XCTAssertTrue(content.contains("table:number-rows-spanned=\"2\""))
        XCTAssertTrue(content.contains("table:number-columns-spanned=\"2\""))
        XCTAssertEqual(content.components(separatedBy: "<table:covered-table-cell/>").count - 1, 2)
    }

    func testMetadataRecordsLanguageTitleAndTimestamp() throws {
        let meta = String(decoding: try part("meta.xml", of: ODTCorpus.everyNodeType), as: UTF8.self)
        XCTAssertTrue(meta.contains("<dc:title>Manual &lt;D4&gt; &amp; recunoaștere</dc:title>"))
        XCTAssertTrue(meta.contains("<dc:language>pt-PT</dc:language>"))
        XCTAssertTrue(meta.contains("<meta:creation-date>2026-01-01T00:00:00Z</meta:creation-date>"))
        XCTAssertTrue(meta.contains("<dc:date>2027-03-12T00:00:00</dc:date>"))
        let styles = String(decoding: try part("styles.xml", of: ODTCorpus.everyNodeType), as: UTF8.self)
        XCTAssertTrue(styles.contains("fo:language=\"pt\" fo:country=\"PT\""))
    }

    func testCreationDateComesFromTheTimestampInUTC() {
        XCTAssertEqual(ODFMetaWriter.iso8601(0), "1970-01-01T00:00:00Z")
        XCTAssertEqual(ODFMetaWriter.iso8601(951_782_400 + 3661), "2000-02-29T01:01:01Z")
        XCTAssertEqual(ODFMetaWriter.iso8601(WriterOptions.defaultTimestamp), "2026-01-01T00:00:00Z")
    }

    func testCodeKeepsRunsOfSpacesAndTabs() throws {
        let document = Document(metadata: Metadata(title: "Code"), blocks: [.codeBlock(CodeBlock(text: "a  b\n\tc   d"))])
        let content = String(decoding: try part("content.xml", of: document), as: UTF8.self)
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
        let content = String(decoding: try part("content.xml", of: ODTCorpus.everyNodeType), as: UTF8.self)
        XCTAssertTrue(content.contains("svg:width=\"60mm\" svg:height=\"30mm\""))
        XCTAssertTrue(content.contains("<svg:title>The project logo: a teal circle on navy</svg:title><svg:desc>The project logo: a teal circle on navy</svg:desc>"))
        XCTAssertTrue(content.contains("xlink:href=\"Pictures/image2.svg\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\" draw:mime-type=\"image/svg+xml\"/><draw:image xlink:href=\"Pictures/image1.png\""),
                      "the SVG comes first, its PNG fallback second")
    }

    func testPageBreakMovesTheNextParagraphWithoutAnEmptyOne() throws {
        let document = Document(metadata: Metadata(title: "Breaks"), blocks: [
            .paragraph(Paragraph(text: "one")), .pageBreak, .paragraph(Paragraph(text: "two")),
        ])
        let content = String(decoding: try part("content.xml", of: document), as: UTF8.self)
        XCTAssertTrue(content.contains("<style:paragraph-properties fo:break-before=\"page\"/>"), content)
        XCTAssertEqual(content.components(separatedBy: "<text:p ").count - 1, 2, "no empty paragraph carries the break")
    }

    func testRightToLeftParagraphsGetRightToLeftWritingMode() throws {
        let document = Document(metadata: Metadata(title: "RTL", language: "ar"), blocks: [
            .paragraph(Paragraph(text: "«مرحبا» بالعالم")), .paragraph(Paragraph(text: "Hello")),
        ])
        let content = String(decoding: try part("content.xml", of: document), as: UTF8.self)
        XCTAssertEqual(content.components(separatedBy: "style:writing-mode=\"rl-tb\"").count - 1, 1, content)
        let styles = String(decoding: try part("styles.xml", of: document), as: UTF8.self)
        XCTAssertTrue(styles.contains("style:language-complex=\"ar\""))
    }

    func testImageWiderThanItsCellShrinksToFit() throws {
        let table = Table(columns: [TableColumn(weight: 1), TableColumn(weight: 3)], bodyRows: [
            TableRow(cells: [TableCell(blocks: [.figure(Figure(image: ODTCorpus.svgImage))]), TableCell(text: "wide")]),
        ])
        let content = String(decoding: try part("content.xml", of: Document(metadata: Metadata(title: "Fit"), blocks: [.table(table)])),
                             as: UTF8.self)
        // 166 mm of text width / 4 = 41.5 mm, less 2 × 1.5 mm padding = 38.5 mm; 60 × 30 mm scales to 38.5 × 19.25 mm.
        XCTAssertTrue(content.contains("svg:width=\"38.5mm\" svg:height=\"19.25mm\""), content)
    }

    func testTableOfContentsStartingASectionStillStartsItsPageStyle() throws {
        let content = String(decoding: try part("content.xml", of: ODTCorpus.everyNodeType), as: UTF8.self)
        let page3 = try XCTUnwrap(content.range(of: "style:parent-style-name=\"Page_20_Start\" style:master-page-name=\"Page3\""),
                                  "no page-start paragraph carries the third section's master page")
        XCTAssertFalse(page3.isEmpty)
    }
}
