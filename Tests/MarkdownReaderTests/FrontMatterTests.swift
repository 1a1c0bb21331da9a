import DocumentTree
import MarkdownReader
import XCTest

final class FrontMatterTests: XCTestCase {
    func testFrontMatterFillsMetadataAndTitleBlockAndTableOfContents() {
        let result = read("""
            ---
            title: Manuel de certification
            subtitle: D5
            author: [Ana Popescu, João Silva]
            lang: fr
            date: 2027-06-30
            description: Règles de certification
            keywords: ECVET, EQF
            toc: true
            ---
            # Introduction
            """)
        XCTAssertEqual(result.warnings, [])
        XCTAssertEqual(result.document.metadata, Metadata(
            title: "Manuel de certification", subtitle: "D5", authors: ["Ana Popescu", "João Silva"], language: "fr",
            date: "2027-06-30", description: "Règles de certification", keywords: ["ECVET", "EQF"]))
        XCTAssertEqual(result.document.sections[0].blocks, [
            .paragraph(Paragraph(text: "Manuel de certification", style: "Title")),
            .paragraph(Paragraph(text: "D5", style: "Subtitle")),
            .paragraph(Paragraph(text: "Ana Popescu, João Silva", style: "CoverMeta")),
            .paragraph(Paragraph(text: "2027-06-30", style: "CoverMeta")),
            .tableOfContents(TableOfContents(title: "Table des matières")),
            .heading(Heading(level: 1, content: [.text("Introduction")], id: "introduction")),
        ])
    }

    func testTocTakesTheBooleanWordsOfYAMLInThreeCasesButNotQuoted() {
        func hasTableOfContents(_ value: String) -> (Bool, [String]) {
            let result = read("---\ntitle: T\ntoc: \(value)\n---\nText")
            let toc = result.document.sections[0].blocks.contains { if case .tableOfContents = $0 { true } else { false } }
            return (toc, result.warnings.map(\.message))
        }
        for word in ["true", "True", "TRUE", "yes", "Yes", "on", "ON"] {
            XCTAssertEqual(hasTableOfContents(word).0, true, word)
            XCTAssertEqual(hasTableOfContents(word).1, [], word)
        }
        for word in ["false", "False", "NO", "off"] {
            XCTAssertEqual(hasTableOfContents(word).0, false, word)
            XCTAssertEqual(hasTableOfContents(word).1, [], word)
        }
        XCTAssertEqual(hasTableOfContents("!!bool TrUe").0, true)
        for value in ["\"true\"", "'yes'", "tRUE", "1", "[true]"] {
            XCTAssertEqual(hasTableOfContents(value).0, false, value)
            XCTAssertEqual(hasTableOfContents(value).1, ["front matter key 'toc' takes true or false"], value)
        }
    }

    func testWithoutFrontMatterTheFirstLevelOneHeadingIsTheTitle() {
        let result = read("Intro\n\n# The real title\n\n# Another")
        XCTAssertEqual(result.document.metadata.title, "The real title")
        XCTAssertEqual(result.document.metadata.language, "en")
    }

    func testWithoutAnyTitleTheFallbackIsUsed() {
        XCTAssertEqual(read("Just text").document.metadata.title, "Fallback")
    }

    func testUnknownFrontMatterKeyIsWarnedWithHintAtItsLine() {
        assertWarnings("""
            ---
            title: T
            autor: Someone
            ---
            Text
            """, ["3:1: unknown front matter key 'autor' ignored (did you mean 'author'?)"])
    }

    func testBrokenFrontMatterYAMLIsWarnedAndTheBodyStillRead() {
        let result = read("---\ntitle: [unclosed\n---\nBody text")
        XCTAssertEqual(result.document.sections[0].blocks, [paragraph("Body text")])
        XCTAssertEqual(result.warnings.count, 1)
        XCTAssertTrue(result.warnings[0].message.hasPrefix("front matter is not valid YAML and was ignored"), "\(result.warnings)")
    }

    func testLineNumbersAfterFrontMatterAreThoseOfTheFile() {
        assertWarnings("---\ntitle: T\n---\n\n<div>x</div>", ["5:1: raw HTML block dropped (write Markdown instead)"])
    }

    func testFrontMatterWithCRLFLineEndsIsRead() {
        let result = read("---\r\ntitle: Windows\r\n---\r\nBody\r\n")
        XCTAssertEqual(result.document.metadata.title, "Windows")
        XCTAssertEqual(result.document.sections[0].blocks, [.paragraph(Paragraph(text: "Windows", style: "Title")), paragraph("Body")])
    }
}
