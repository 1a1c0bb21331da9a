import DocumentTree
import Foundation
import MarkdownReader
import XCTest

/// The benchmark's sample manual reads completely: every table, footnote and internal link.
final class SampleManualTests: XCTestCase {
    func testSampleManualReadsWithoutWarningsAndKeepsEveryTableAndFootnote() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let result = try MarkdownReader.read(fileAt: root.appendingPathComponent("Benchmarks/sample-manual.md").path)
        XCTAssertEqual(result.warnings, [])
        let blocks = result.document.sections[0].blocks
        var tables = 0, footnotes = 0, headings = 0, tablesOfContents = 0
        func countInlines(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .footnote: footnotes += 1
                case .emphasis(let inner), .strong(let inner): countInlines(inner)
                default: break
                }
            }
        }
        for block in blocks {
            switch block {
            case .table(let table):
                tables += 1
                XCTAssertEqual(table.columns.count, 6)
                XCTAssertEqual(table.bodyRows.count, 20)
                XCTAssertEqual(table.columns.map(\.alignment), [.start, .start, .start, .end, .center, .start])
            case .heading: headings += 1
            case .tableOfContents: tablesOfContents += 1
            case .paragraph(let paragraph): countInlines(paragraph.content)
            default: break
            }
        }
        XCTAssertEqual(tables, 30)
        XCTAssertEqual(footnotes, 48)
        XCTAssertEqual(headings, 6 + 48)
        XCTAssertEqual(tablesOfContents, 1)
        XCTAssertEqual(result.document.metadata.authors, ["Ana Popescu", "João Silva", "Élodie Martin"])
    }
}
