import DocumentTree
import DocumentWriters
import Foundation
import XCTest

/// Speed of the HTML writer on a manual the size of the one pandoc needs 0.69 s for.
///
/// A benchmark, not a timed unit test: it runs only with `HTML_BENCHMARK=1`, and is meant for a
/// release build: `HTML_BENCHMARK=1 swift test -c release --filter HTMLWriterBenchmarkTests`.
final class HTMLWriterBenchmarkTests: XCTestCase {
    /// About 60 A4 pages: 30 chapters, each with prose, a list and a 12-row table.
    static func manual(scale: Int) -> Document {
        let sentence = "Validation of non-formal learning identifies, documents, assesses and certifies what a person has learnt. "
        var blocks: [Block] = [.tableOfContents(TableOfContents(title: "Contents"))]
        for chapter in 1...(30 * scale) {
            blocks.append(.heading(Heading(level: 1, content: [.text("Chapter \(chapter): recognition of learning outcomes")])))
            for part in 1...3 {
                blocks.append(.heading(Heading(level: 2, content: [.text("Part \(chapter).\(part)")])))
                for _ in 0..<4 {
                    blocks.append(.paragraph(Paragraph([
                        .text(String(repeating: sentence, count: 2)), .strong([.text("EQF level 5")]), .text(" and "),
                        .emphasis([.text("ECVET points")]), .text(". "), .link(Link(target: .external("https://europa.eu"), content: [.text("Europass")])),
                        .text(" " + sentence),
                    ])))
                }
            }
            blocks.append(.list(List(kind: .bullet, items: (1...5).map { [.paragraph(Paragraph(text: "Evidence item \($0): " + sentence))] })))
            blocks.append(.table(Table(
                columns: [TableColumn(weight: 3), TableColumn(), TableColumn()],
                headerRows: [TableRow(cells: [TableCell(text: "Unit"), TableCell(text: "Hours"), TableCell(text: "Points")])],
                bodyRows: (1...12).map { TableRow(cells: [TableCell(text: "Unit \($0) of chapter \(chapter)"), TableCell(text: "\($0 * 2)"), TableCell(text: "\($0)")]) },
                caption: [.text("Units of chapter \(chapter)")])))
        }
        return Document(metadata: Metadata(title: "Benchmark manual"), blocks: blocks)
    }

    private func medianMilliseconds(_ document: Document, runs: Int) throws -> (Double, Int) {
        let writer = HTMLWriter()
        let options = WriterOptions()
        var times: [Double] = []
        var size = 0
        for _ in 0..<runs {
            let start = ContinuousClock.now
            size = try writer.write(document, options: options).count
            let elapsed = ContinuousClock.now - start
            times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
        return (times.sorted()[runs / 2], size)
    }

    func testSixtyPageManualIsWrittenTwentyTimesFasterThanPandoc() throws {
        guard ProcessInfo.processInfo.environment["HTML_BENCHMARK"] == "1" else {
            throw XCTSkip("benchmark: run with HTML_BENCHMARK=1 swift test -c release --filter HTMLWriterBenchmarkTests")
        }
        let (small, smallSize) = try medianMilliseconds(Self.manual(scale: 1), runs: 11)
        let (large, largeSize) = try medianMilliseconds(Self.manual(scale: 10), runs: 5)
        print(String(format: "HTML benchmark: 60-page manual %.2f ms (%d bytes); 10x %.2f ms (%d bytes); ratio %.1f",
                     small, smallSize, large, largeSize, large / small))
        #if !DEBUG
        XCTAssertLessThan(small, 35, "pandoc needs 690 ms; the target is 20 times faster")
        XCTAssertLessThan(large / small, 15, "writing ten times the content should take about ten times as long")
        #endif
    }
}
