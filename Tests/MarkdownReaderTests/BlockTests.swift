import DocumentTree
import MarkdownReader
import XCTest

final class BlockTests: XCTestCase {
    func testHeadingsGetLevelsAndDerivedIDs() {
        assertReads("""
            # Learning outcomes
            ## Part 2
            ### Évaluation finale
            """, as: [
                .heading(Heading(level: 1, content: [.text("Learning outcomes")], id: "learning-outcomes")),
                .heading(Heading(level: 2, content: [.text("Part 2")], id: "part-2")),
                .heading(Heading(level: 3, content: [.text("Évaluation finale")], id: "evaluation-finale")),
            ])
    }

    func testHeadingWithCustomIDKeepsItAndLosesTheMarker() {
        assertReads("## Assessment rubric {#rubric}", as: [
            .heading(Heading(level: 2, content: [.text("Assessment rubric")], id: "rubric")),
        ])
    }

    func testHeadingWithInvalidCustomIDIsWarnedAndKeptAsText() {
        assertWarnings("# Title {#1bad}", [
            "1:1: heading id '{#1bad}' must start with a letter and hold only letters, digits, '-' and '_'; kept as text",
        ])
    }

    func testParagraphsJoinSoftBreaksWithASpaceAndKeepHardBreaks() {
        assertReads("""
            First line
            same paragraph\\
            after a hard break

            Second paragraph
            """, as: [
                paragraph(.text("First line same paragraph"), .lineBreak, .text("after a hard break")),
                paragraph("Second paragraph"),
            ])
    }

    func testTightBulletListAndLooseOrderedListWithStart() {
        assertReads("""
            - one
            - two
              - nested

            3. three

            4. four
            """, as: [
                .list(List(kind: .bullet, items: [
                    [paragraph("one")],
                    [paragraph("two"), .list(List(kind: .bullet, items: [[paragraph("nested")]]))],
                ], isTight: true)),
                .list(List(kind: .ordered(start: 3), items: [[paragraph("three")], [paragraph("four")]], isTight: false)),
            ])
    }

    func testTaskListItemsStartWithCheckBoxes() {
        assertReads("""
            - [ ] bring the attendance sheets
            - [x] book the room
            """, as: [
                .list(List(kind: .bullet, items: [
                    [paragraph(.checkbox(checked: false), .text(" bring the attendance sheets"))],
                    [paragraph(.checkbox(checked: true), .text(" book the room"))],
                ])),
            ])
    }

    func testBlockQuoteCodeBlockAndThematicBreak() {
        assertReads("""
            > Quoted *text*

            ```swift
            let x = 1
            ```

                indented code

            ---
            """, as: [
                .blockQuote([paragraph(.text("Quoted "), .emphasis([.text("text")]))]),
                .codeBlock(CodeBlock(text: "let x = 1", language: "swift")),
                .codeBlock(CodeBlock(text: "indented code")),
                .horizontalRule,
            ])
    }

    func testPageBreakMarkersBecomePageBreaks() {
        assertReads("""
            Before

            \\pagebreak

            Middle

            <!-- pagebreak -->

            After
            """, as: [paragraph("Before"), .pageBreak, paragraph("Middle"), .pageBreak, paragraph("After")])
    }

    func testTableOfContentsMarkersBecomeATableOfContents() {
        assertReads("""
            [[toc]]

            <!-- toc -->
            """, as: [
                .tableOfContents(TableOfContents(title: "Contents")),
                .tableOfContents(TableOfContents(title: "Contents")),
            ])
    }

    func testHTMLCommentsAreDroppedSilently() {
        assertReads("""
            <!-- a note for editors -->

            Text
            """, as: [paragraph("Text")])
    }

    func testRawHTMLBlockIsDroppedWithAWarning() {
        assertWarnings("""
            Intro

            <div class="box">
            boxed
            </div>
            """, ["3:1: raw HTML block dropped (write Markdown instead)"])
    }
}
