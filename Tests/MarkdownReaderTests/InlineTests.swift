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
}
