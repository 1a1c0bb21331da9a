import DocumentTree
import DocumentWriters
import Foundation
import TestSupport
import XCTest

/// What only the HTML writer does: contents, landmarks, escaping of hostile markup, notes and
/// stylesheets. (Nu checker, round trip, determinism, 10,000 rows and right-to-left text for all
/// writers: `AllWritersCorpusTests`.)
final class HTMLWriterBehaviourTests: XCTestCase {
    private let writer = HTMLWriter()

    private func page(_ document: Document, stylesheet: HTMLStylesheet = .embedded) throws -> String {
        try writer.text(document, options: WriterOptions(style: WriterFixtures.houseStyle, htmlStylesheet: stylesheet))
    }

    /// U+FDD0, U+FFFF and U+1FFFE, which Swift string literals refuse.
    static let noncharacters = String(String.UnicodeScalarView([0xFDD0, 0xFFFF, 0x1FFFE].compactMap(Unicode.Scalar.init)))

    static var hostileDocument: Document {
        let longWord = String(repeating: "Donaudampfschifffahrtsgesellschaft", count: 12)
        return Document(
            metadata: Metadata(title: "<Hostile> & \"title\" </title>", language: "not a tag!", description: "</head>"),
            blocks: [
                .heading(Heading(level: 1, content: [.text("</h1><script>alert(1)</script>")], id: "id with spaces")),
                .paragraph(Paragraph(text: "a < b & c > d ]]> </script> <!-- -->")),
                .paragraph(Paragraph(text: "bell\u{07} nul\u{00} escape\u{1B} del\u{7F} c1\u{85}\u{9F} nonchar" + noncharacters + " tab\tok")),
                .paragraph(Paragraph(text: longWord)),
                .paragraph(Paragraph(text: "العربية تكتب من اليمين إلى اليسار")),
                .paragraph(Paragraph([.link(Link(target: .external("https://example.org/<x> \"y\""), content: [.text("q")], title: "\"t\"")),
                                      .link(Link(target: .internal(anchor: "id with spaces"), content: [.text("back up")]))],
                                     style: "Weird \"style\" </style>")),
                .table(Table(columns: [TableColumn()], bodyRows: [TableRow(cells: [TableCell(text: "x", columnSpan: 5, rowSpan: 9)])])),
            ])
    }

    func testTableOfContentsIsFilledWithLinksToEveryListedHeading() throws {
        let page = try page(TestCorpus.everyNodeType)
        for (anchor, title) in [("texte", "Texte et typographie"), ("listes-imbriquees", "Listes imbriquées"),
                                ("figures-et-images", "Figures et images"), ("tableaux", "Tableaux"),
                                ("feuille-de-signature", "Feuille de signature")] {
            XCTAssertTrue(page.contains("<a href=\"#\(anchor)\">\(title)</a>"), "no contents entry for \(title)")
            XCTAssertTrue(page.contains(" id=\"\(anchor)\">\(title)<"), "no heading with id \(anchor)")
        }
        XCTAssertFalse(page.contains("<a href=\"#texte-de-droite-a-gauche\">"), "a level-4 heading is listed at depth 3")
        XCTAssertFalse(page.contains("<a href=\"#titre-de-niveau-5\">"), "a heading left out of the contents is listed")
    }

    func testPageHasLandmarksLanguageAndAccessibleImages() throws {
        let page = try page(TestCorpus.everyNodeType)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        for landmark in ["<header class=\"running-header\">", "<main id=\"content\">", "<footer class=\"running-footer\">",
                         "<nav class=\"toc\" aria-labelledby=\"toc-title\">", "<a class=\"skip-link\" href=\"#content\">"] {
            XCTAssertTrue(page.contains(landmark), "missing \(landmark)")
        }
        XCTAssertTrue(page.contains("alt=\"Project logo\""))
        XCTAssertTrue(page.contains(WriterFixtures.fundingNotice))
        XCTAssertTrue(page.contains("<section class=\"doc-section landscape\">"))
        XCTAssertTrue(page.contains("<th scope=\"col\" rowspan=\"2\">Participant</th>"))
        XCTAssertTrue(page.contains("<th scope=\"col\" colspan=\"2\" class=\"align-center\">Présence par jour</th>"))
        XCTAssertTrue(page.contains("src=\"data:image/svg+xml;base64,"))
        XCTAssertTrue(page.contains("src=\"data:image/png;base64,iVBORw0KGgo"))
        XCTAssertFalse(page.contains(" / </p>"), "the page-number line of the footer leaked into the page")
        let images = page.components(separatedBy: "<img ").dropFirst()
        XCTAssertTrue(images.allSatisfy { $0.contains(" alt=\"") }, "an image has no alt attribute")
    }

    func testHostileTextIsEscapedAndForbiddenCharactersAreDropped() throws {
        let page = try page(Self.hostileDocument)
        XCTAssertFalse(page.contains("<script>"))
        XCTAssertFalse(page.contains("</script> "))
        XCTAssertEqual(page.components(separatedBy: "</title>").count, 2, "the title closed the element early")
        XCTAssertTrue(page.contains("a &lt; b &amp; c &gt; d ]]&gt; &lt;/script&gt; &lt;!-- --&gt;"))
        XCTAssertTrue(page.contains("<html lang=\"und\">"), "an ill-formed language tag must not reach lang")
        XCTAssertTrue(page.contains("id=\"id-with-spaces\""))
        XCTAssertTrue(page.contains("href=\"#id-with-spaces\""))
        XCTAssertTrue(page.contains("href=\"https://example.org/%3Cx%3E%20%22y%22\" title=\"&quot;t&quot;\""))
        XCTAssertTrue(page.contains("<p>bell nul escape del c1 nonchar tab\tok</p>"))
        XCTAssertTrue(page.contains("<p dir=\"auto\">العربية"))
        for forbidden in [0x07, 0x00, 0x1B, 0x7F, 0x85, 0x9F, 0xFDD0, 0xFFFF, 0x1FFFE] as [UInt32] {
            XCTAssertFalse(page.unicodeScalars.contains { $0.value == forbidden }, "U+\(String(forbidden, radix: 16)) reached the page")
        }
    }

    func testFootnotesAreNumberedInOrderWithBackLinks() throws {
        let page = try page(TestCorpus.everyNodeType)
        XCTAssertTrue(page.contains("<sup class=\"footnote-ref\"><a href=\"#fn1\" id=\"fnref1\" role=\"doc-noteref\">1</a></sup>"))
        XCTAssertTrue(page.contains("<sup class=\"footnote-ref\"><a href=\"#fn2\" id=\"fnref2\" role=\"doc-noteref\">2</a></sup>"))
        XCTAssertTrue(page.contains("<section class=\"footnotes\" role=\"doc-endnotes\""))
        XCTAssertTrue(page.contains("<li id=\"fn2\">\n<p>Premier paragraphe de la note, avec <strong>du gras</strong>.</p>\n<p>Second paragraphe"))
        XCTAssertTrue(page.contains("<a class=\"footnote-back\" href=\"#fnref2\" role=\"doc-backlink\""))
    }

    func testLinkedStylesheetReplacesTheEmbeddedOne() throws {
        let page = try page(TestCorpus.everyNodeType, stylesheet: .linked(href: "assets/house style.css"))
        XCTAssertTrue(page.contains("<link rel=\"stylesheet\" href=\"assets/house%20style.css\">"))
        XCTAssertFalse(page.contains("<style>"))
    }
}
