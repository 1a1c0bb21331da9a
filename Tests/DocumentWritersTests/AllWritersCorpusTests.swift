import DocumentTree
import DocumentWriters
import Foundation
import TestSupport
import XCTest

/// The issue's list, for all three writers at once: every output of `TestCorpus.everyNodeType`
/// and of the hostile corpus validates, LibreOffice renders the ODT and the DOCX (one `soffice`
/// run), the text reads back, two writes give the same bytes, and hostile, long and
/// right-to-left text survive. Each external tool starts once per test.
final class AllWritersCorpusTests: XCTestCase {
    private let options = WriterFixtures.options

    private func write(_ document: Document, as format: OutputFormat, options: WriterOptions? = nil) throws -> [UInt8] {
        try Writers.writer(for: format).write(document, options: options ?? self.options)
    }

    /// Every XML part of a package, or the page, as text.
    private func texts(of bytes: [UInt8], format: OutputFormat) throws -> [String: String] {
        if format == .html { return ["page.html": String(decoding: bytes, as: UTF8.self)] }
        let package = try ZipContents(bytes: bytes)
        var texts: [String: String] = [:]
        for name in package.names where name.hasSuffix(".xml") || name.hasSuffix(".rels") { texts[name] = try package.text(name) }
        return texts
    }

    // MARK: Validation

    func testEveryODTIsValidODF13WithItsManifest() throws {
        var packages: [(name: String, contents: ZipContents)] = []
        for (name, document, options) in [("corpus.odt", TestCorpus.everyNodeType, options),
                                          ("hostile-10000.odt", TestCorpus.hostile(), options),
                                          ("hostile-extras.odt", HostileExtras.document, options),
                                          ("table-in-list-in-cell.odt", WriterFixtures.tableInListInCell, options),
                                          ("golden-heading.odt", WriterFixtures.headingAndParagraph, WriterOptions()),
                                          ("golden-list.odt", WriterFixtures.nestedList, WriterOptions()),
                                          ("golden-table.odt", WriterFixtures.spannedTable, WriterOptions())] {
            packages.append((name, try ZipContents(bytes: try write(document, as: .odt, options: options))))
        }
        let reports = try ODFValidator(version: .v1_3).validate(contents: packages)
        XCTAssertEqual(reports.count, packages.count)
        reports.assertAllValid()
        XCTAssertTrue(reports.allSatisfy { $0.tools == ["jing"] || $0.tools == ["xmllint"] })
    }

    func testEveryDOCXIsValidAgainstTheOOXMLSchemas() throws {
        var packages: [(name: String, contents: ZipContents)] = []
        for (name, document) in [("corpus.docx", TestCorpus.everyNodeType), ("hostile-10000.docx", TestCorpus.hostile()),
                                 ("hostile-extras.docx", HostileExtras.document),
                                 ("table-in-list-in-cell.docx", WriterFixtures.tableInListInCell)] {
            packages.append((name, try ZipContents(bytes: try write(document, as: .docx))))
        }
        XCTAssertTrue(packages[0].contents.names.contains("word/header1.xml") && packages[0].contents.names.contains("word/footer1.xml")
                      && packages[0].contents.names.contains("word/_rels/header1.xml.rels"), "the corpus has running parts with a logo")
        let reports = try OOXMLValidator().validate(contents: packages)
        reports.assertAllValid()
        for report in reports {
            XCTAssertEqual(report.notChecked, [], "\(report)")
        }
    }

    func testEveryHTMLPagePassesTheNuChecker() throws {
        let directory = try TemporaryDirectory(prefix: "all-writers-html")
        var french = TestCorpus.everyNodeType
        french.metadata.language = "fr"
        let pages: [(String, Document, HTMLStylesheet)] = [
            ("corpus.html", TestCorpus.everyNodeType, .embedded),
            ("corpus-linked.html", french, .linked(href: "../style sheets/house.css")),
            ("hostile-10000.html", TestCorpus.hostile(), .embedded),
            ("hostile-extras.html", HostileExtras.document, .embedded),
            ("table-in-list-in-cell.html", WriterFixtures.tableInListInCell, .embedded),
        ]
        var files: [URL] = []
        for (name, document, stylesheet) in pages {
            let options = WriterOptions(style: options.style, htmlStylesheet: stylesheet)
            files.append(try directory.write(try write(document, as: .html, options: options), to: name))
        }
        let goldens = try FileManager.default.contentsOfDirectory(at: GoldenFile.directory(folder: "html"), includingPropertiesForKeys: nil)
            .filter { ["html", "css"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
        XCTAssertEqual(goldens.count, 4, "the golden pages and the default stylesheet are checked too")
        files.append(try directory.write(HouseStyleCSS.stylesheet(for: options.style), to: "house.css"))
        let reports = try NuHTMLValidator().validate(files: files + goldens)
        XCTAssertEqual(reports.count, files.count + goldens.count)
        reports.assertAllValid()
    }

    // MARK: LibreOffice

    /// One soffice run for the ODT and the DOCX: each PDF exists, is A4 (with the landscape
    /// section turned), and holds every expected phrase, the diacritics, the table of contents
    /// before the body, the footnotes and the running header and footer.
    func testLibreOfficeRendersTheODTAndTheDOCXWithEveryExpectedText() throws {
        let directory = try TemporaryDirectory(prefix: "all-writers-pdf")
        let odt = try directory.write(try write(TestCorpus.everyNodeType, as: .odt), to: "corpus.odt")
        let docx = try directory.write(try write(TestCorpus.everyNodeType, as: .docx), to: "corpus.docx")
        let conversion = try LibreOfficeConverter().convertToPDF([odt, docx], in: directory)
        XCTAssertEqual(conversion.failures, [], conversion.log)
        for input in [odt, docx] {
            let pdf = try XCTUnwrap(conversion.output(for: input), "no PDF for \(input.lastPathComponent): \(conversion.log)")
            let name = input.lastPathComponent
            let text = try PDFText.normalizedText(of: pdf)
            for phrase in TestCorpus.expectedTexts + [TestCorpus.diacritics, "☒", "☐", WriterFixtures.fundingNotice,
                                                       "En-tête personnalisé", "Pied de page personnalisé", "Second paragraphe de la note."] {
                XCTAssertTrue(text.contains(PDFText.normalize(phrase)), "\(name): the PDF lacks \(phrase)")
            }
            for letters in ["ș", "ț", "ă", "â", "î", "Ș", "Ț", "ã", "õ", "ç", "ê", "é", "è", "œ", "ù"] {
                XCTAssertTrue(text.contains(letters), "\(name): the PDF lost \(letters)")
            }
            // The table of contents comes before the body and lists the headings.
            let contents = try XCTUnwrap(text.range(of: "Table des matières"), "\(name): no table of contents title")
            let firstHeading = try XCTUnwrap(text.range(of: "Texte et typographie"), "\(name): no first heading")
            XCTAssertLessThan(contents.lowerBound, firstHeading.lowerBound, "\(name): the contents come first")
            let tocPart = text[contents.upperBound...].prefix(400)
            for entry in ["Texte et typographie", "Liens et notes", "Listes imbriquées", "Figures et images", "Tableaux"] {
                XCTAssertTrue(tocPart.contains(entry), "\(name): the table of contents lacks \(entry)")
            }
            XCTAssertFalse(tocPart.contains("Titre de niveau 5"), "\(name): a heading left out of the contents is listed")
            XCTAssertGreaterThanOrEqual(text.components(separatedBy: "Tableaux").count - 1, 2, "\(name): TOC entry and heading")
            let info = try PDFInfo(pdf: pdf)
            XCTAssertTrue(info.pageSizes.allSatisfy { $0.isA4() }, "\(name): \(info.pageSizes)")
            XCTAssertTrue(info.pageSizes.contains { $0.isLandscape }, "\(name): the landscape section is turned")
            XCTAssertTrue(info.pageSizes.contains { !$0.isLandscape }, "\(name): \(info.pageSizes)")
        }
    }

    // MARK: Round trip

    func testPythonDocxReadsBackTheParagraphsAndTablesOfTheTree() throws {
        let readBack = try DOCXReadBack.read(bytes: try write(TestCorpus.everyNodeType, as: .docx))
        let paragraphs = readBack.paragraphs
        let document = TestCorpus.everyNodeType
        // Every heading in its Word style, and every paragraph outside tables, in order.
        var expected: [(text: String, style: String?)] = []
        var search = paragraphs[...]
        for block in document.sections.flatMap(\.blocks) {
            switch block {
            case .heading(let heading):
                expected.append((heading.content.plainText, "Heading \(heading.level)"))
            case .paragraph(let paragraph):
                expected.append((paragraph.content.plainText, nil))
            default: continue
            }
        }
        for item in expected {
            guard let index = search.firstIndex(where: { $0.text == item.text && (item.style == nil || $0.style == item.style) }) else {
                XCTFail("python-docx does not read back \(item) (in order)")
                continue
            }
            search = paragraphs[(index + 1)...]
        }
        XCTAssertEqual(paragraphs.first { $0.text == "Corpus de test" }?.style, "Title")
        for item in ["Premier niveau, élément trois", "Troisième niveau, élément deux avec code", "Une liste dans la citation"] {
            XCTAssertTrue(paragraphs.contains { $0.text == item }, "list item \(item) not read back")
        }
        XCTAssertTrue(paragraphs.contains { $0.text.hasPrefix("// Somme des heures <total> & ]]>\nlet total") && $0.style == "Code" },
                      "the code block reads back with its line breaks")
        XCTAssertTrue(paragraphs.contains { $0.text == "Texte et typographie" && $0.style == "toc 1" }, "TOC entries are real paragraphs")

        // Tables: every slot of the grid, a merged cell repeated in each slot it covers.
        let tables = document.sections.flatMap(\.blocks).compactMap { block -> Table? in
            if case .table(let table) = block { return table }
            return nil
        }
        XCTAssertEqual(readBack.tables, tables.map(Self.cellTexts))

        // Sections: page size, orientation and running text.
        XCTAssertEqual(readBack.sections.map(\.orientation), ["portrait", "landscape"])
        XCTAssertEqual(readBack.sections[1].header, "En-tête personnalisé — Corpus de test")
        XCTAssertTrue(readBack.sections[0].footer.contains(WriterFixtures.fundingNotice), readBack.sections[0].footer)
        XCTAssertEqual(readBack.core.title, "Corpus de test")
        XCTAssertEqual(readBack.core.language, "fr")
    }

    /// The cell texts of a table as python-docx reads them: paragraphs joined by line breaks.
    private static func cellTexts(_ table: Table) -> [[String]] {
        let grid = TableGrid(table: table)
        func text(_ cell: TableCell) -> String { cellLines(cell.blocks).joined(separator: "\n") }
        return grid.slots.map { row in
            row.map { slot in
                switch slot {
                case .origin(let cell): text(cell)
                case .covered(let originRow, let originColumn, _):
                    grid.slots[originRow][originColumn].originText(text)
                case .empty: ""
                }
            }
        }
    }

    private static func cellLines(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let paragraph): [paragraph.content.plainText]
            case .list(let list): list.items.flatMap(cellLines)
            default: [[block].plainText]
            }
        }
    }

    func testTextOfTheODTReadBackFromContentEqualsTheTreeText() throws {
        let document = TestCorpus.everyNodeType.withoutTableCaptions
        let content = try ODTWriter().part("content.xml", of: document, options: options)
        XCTAssertEqual(PDFText.normalize(ODFText.bodyText(ofContent: content)),
                       PDFText.normalize(document.sections.flatMap(\.blocks).plainText))
    }

    func testTextOfEveryParagraphSurvivesTheHTMLRoundTrip() throws {
        let document = TestCorpus.everyNodeType
        let text = HTMLText.visibleText(try HTMLWriter().text(document, options: options))
        let paragraphs = document.sections.flatMap { HTMLText.paragraphTexts($0.blocks) }
        XCTAssertGreaterThan(paragraphs.count, 40)
        for paragraph in paragraphs {
            XCTAssertTrue(text.contains(paragraph), "the page lost the text: \(paragraph)")
        }
    }

    // MARK: Determinism

    func testTwoWritesGiveIdenticalBytesInEveryFormat() throws {
        for format in OutputFormat.allCases {
            for document in [TestCorpus.everyNodeType, TestCorpus.hostile(rows: 300)] {
                let first = try write(document, as: format)
                let second = try write(document, as: format)
                XCTAssertEqual(first, second, "\(format): two writes differ")
            }
        }
        let later = WriterOptions(style: options.style, timestamp: 1_800_000_000)
        XCTAssertNotEqual(try write(TestCorpus.everyNodeType, as: .odt), try write(TestCorpus.everyNodeType, as: .odt, options: later),
                          "the timestamp is recorded, so the comparison above can fail")
    }

    // MARK: Hostile text

    /// `<`, `&`, `]]>` are escaped, control characters dropped (and counted for a warning),
    /// 10,000 rows written whole, and every part stays well-formed.
    func testHostileCorpusIsEscapedWithoutControlCharactersInEveryFormat() throws {
        let document = TestCorpus.hostile()
        // The ten of `controlCharacters` in the title, the subtitle and a paragraph, and one in code.
        XCTAssertEqual(document.controlCharacterCount, 31, "what a caller warns about")
        let forbidden = Set(TestCorpus.controlCharacters.unicodeScalars.map(\.value))
        var written: [OutputFormat: [String: String]] = [:]
        for format in OutputFormat.allCases {
            let parts = try texts(of: try write(document, as: format), format: format)
            written[format] = parts
            for (name, text) in parts {
                XCTAssertFalse(text.unicodeScalars.contains { forbidden.contains($0.value) }, "\(format) \(name): a control character survived")
                if format != .html { XCTAssertTrue(ODFText.isWellFormed(text), "\(format) \(name) is not well-formed") }
            }
            let all = parts.values.joined()
            XCTAssertFalse(all.contains("<script>"), "\(format): markup from the text leaked")
            XCTAssertTrue(all.contains("Ligne 9999 &lt;script&gt;x&lt;/script&gt; &amp; ș ț ã ç"), "\(format): last ordinary row")
            XCTAssertTrue(all.contains("]]&gt;"), "\(format): ]]> escaped")
            XCTAssertTrue(all.contains(TestCorpus.longWord), "\(format): the long word is kept whole")
        }
        let content = try XCTUnwrap(written[.odt]?["content.xml"])
        XCTAssertEqual(content.components(separatedBy: "<table:table-row").count - 1, 10_001 + 1, "rows of both tables")
        XCTAssertTrue(ODFText.bodyText(ofContent: content).contains("Ligne 9999 <script>x</script> & ș ț ã ç"))
        let body = try XCTUnwrap(written[.docx]?["word/document.xml"])
        XCTAssertEqual(body.components(separatedBy: "<w:tr>").count - 1, 10_001 + 1)
        let page = try XCTUnwrap(written[.html]?["page.html"])
        XCTAssertEqual(page.components(separatedBy: "<tr").count - 1, 10_001 + 1)
        XCTAssertTrue(page.contains(#"<tr><td class="align-end">9999</td><td>Ligne 9999 &lt;script&gt;x&lt;/script&gt; &amp; ș ț ã ç</td><td>v9999<sup>9</sup></td><td class="align-center"><span class="checkbox" role="img" aria-label="nebifat">☐</span></td></tr>"#))
        XCTAssertTrue(HouseStyleCSS.stylesheet(for: options.style).contains("overflow-wrap: anywhere"), "long words wrap in HTML")
    }

    func testControlCharactersAreCountedAndRemovedFromTheWholeTree() {
        let document = HostileExtras.document
        XCTAssertGreaterThan(document.controlCharacterCount, 0)
        let cleaned = document.removingControlCharacters()
        XCTAssertEqual(cleaned.removed, document.controlCharacterCount)
        XCTAssertEqual(cleaned.document.controlCharacterCount, 0)
        XCTAssertEqual(TestCorpus.everyNodeType.controlCharacterCount, 0)
        XCTAssertEqual(TestCorpus.everyNodeType.removingControlCharacters().document, TestCorpus.everyNodeType)
    }

    // MARK: Right to left

    func testRightToLeftTextIsMarkedInEveryFormat() throws {
        let document = Document(metadata: Metadata(title: "عنوان", language: "ar"), blocks: [
            .paragraph(Paragraph(text: "Hello")), .paragraph(Paragraph(text: "«مرحبا» بالعالم")), .paragraph(Paragraph(text: "שלום עולם")),
        ])
        let content = try ODTWriter().part("content.xml", of: document)
        XCTAssertEqual(content.components(separatedBy: "style:writing-mode=\"rl-tb\"").count - 1, 1, "one shared right-to-left style")
        XCTAssertTrue(content.contains("<text:p text:style-name=\"P2\">«مرحبا» بالعالم</text:p><text:p text:style-name=\"P2\">שלום עולם</text:p>"), content)
        XCTAssertTrue(try ODTWriter().part("styles.xml", of: document).contains("style:language-complex=\"ar\""))
        let body = try DOCXWriter().part("word/document.xml", of: document)
        XCTAssertEqual(body.components(separatedBy: "<w:rtl/>").count - 1, 2, "runs with Arabic or Hebrew letters")
        let page = try HTMLWriter().text(document)
        XCTAssertTrue(page.contains("<html lang=\"ar\" dir=\"rtl\">"))
        XCTAssertTrue(page.contains("<p dir=\"auto\">«مرحبا» بالعالم</p>"))
        for format in OutputFormat.allCases {
            let all = try texts(of: try write(TestCorpus.everyNodeType, as: format), format: format).values.joined()
            XCTAssertTrue(all.contains(TestCorpus.rightToLeftText), "\(format) lost the right-to-left text")
        }
    }
}

/// Hostile input the corpora do not hold: hostile text in metadata, a running header, a link
/// target and a column weight of infinity.
enum HostileExtras {
    static let text = "a < b && c > d ]]> \"quoted\" 'single' \u{0}\u{1}\u{8}\u{B}\u{C}\u{1F} \u{FFFE}\u{FFFF} <![CDATA[x]]> &amp; <!-- -->"
    static let document = Document(
        metadata: Metadata(title: text, authors: [text], language: "ar", description: text, keywords: [text]),
        sections: [Section(header: RunningContent(blocks: [.paragraph(Paragraph(text: text))]), blocks: [
            .heading(Heading(level: 1, content: [.text(text)], id: "hostile")),
            .paragraph(Paragraph([.text(text), .link(Link(target: .external("javascript:alert('<x>')&\u{1}"), content: [.text(text)], title: text))])),
            .paragraph(Paragraph(text: "العربية \(text) עברית")),
            .codeBlock(CodeBlock(text: text)),
            .paragraph(Paragraph([.styled(style: "No such <style>", [.text("unknown style")])], style: "Also <unknown> & bad")),
            .table(Table(columns: [TableColumn(weight: .infinity), TableColumn(weight: -1)],
                         headerRows: [TableRow(cells: [TableCell(text: text, columnSpan: 5, rowSpan: 9)])],
                         bodyRows: (1...20).map { TableRow(cells: [TableCell(text: "row \($0) \(text)"), TableCell(text: "\($0)")]) })),
        ])])
}

private extension TableGrid.Slot {
    func originText(_ text: (TableCell) -> String) -> String {
        if case .origin(let cell) = self { return text(cell) }
        return ""
    }
}
