import DocumentTree
import DocumentWriters
import TestSupport
import XCTest

/// Golden files of the main WordprocessingML parts for small trees.
final class DOCXGoldenTests: XCTestCase {
    /// Compares a part, one tag per line, with `Goldens/docx/<name>`.
    private func assertPart(_ path: String, of document: Document, matches name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let xml = try DOCXWriter().part(path, of: document)
        GoldenFile.assertMatches(DOCXGoldenText.lines(xml), named: name, in: GoldenFile.directory(folder: "docx"), file: file, line: line)
    }

    private var smallDocument: Document {
        Document(metadata: Metadata(title: "Small"), blocks: [
            .heading(Heading(level: 1, content: [.text("Learning outcomes")])),
            .paragraph(Paragraph([.text("Text with "), .strong([.text("strong")]), .text(" and a "),
                                  .link(Link(target: .external("https://example.org"), content: [.text("link")])), .text(".")])),
            .list(List(kind: .ordered(start: 2), items: [[.paragraph(Paragraph(text: "two"))], [.paragraph(Paragraph(text: "three"))]])),
            .table(Table(columns: [TableColumn(weight: 1), TableColumn(weight: 3)],
                         headerRows: [TableRow(cells: [TableCell(text: "Code"), TableCell(text: "Title")])],
                         bodyRows: [TableRow(cells: [TableCell(text: "U1", rowSpan: 2), TableCell(text: "Digital resources")]),
                                    TableRow(cells: [TableCell(text: "Teaching")])])),
        ])
    }

    func testSmallDocumentBodyMatchesGolden() throws {
        try assertPart("word/document.xml", of: smallDocument, matches: "small-document.xml")
    }

    func testDefaultHouseStyleStylesMatchGolden() throws {
        try assertPart("word/styles.xml", of: smallDocument, matches: "default-styles.xml")
    }

    func testNestedListsNumberingMatchesGolden() throws {
        let document = Document(metadata: Metadata(title: "Lists"), blocks: [
            .list(List(kind: .bullet, items: [[.paragraph(Paragraph(text: "a")),
                                               .list(List(kind: .ordered(start: 5), items: [[.paragraph(Paragraph(text: "five"))]]))]])),
            .list(List(kind: .ordered(start: 1), items: [[.paragraph(Paragraph(text: "one"))]])),
        ])
        try assertPart("word/numbering.xml", of: document, matches: "nested-lists-numbering.xml")
        try assertPart("word/document.xml", of: document, matches: "nested-lists-document.xml")
    }
}
