import DocumentTree
import MarkdownReader
import XCTest

final class InlineTests: XCTestCase {
    func testEmphasisStrongStrikethroughAndCode() {
        assertReads("*a* **b** ~~c~~ `d`", as: [
            paragraph(.emphasis([.text("a")]), .text(" "), .strong([.text("b")]), .text(" "),
                      .strikethrough([.text("c")]), .text(" "), .code("d")),
        ])
    }

    func testSmartQuotesAndDashes() {
        assertReads("\"Quoted\" -- it's", as: [paragraph("“Quoted” – it’s")])
    }

    func testExternalLinkKeepsURLAndTitle() {
        assertReads("[EQF](https://europa.eu/europass \"Europass\")", as: [
            paragraph(.link(Link(target: .external("https://europa.eu/europass"), content: [.text("EQF")], title: "Europass"))),
        ])
    }

    func testAutolinkBecomesExternalLink() {
        assertReads("See https://example.org now", as: [
            paragraph(.text("See "), .link(Link(target: .external("https://example.org"), content: [.text("https://example.org")])),
                      .text(" now")),
        ])
    }

    func testLinkToAHeadingBecomesInternalLink() {
        assertReads("""
            # Scope

            See [the scope](#scope).
            """, as: [
                .heading(Heading(level: 1, content: [.text("Scope")], id: "scope")),
                paragraph(.text("See "), .link(Link(target: .internal(anchor: "scope"), content: [.text("the scope")])), .text(".")),
            ])
    }

    func testInternalLinkToUnknownHeadingIsWarnedWithHint() {
        assertWarnings("""
            # Scope

            See [the scope](#scop).
            """, ["3:5: internal link to '#scop' matches no heading (did you mean '#scope'?)"])
    }

    func testInlineBreakTagBecomesLineBreakAndOtherHTMLIsDroppedWithWarning() {
        let result = read("one<br>two <span>three</span>")
        XCTAssertEqual(result.document.sections[0].blocks, [paragraph(.text("one"), .lineBreak, .text("two three"))])
        XCTAssertEqual(result.warnings.map(\.message), ["raw HTML '<span>' dropped", "raw HTML '</span>' dropped"])
    }

    func testControlCharactersAreDroppedWithAWarningAtTheirPosition() {
        let result = read("Line one\nab\u{7}c\u{1B}d")
        XCTAssertEqual(result.document.sections[0].blocks, [paragraph("Line one abcd")])
        XCTAssertEqual(result.warnings.map(\.description), [
            "2:3: warning: control character U+0007 dropped",
            "2:5: warning: control character U+001B dropped",
        ])
    }

    func testEveryControlIsFoundWhereverItFallsInTheTextAndCleanTextIsKept() {
        // The text is scanned eight bytes at a time: a control at every offset, and a C1 control
        // whose lead byte C2 ends one group of eight and whose second byte starts the next.
        for control in ["\u{1}", "\u{7F}", "\u{85}", "\u{9F}"] {
            for offset in 0..<20 {
                let text = String(repeating: "é", count: offset / 2) + String(repeating: "a", count: offset % 2) + control + "tail text"
                XCTAssertEqual(read(text).warnings.count, 1, "\(control.unicodeScalars.first?.value ?? 0) after \(offset) bytes")
            }
        }
        for clean in ["abcdefg\u{A0}xyz", "«\u{A0}citation\u{A0}» – fin\n\tsuite\r\n", String(repeating: "é", count: 40)] {
            XCTAssertEqual(read(clean).warnings, [], clean.debugDescription)
        }
    }
}
