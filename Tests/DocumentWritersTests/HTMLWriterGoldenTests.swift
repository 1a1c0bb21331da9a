import DocumentTree
import DocumentWriters
import TestSupport
import XCTest

/// The HTML of small trees, compared with recorded pages under `Goldens/html/`.
final class HTMLWriterGoldenTests: XCTestCase {
    private let writer = HTMLWriter()
    private let linked = HTMLStylesheet.linked(href: "style.css")

    private func text(_ string: String) -> [Inline] { [.text(string)] }

    /// Compares the page (default house style, linked stylesheet) with `Goldens/html/<name>`.
    private func assertPage(_ document: Document, matches name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let page = try writer.text(document, options: WriterOptions(style: .default, htmlStylesheet: linked))
        GoldenFile.assertMatches(page, named: name, in: GoldenFile.directory(folder: "html"), file: file, line: line)
    }

    func testParagraphsAndInlinesMatchGolden() throws {
        let document = Document(
            metadata: Metadata(title: "Inlines", language: "fr", description: "Every inline"),
            blocks: [
                .heading(Heading(level: 1, content: text("Résumé des unités"))),
                .paragraph(Paragraph([
                    .text("A "), .emphasis(text("b")), .text(" "), .strong(text("c")), .text(" "), .strikethrough(text("d")),
                    .superscript(text("e")), .subscript(text("f")), .text(" "), .code("<g>"), .text(" "),
                    .link(Link(target: .external("https://example.org/a b?q=\"x\""), content: text("h"), title: "T")),
                    .text(" "), .link(Link(target: .internal(anchor: "resume-des-unites"), content: text("i"))),
                    .lineBreak, .checkbox(checked: true), .checkbox(checked: false),
                    .styled(style: "Highlight", text("j")), .formatted(TextFormat(fontSize: 21, italic: true), text("k")),
                    .field(.pageNumber),
                ], style: "Small", alignment: .justify, keepWithNext: true)),
                .paragraph(Paragraph([.link(Link(target: .external("javascript:alert(1)"), content: text("not a link")))])),
                .blockQuote([.paragraph(Paragraph(text: "Quoted"))]),
                .codeBlock(CodeBlock(text: "a < b && c\n", language: "Swift 6")),
                .horizontalRule,
                .pageBreak,
            ])
        try assertPage(document, matches: "inlines.html")
    }

    func testTableOfContentsListsAndSectionsMatchGolden() throws {
        let document = Document(
            metadata: Metadata(title: "Contents", authors: ["A", "B"], keywords: ["k1", "k2"]),
            sections: [
                Section(blocks: [
                    .tableOfContents(TableOfContents(title: "Contents", depth: 2)),
                    .heading(Heading(level: 1, content: text("One"))),
                    .heading(Heading(level: 2, content: text("One point one"))),
                    .heading(Heading(level: 3, content: text("Too deep for the contents"))),
                    .heading(Heading(level: 2, content: [.text("Content"), .footnote([.paragraph(Paragraph(text: "Note"))])])),
                    .list(List(kind: .ordered(start: 4), items: [
                        [.paragraph(Paragraph(text: "four"))],
                        [.paragraph(Paragraph(text: "five")), .list(List(kind: .bullet, items: [[.paragraph(Paragraph(text: "inner"))]]))],
                    ])),
                    .list(List(kind: .bullet, items: [[.paragraph(Paragraph(text: "loose"))]], isTight: false)),
                ]),
                Section(pageSetup: .a4Landscape, blocks: [
                    .heading(Heading(level: 1, content: text("Annex"), id: "content")),
                    .heading(Heading(level: 2, content: text("Not listed"), inTableOfContents: false)),
                ]),
            ])
        try assertPage(document, matches: "contents.html")
    }

    func testTablesWithSpansShadingAndRowHeightsMatchGolden() throws {
        let table = Table(
            columns: [TableColumn(weight: 2), TableColumn(weight: 1, alignment: .center), TableColumn(weight: 1, alignment: .end)],
            headerRows: [TableRow(cells: [TableCell(text: "Name"), TableCell(text: "Both", columnSpan: 2)])],
            bodyRows: [
                TableRow(cells: [TableCell(text: "tall", rowSpan: 2, shading: Color(hex: "#FFEEAA")), TableCell(text: "b"), TableCell(text: "c")]),
                TableRow(cells: [TableCell(blocks: [.paragraph(Paragraph(text: "two")), .paragraph(Paragraph(text: "paragraphs"))],
                                           verticalAlignment: .bottom)]),
                TableRow(cells: [TableCell(blocks: [])], height: .mm(12)),
            ],
            caption: text("Spans"))
        // Every row is one cell spanning both columns: the second column holds no cell and is folded.
        let fullWidth = Table(columns: [TableColumn(weight: 1), TableColumn(weight: 3)],
                              bodyRows: [TableRow(cells: [TableCell(text: "wide", columnSpan: 2)], height: .mm(20))])
        let document = Document(metadata: Metadata(title: "Tables"), blocks: [.table(table), .table(fullWidth)])
        try assertPage(document, matches: "tables.html")
    }

    func testStylesheetOfDefaultHouseStyleMatchesGolden() {
        GoldenFile.assertMatches(HouseStyleCSS.stylesheet(for: .default), named: "default-style.css", in: GoldenFile.directory(folder: "html"))
    }
}
