import DocumentTree
import MarkdownReader
import XCTest

final class FootnoteTests: XCTestCase {
    func testFootnotesSitAtTheirReferencesInReferenceOrder() {
        assertReads("""
            Second defined first[^b], then[^a].

            [^a]: Note *a*.
            [^b]: Note b.

                  With a second paragraph.
            """, as: [
                paragraph(
                    .text("Second defined first"),
                    .footnote([paragraph("Note b."), paragraph("With a second paragraph.")]),
                    .text(", then"),
                    .footnote([paragraph(.text("Note "), .emphasis([.text("a")]), .text("."))]),
                    .text(".")),
            ])
    }

    func testUnreferencedFootnoteDefinitionLeavesNoTrace() {
        assertReads("""
            Text.

            [^unused]: Never referenced.
            """, as: [paragraph("Text.")])
    }

    func testReferenceWithoutDefinitionStaysText() {
        assertReads("Text[^missing].", as: [paragraph("Text[^missing].")])
    }

    func testFootnoteReferencedTwiceAppearsAtBothReferences() {
        assertReads("""
            One[^n] two[^n].

            [^n]: Shared.
            """, as: [
                paragraph(.text("One"), .footnote([paragraph("Shared.")]), .text(" two"), .footnote([paragraph("Shared.")]), .text(".")),
            ])
    }
}
