import DocumentTree

/// Writes blocks and inlines of the document tree as ODF text markup into an `XMLWriter`.
///
/// One instance writes the body of `content.xml`; another writes the running headers and footers
/// of `styles.xml`. Each registers the automatic styles it needs in its own `ODFAutomaticStyles`,
/// so the part can write them before the markup that uses them.
final class ODFBodyWriter {
    let xml: XMLWriter
    let automaticStyles: ODFAutomaticStyles
    let pictures: ODFPictureStore
    let catalog: ODFStyleCatalog
    /// Headings listed by a table of contents.
    let document: Document
    /// `draw:name` prefix of frames, unique per part.
    let frameNamePrefix: String

    /// Width that a table or image may take where the writer is now (section text width, or a cell's).
    var availableWidth: Length
    var footnoteCount = 0
    var tableCount = 0
    var frameCount = 0
    var tableOfContentsCount = 0
    /// Set at a section start: the next paragraph or table starts the section's master page.
    var pendingMasterPage: String?
    /// Set by a page break: the next paragraph or table starts a new page.
    var pendingPageBreak = false
    var isInsideLink = false
    var isInsideNote = false

    /// How blocks are written where they are.
    struct Context {
        /// The paragraph style of paragraphs that name none.
        var paragraphStyle: String
        /// Alignment of paragraphs that set none (a table column's).
        var alignment: Alignment?
        /// Whether a pending page or master-page break may be taken here (not in cells or notes).
        var canBreak: Bool
        /// ODF lists hold only paragraphs, headings and lists.
        var isInList = false
        /// Footnotes are left out of running headers and footers and of table-of-contents entries.
        var allowsFootnotes: Bool
        /// Nesting depth of lists, for the tight-list style.
        var listDepth = 0
    }

    init(xml: XMLWriter, automaticStyles: ODFAutomaticStyles, pictures: ODFPictureStore, catalog: ODFStyleCatalog,
         document: Document, availableWidth: Length, frameNamePrefix: String) {
        self.xml = xml
        self.automaticStyles = automaticStyles
        self.pictures = pictures
        self.catalog = catalog
        self.document = document
        self.availableWidth = availableWidth
        self.frameNamePrefix = frameNamePrefix
    }

    /// The context of a section's top level.
    var bodyContext: Context {
        Context(paragraphStyle: catalog.normal, alignment: nil, canBreak: true, allowsFootnotes: true)
    }

    // MARK: Blocks

    func writeBlocks(_ blocks: [Block], context: Context) {
        for block in blocks { writeBlock(block, context: context) }
    }

    func writeBlock(_ block: Block, context: Context) {
        switch block {
        case .heading(let heading):
            writeHeading(heading, context: context)
        case .paragraph(let paragraph):
            let base = catalog.paragraphStyle(paragraph.style) ?? context.paragraphStyle
            writeParagraph(paragraph.content, base: base, alignment: paragraph.alignment ?? context.alignment,
                           keepWithNext: paragraph.keepWithNext, context: context)
        case .list(let list):
            writeList(list, context: context)
        case .table(let table):
            if context.isInList {
                writeTableAsParagraphs(table, context: context)
            } else {
                writeTable(table, context: context)
            }
        case .figure(let figure):
            writeFigure(figure, context: context)
        case .tableOfContents(let toc):
            if !context.isInList { writeTableOfContents(toc, context: context) }
        case .blockQuote(let inner):
            var quoted = context
            quoted.paragraphStyle = catalog.paragraphStyle("Quote") ?? context.paragraphStyle
            writeBlocks(inner, context: quoted)
        case .codeBlock(let code):
            writeCodeBlock(code, context: context)
        case .horizontalRule:
            xml.start(constant: "text:p")
            xml.attribute(constant: "text:style-name", paragraphStyleName(base: ODFStyleCatalog.horizontalRule, alignment: nil,
                                                                keepWithNext: false, rightToLeft: false, context: context))
            xml.end()
        case .pageBreak:
            if context.canBreak { pendingPageBreak = true }
        }
    }

    /// The style a paragraph gets: its named style, or an automatic one when the place adds an
    /// alignment, keep-with-next, a page break, a master page or right-to-left direction.
    func paragraphStyleName(base: String, alignment: Alignment?, keepWithNext: Bool, rightToLeft: Bool,
                            context: Context) -> String {
        var style = ODFAutomaticStyle.Paragraph(parent: base, alignment: alignment, keepWithNext: keepWithNext,
                                                rightToLeft: rightToLeft)
        if context.canBreak {
            style.masterPage = pendingMasterPage
            style.breakBefore = pendingPageBreak && pendingMasterPage == nil
            pendingMasterPage = nil
            pendingPageBreak = false
        }
        if style.alignment == nil, !style.keepWithNext, !style.breakBefore, style.masterPage == nil, !style.rightToLeft {
            return base
        }
        return automaticStyles.name(.paragraph(style))
    }

    func writeHeading(_ heading: Heading, context: Context) {
        let styleName = paragraphStyleName(base: catalog.headingStyle(level: heading.level), alignment: nil,
                                           keepWithNext: false, rightToLeft: ODFDirection.isRightToLeft(heading.content),
                                           context: context)
        xml.start(constant: "text:h")
        xml.attribute(constant: "text:style-name", styleName)
        xml.attribute(constant: "text:outline-level", number: heading.level)
        if let id = heading.id {
            xml.start(constant: "text:bookmark")
            xml.attribute(constant: "text:name", id)
            xml.end()
        }
        writeInlines(heading.content, context: context)
        xml.end()
    }

    func writeParagraph(_ content: [Inline], base: String, alignment: Alignment?, keepWithNext: Bool, context: Context) {
        let styleName = paragraphStyleName(base: base, alignment: alignment, keepWithNext: keepWithNext,
                                           rightToLeft: ODFDirection.isRightToLeft(content), context: context)
        xml.start(constant: "text:p")
        xml.attribute(constant: "text:style-name", styleName)
        writeInlines(content, context: context)
        xml.end()
    }

    func writeList(_ list: List, context: Context) {
        xml.start(constant: "text:list")
        switch list.kind {
        case .bullet: xml.attribute(constant: "text:style-name", ODFStyleCatalog.bulletList)
        case .ordered: xml.attribute(constant: "text:style-name", ODFStyleCatalog.numberedList)
        }
        var inner = context
        inner.isInList = true
        inner.listDepth += 1
        if list.isTight, inner.paragraphStyle == catalog.normal { inner.paragraphStyle = ODFStyleCatalog.tightListItem }
        for (index, item) in list.items.enumerated() {
            xml.start(constant: "text:list-item")
            if index == 0, case .ordered(let start) = list.kind, start != 1 {
                xml.attribute(constant: "text:start-value", String(max(start, 0)))
            }
            if item.isEmpty {
                xml.start(constant: "text:p")
                xml.attribute(constant: "text:style-name", inner.paragraphStyle)
                xml.end()
            } else {
                writeBlocks(item, context: inner)
            }
            xml.end()
        }
        xml.end()
    }

    func writeFigure(_ figure: Figure, context: Context) {
        let styleName = paragraphStyleName(base: ODFStyleCatalog.figure, alignment: figure.alignment,
                                           keepWithNext: !figure.caption.isEmpty, rightToLeft: false, context: context)
        xml.start(constant: "text:p")
        xml.attribute(constant: "text:style-name", styleName)
        writeImage(figure.image, asCharacter: true)
        xml.end()
        if !figure.caption.isEmpty {
            writeParagraph(figure.caption, base: catalog.paragraphStyle("Caption") ?? context.paragraphStyle,
                           alignment: nil, keepWithNext: false, context: context)
        }
    }

    /// One paragraph per line, in the `Code` style, with spaces and tabs kept.
    func writeCodeBlock(_ code: CodeBlock, context: Context) {
        let base = catalog.paragraphStyle("Code") ?? context.paragraphStyle
        var lines = code.text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        for line in lines {
            let styleName = paragraphStyleName(base: base, alignment: nil, keepWithNext: false, rightToLeft: false,
                                               context: context)
            xml.start(constant: "text:p")
            xml.attribute(constant: "text:style-name", styleName)
            writePreservingSpaces(line.hasSuffix("\r") ? String(line.dropLast()) : String(line))
            xml.end()
        }
    }

    /// A table inside a list item (where ODF allows no table): one paragraph per row, cells
    /// separated by tabs, so no text is lost.
    func writeTableAsParagraphs(_ table: Table, context: Context) {
        for row in table.headerRows + table.bodyRows {
            xml.start(constant: "text:p")
            xml.attribute(constant: "text:style-name", context.paragraphStyle)
            for (index, cell) in row.cells.enumerated() {
                if index > 0 { xml.empty(constant: "text:tab") }
                writeInlines(Self.inlines(of: cell.blocks), context: context)
            }
            xml.end()
        }
    }

    /// The inline content of blocks, paragraphs joined by line breaks.
    static func inlines(of blocks: [Block]) -> [Inline] {
        var result: [Inline] = []
        for block in blocks {
            let content: [Inline]
            switch block {
            case .paragraph(let paragraph): content = paragraph.content
            case .heading(let heading): content = heading.content
            default: content = [.text([block].plainText)]
            }
            if !result.isEmpty { result.append(.lineBreak) }
            result += content
        }
        return result
    }
}

/// Decides a paragraph's direction from its first strong character (Arabic or Hebrew script
/// makes it right-to-left), the way the Unicode bidirectional algorithm picks a paragraph level.
enum ODFDirection {
    static func isRightToLeft(_ inlines: [Inline]) -> Bool {
        firstStrongDirection(inlines) ?? false
    }

    private static func firstStrongDirection(_ inlines: [Inline]) -> Bool? {
        for inline in inlines {
            let found: Bool?
            switch inline {
            case .text(let text), .code(let text): found = firstStrongDirection(text)
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .superscript(let inner),
                 .subscript(let inner), .styled(_, let inner), .formatted(_, let inner):
                found = firstStrongDirection(inner)
            case .link(let link): found = firstStrongDirection(link.content)
            default: found = nil
            }
            if let found { return found }
        }
        return nil
    }

    private static func firstStrongDirection(_ text: String) -> Bool? {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A: return false
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF: return true
            case 0...0x7F: continue
            default: if scalar.properties.isAlphabetic { return false }
            }
        }
        return nil
    }
}
