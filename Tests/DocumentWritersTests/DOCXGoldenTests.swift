import DocumentTree
import XCTest
@testable import DocumentWriters

/// Golden files of the main WordprocessingML parts for small trees.
final class DOCXGoldenTests: XCTestCase {
    private func part(_ path: String, of document: Document, options: WriterOptions = WriterOptions()) throws -> [UInt8] {
        let entries = DOCXWriter().parts(document, options: options)
        return try XCTUnwrap(entries.first { $0.path == path }?.bytes, "no \(path)")
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
        try DOCXGolden.assertMatches(try part("word/document.xml", of: smallDocument), named: "small-document.xml")
    }

    func testDefaultHouseStyleStylesMatchGolden() throws {
        try DOCXGolden.assertMatches(try part("word/styles.xml", of: smallDocument), named: "default-styles.xml")
    }

    func testNestedListsNumberingMatchesGolden() throws {
        let document = Document(metadata: Metadata(title: "Lists"), blocks: [
            .list(List(kind: .bullet, items: [[.paragraph(Paragraph(text: "a")),
                                               .list(List(kind: .ordered(start: 5), items: [[.paragraph(Paragraph(text: "five"))]]))]])),
            .list(List(kind: .ordered(start: 1), items: [[.paragraph(Paragraph(text: "one"))]])),
        ])
        try DOCXGolden.assertMatches(try part("word/numbering.xml", of: document), named: "nested-lists-numbering.xml")
        try DOCXGolden.assertMatches(try part("word/document.xml", of: document), named: "nested-lists-document.xml")
    }
}
