import DocumentTree
import Foundation
import XCTest
@testable import DocumentWriters

/// Timing of the DOCX writer on a realistic manual. Not a timed unit test: it runs only with
/// `DOCX_BENCHMARK=1` and prints its measurements (use a release build:
/// `DOCX_BENCHMARK=1 swift test -c release --filter DOCXBenchmarkTests`).
final class DOCXBenchmarkTests: XCTestCase {
    /// A manual of about `pages` A4 pages: chapters of headings, paragraphs, lists, one table
    /// of 20 rows every two pages, footnotes and links.
    static func manual(pages: Int) -> Document {
        var blocks: [Block] = [.paragraph(Paragraph(text: "Manual", style: "Title")), .tableOfContents(TableOfContents(title: "Contents"))]
        let sentence = "Validation of non-formal learning identifies, documents, assesses and certifies what a person has learnt, ș ț ă ã ç é. "
        for page in 1...pages {
            blocks.append(.heading(Heading(level: page % 5 == 1 ? 1 : 2, content: [.text("Chapter \(page): recognition of learning outcomes")])))
            for paragraph in 0..<5 {
                blocks.append(.paragraph(Paragraph([.text(String(repeating: sentence, count: 3)), .strong([.text("EQF level \(paragraph + 1)")]),
                                                    .text(" and "), .link(Link(target: .external("https://europa.eu/europass/\(page)"), content: [.text("Europass")])),
                                                    .footnote([.paragraph(Paragraph(text: "Note \(page).\(paragraph)"))])])))
            }
            blocks.append(.list(List(kind: .bullet, items: (1...4).map { [.paragraph(Paragraph(text: "Evidence item \($0) of page \(page)"))] })))
            if page % 2 == 0 {
                blocks.append(.table(Table(
                    columns: [TableColumn(weight: 3), TableColumn(), TableColumn(), TableColumn()],
                    headerRows: [TableRow(cells: ["Unit", "Hours", "ECVET", "Level"].map { TableCell(text: $0) })],
                    bodyRows: (1...20).map { row in TableRow(cells: ["Unit \(row) digital resources", "\(row * 2)", "1.5", "B1"].map { TableCell(text: $0) }) },
                    caption: [.text("Table \(page / 2)")])))
            }
        }
        return Document(metadata: Metadata(title: "Manual", language: "en"), blocks: blocks)
    }

    func testWritingSpeedOfManuals() throws {
        guard ProcessInfo.processInfo.environment["DOCX_BENCHMARK"] == "1" else { throw XCTSkip("set DOCX_BENCHMARK=1 to run the DOCX benchmark") }
        for pages in [60, 600] {
            let document = Self.manual(pages: pages)
            var timings: [Double] = []
            var size = 0
            for _ in 0..<5 {
                let start = ContinuousClock.now
                size = try DOCXWriter().write(document, options: WriterOptions()).count
                let elapsed = ContinuousClock.now - start
                timings.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
            }
            timings.sort()
            print("DOCX benchmark: \(pages) pages, \(size) bytes, median \(timings[2]) ms, min \(timings[0]) ms")
        }
    }
}
