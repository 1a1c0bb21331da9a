import DocumentTree
import MarkdownReader
import XCTest

final class TableTests: XCTestCase {
    func testTableHasHeaderRowAlignmentsAndWeightsFromContentLengthAndHeaderWords() {
        assertReads("""
            | Unit | Title of the unit | Hours |
            |:-----|:-----------------:|------:|
            | U1 | Digital resources | 12 |
            | U2 | *Teaching* and learning | 8 |
            """, as: [
                .table(Table(
                    columns: [
                        TableColumn(weight: 4, alignment: .start),
                        TableColumn(weight: 18, alignment: .center),
                        TableColumn(weight: 5, alignment: .end),
                    ],
                    headerRows: [TableRow(cells: [TableCell(text: "Unit"), TableCell(text: "Title of the unit"), TableCell(text: "Hours")])],
                    bodyRows: [
                        TableRow(cells: [TableCell(text: "U1"), TableCell(text: "Digital resources"), TableCell(text: "12")]),
                        TableRow(cells: [
                            TableCell(text: "U2"),
                            TableCell(blocks: [paragraph(.emphasis([.text("Teaching")]), .text(" and learning"))]),
                            TableCell(text: "8"),
                        ]),
                    ])),
            ])
    }

    func testShortRowsGetEmptyCells() {
        let blocks = read("""
            | a | b |
            |---|---|
            | 1 |
            """).document.sections[0].blocks
        guard case .table(let table) = blocks.first else { return XCTFail("no table in \(blocks)") }
        XCTAssertEqual(table.bodyRows.first?.cells.count, 2)
        XCTAssertEqual(table.bodyRows.first?.cells.last, TableCell(blocks: [.paragraph(Paragraph([]))]))
    }
}
