import DocumentTree
import MarkdownReader
import XCTest

/// Reads `markdown` with the given images (path → bytes) available.
func read(_ markdown: String, images: [String: [UInt8]] = [:]) -> MarkdownReader.Result {
    let reader = MarkdownReader(loadImage: { images[$0] })
    return reader.read(markdown, fallbackTitle: "Fallback")
}

/// Asserts that `markdown` reads into exactly `expected` and without warnings.
func assertReads(_ markdown: String, as expected: [Block], file: StaticString = #filePath, line: UInt = #line) {
    let result = read(markdown)
    XCTAssertEqual(result.document.sections.first?.blocks ?? [], expected, file: file, line: line)
    XCTAssertEqual(result.warnings, [], "unexpected warnings", file: file, line: line)
}

/// Asserts the warnings (as `line:column: message`) reading `markdown` gives.
func assertWarnings(_ markdown: String, images: [String: [UInt8]] = [:], _ expected: [String],
                    file: StaticString = #filePath, line: UInt = #line) {
    let result = read(markdown, images: images)
    XCTAssertEqual(result.warnings.map { "\($0.line):\($0.column): \($0.message)" }, expected, file: file, line: line)
}

func paragraph(_ inlines: Inline...) -> Block { .paragraph(Paragraph(inlines)) }
func paragraph(_ text: String) -> Block { .paragraph(Paragraph(text: text)) }
