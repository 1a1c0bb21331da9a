import DocumentTree
import DocumentWriters
import Foundation
import XCTest

/// A benchmark, not a timed test: it runs only with `ODT_BENCHMARK=1`, and means something only
/// in a release build (`ODT_BENCHMARK=1 swift test -c release --filter ODTBenchmarkTests`).
/// It prints the median time to write a 60-page manual with 30 tables (pandoc: 0.93 s) and the
/// same manual ten times larger, and the peak resident memory.
final class ODTBenchmarkTests: XCTestCase {
    /// About 60 A4 pages: 10 chapters, each with prose, a list, three tables of 12 rows.
    static func manual(chapters: Int) -> Document {
        let sentence = "Os participantes documentam as aprendizagens não formais com evidências verificáveis, "
            + "e o avaliador compara-as com os resultados de aprendizagem da unidade (EQF nível 4, 2 pontos ECVET). "
        var blocks: [Block] = [.paragraph(Paragraph(text: "Manual", style: "Title")), .tableOfContents(TableOfContents(title: "Contents"))]
        for chapter in 1...chapters {
            blocks.append(.heading(Heading(level: 1, content: [.text("Capítulo \(chapter): reconhecimento e validação")])))
            for section in 1...3 {
                blocks.append(.heading(Heading(level: 2, content: [.text("Secção \(chapter).\(section)")])))
                for _ in 0..<4 {
                    blocks.append(.paragraph(Paragraph([.text(sentence + sentence), .strong([.text("Importante:")]),
                                                        .text(" " + sentence), .emphasis([.text("ver anexo")]),
                                                        .footnote([.paragraph(Paragraph(text: "Nota de rodapé."))])])))
                }
                blocks.append(.list(List(kind: .bullet, items: (1...5).map { [.paragraph(Paragraph(text: "Ponto \($0): " + sentence))] })))
                let rows = (1...12).map { row in
                    TableRow(cells: [TableCell(text: "U\(row) Comunicação digital"), TableCell(text: "\(row * 3)"),
                                     TableCell(text: "\(row % 4 + 1)"), TableCell(text: sentence)])
                }
                blocks.append(.table(Table(columns: [TableColumn(weight: 2), TableColumn(weight: 1), TableColumn(weight: 1), TableColumn(weight: 4)],
                                           headerRows: [TableRow(cells: ["Unidade", "Horas", "ECVET", "Descrição"].map { TableCell(text: $0) })],
                                           bodyRows: rows)))
            }
        }
        return Document(metadata: Metadata(title: "Benchmark manual", language: "pt"), blocks: blocks)
    }

    private func medianMilliseconds(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return times.sorted()[times.count / 2]
    }

    func testWritingSpeedOfAManual() throws {
        guard ProcessInfo.processInfo.environment["ODT_BENCHMARK"] == "1" else {
            throw XCTSkip("benchmark: set ODT_BENCHMARK=1 and build in release to run it")
        }
        for (label, chapters, runs) in [("60 pages, 30 tables", 10, 9), ("600 pages, 300 tables", 100, 3)] {
            let document = Self.manual(chapters: chapters)
            var size = 0
            let milliseconds = try medianMilliseconds(runs: runs) {
                size = try ODTWriter().write(document, options: WriterOptions()).count
            }
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            print("ODT benchmark \(label): median \(milliseconds) ms, \(size) bytes, peak RSS \(usage.ru_maxrss / 1024) MB")
        }
    }
}
