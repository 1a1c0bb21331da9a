import DocumentTree

/// Writes blocks and inlines as WordprocessingML into one part: the main document, the
/// footnotes, or a header or footer (pandoc's `Docx/OpenXML.hs`).
///
/// Streams straight into its `XMLWriter`; relationships (links, images) go to the part's own
/// `WordRelationships`, and footnotes met in the main document go to the footnotes part.
final class WordDocumentWriter {
    enum PartKind {
        case document, footnotes, headerOrFooter
    }

    let xml: XMLWriter
    let relationships: WordRelationships
    let state: WordPackageState
    let kind: PartKind
    /// Where footnote references of the main document put their notes.
    private var footnotesPart: WordDocumentWriter?
    private(set) var footnoteCount = 0

    /// Consumed by the next paragraph written: the list numbering of a list item's first paragraph.
    private var pendingNumbering: (numID: Int, level: Int)?
    /// Consumed by the next paragraph written: the `w:footnoteRef` mark opening a footnote.
    private var pendingFootnoteMark = false

    init(xml: XMLWriter, relationships: WordRelationships, state: WordPackageState, kind: PartKind) {
        self.xml = xml
        self.relationships = relationships
        self.state = state
        self.kind = kind
    }

    /// The footnotes part writer, created with its frame on first use.
    func attachFootnotes(_ writer: WordDocumentWriter) { footnotesPart = writer }

    // MARK: Blocks

    func writeBlocks(_ blocks: [Block], _ context: BlockContext) {
        for (index, block) in blocks.enumerated() {
            var blockContext = context
            if context.compactUnlessLast, index < blocks.count - 1 { blockContext.compact = true }
            blockContext.compactUnlessLast = false
            writeBlock(block, blockContext)
        }
    }

    func writeBlock(_ block: Block, _ context: BlockContext) {
        switch block {
        case .heading(let heading):
            writeHeading(heading, context)
        case .paragraph(let paragraph):
            writeParagraph(paragraph.content, properties: ParagraphProperties(
                style: paragraph.style ?? context.paragraphStyle, alignment: paragraph.alignment ?? context.alignment,
                keepWithNext: paragraph.keepWithNext), context)
        case .list(let list):
            writeList(list, context)
        case .table(let table):
            writeTable(table, context)
        case .figure(let figure):
            writeFigure(figure, context)
        case .tableOfContents(let toc):
            writeTableOfContents(toc, context)
        case .blockQuote(let blocks):
            var inner = context
            if inner.paragraphStyle == nil { inner.paragraphStyle = "Quote" }
            writeBlocks(blocks, inner)
        case .codeBlock(let code):
            writeCodeBlock(code, context)
        case .horizontalRule:
            writeParagraph([], properties: ParagraphProperties(style: context.paragraphStyle, bottomBorder: true), context)
        case .pageBreak:
            xml.element("w:p") {
                writeParagraphProperties(ParagraphProperties(), context)
                xml.element("w:r") { xml.empty("w:br", ["w:type": "page"]) }
            }
        }
    }

    private func writeHeading(_ heading: Heading, _ context: BlockContext) {
        xml.start(constant: "w:p")
        writeParagraphProperties(ParagraphProperties(style: "Heading\(heading.level)"), context)
        var bookmark: Int?
        if let id = heading.id {
            let bookmarkID = state.bookmarkID()
            xml.start(constant: "w:bookmarkStart")
            xml.attribute(constant: "w:id", number: bookmarkID)
            xml.attribute(constant: "w:name", id)
            xml.end()
            bookmark = bookmarkID
        }
        writeInlines(heading.content, RunFormat(), context)
        if let bookmark { xml.empty(constant: "w:bookmarkEnd", "w:id", number: bookmark) }
        xml.end()
    }

    /// One `w:p` with its properties and runs.
    func writeParagraph(_ content: [Inline], properties: ParagraphProperties, _ context: BlockContext,
                        sectionProperties: (() -> Void)? = nil) {
        xml.start(constant: "w:p")
        writeParagraphProperties(properties, context, sectionProperties: sectionProperties)
        writeInlines(content, context.runFormat, context)
        xml.end()
    }

    /// `w:pPr` in schema order; takes pending list numbering and footnote marks. Writes nothing
    /// when there is nothing to say.
    func writeParagraphProperties(_ properties: ParagraphProperties, _ context: BlockContext, sectionProperties: (() -> Void)? = nil) {
        let numbering = pendingNumbering
        pendingNumbering = nil
        let styleID = properties.style.map { state.paragraphStyleID($0) }
        let indent = numbering == nil ? context.continuationIndent : nil
        // An alignment the paragraph's style already has is left out (table cells of a
        // left-aligned column: most of the cells of a manual).
        var alignment = properties.alignment
        if let wanted = alignment, wanted == state.alignment(ofParagraphStyle: properties.style) { alignment = nil }
        let hasProperties = (styleID != nil && styleID != "Normal") || properties.keepWithNext || numbering != nil
            || properties.bottomBorder || context.compact || indent != nil || alignment != nil
            || sectionProperties != nil
        if hasProperties {
            xml.start(constant: "w:pPr")
            if let styleID, styleID != "Normal" { xml.empty(constant: "w:pStyle", "w:val", styleID) }
            if properties.keepWithNext { xml.empty(constant: "w:keepNext") }
            if let numbering {
                xml.start(constant: "w:numPr")
                xml.empty(constant: "w:ilvl", "w:val", number: numbering.level)
                xml.empty(constant: "w:numId", "w:val", number: numbering.numID)
                xml.end()
            }
            if properties.bottomBorder {
                xml.markup("<w:pBdr>")
                xml.start(constant: "w:bottom")
                xml.attribute(constant: "w:val", "single")
                xml.attribute(constant: "w:sz", "6")
                xml.attribute(constant: "w:space", "1")
                xml.attribute(constant: "w:color", color: state.style.table.border)
                xml.end()
                xml.markup("</w:pBdr>")
            }
            if context.compact { xml.markup("<w:spacing w:after=\"0\"/>") }
            if let indent { xml.empty(constant: "w:ind", "w:left", number: indent) }
            if let alignment { xml.empty(constant: "w:jc", "w:val", WordStyleID.justification(alignment)) }
            sectionProperties?()
            xml.end()
        }
        if pendingFootnoteMark {
            pendingFootnoteMark = false
            xml.start(constant: "w:r")
            xml.start(constant: "w:rPr")
            xml.empty(constant: "w:rStyle", "w:val", WordStyleID.footnoteReference)
            xml.end()
            xml.empty(constant: "w:footnoteRef")
            xml.end()
            xml.markup("<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>")
        }
    }

    private func writeList(_ list: List, _ context: BlockContext) {
        let level = min(context.listLevel + 1, 8)
        let numID = state.numbering.addList(list.kind, level: level)
        for (index, item) in list.items.enumerated() {
            var itemContext = context
            itemContext.listLevel = level
            itemContext.continuationIndent = state.numbering.textIndent(level: level)
            let isLastItem = index == list.items.count - 1
            if list.isTight {
                if isLastItem { itemContext.compactUnlessLast = true } else { itemContext.compact = true }
            }
            pendingNumbering = (numID, level)
            if case .paragraph = item.first {} else {
                // A list item that does not open with a paragraph still gets its number.
                writeParagraph([], properties: ParagraphProperties(style: context.paragraphStyle), itemContext)
            }
            writeBlocks(item, itemContext)
            pendingNumbering = nil
        }
    }

    private func writeCodeBlock(_ code: CodeBlock, _ context: BlockContext) {
        xml.start(constant: "w:p")
        writeParagraphProperties(ParagraphProperties(style: "Code"), context)
        var lines = code.text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for (index, line) in lines.enumerated() {
            xml.start(constant: "w:r")
            if index > 0 { xml.empty(constant: "w:br") }
            writeTextContent(String(line))
            xml.end()
        }
        xml.end()
    }

    private func writeTableOfContents(_ toc: TableOfContents, _ context: BlockContext) {
        let depth = min(max(toc.depth, 1), 3)
        if !toc.title.isEmpty {
            writeParagraph([.text(toc.title)], properties: ParagraphProperties(style: "TOCHeading"), context)
        }
        let entries = state.documentOutline(depth: depth)
        let beginField = {
            self.xml.element("w:r") { self.xml.empty("w:fldChar", ["w:fldCharType": "begin"]) }
            self.xml.element("w:r") {
                self.xml.element("w:instrText", ["xml:space": "preserve"], text: " TOC \\o \"1-\(depth)\" \\h \\z \\u ")
            }
            self.xml.element("w:r") { self.xml.empty("w:fldChar", ["w:fldCharType": "separate"]) }
        }
        let endField = {
            self.xml.element("w:r") { self.xml.empty("w:fldChar", ["w:fldCharType": "end"]) }
        }
        if entries.isEmpty {
            xml.element("w:p") {
                writeParagraphProperties(ParagraphProperties(style: "TOC1"), context)
                beginField()
                endField()
            }
            return
        }
        for (index, entry) in entries.enumerated() {
            xml.start(constant: "w:p")
            writeParagraphProperties(ParagraphProperties(style: "TOC\(min(entry.level, 3))"), context)
            if index == 0 { beginField() }
            xml.element("w:hyperlink", ["w:anchor": entry.anchor, "w:history": "1"]) {
                writeInlines(entry.title.removingNotes, RunFormat(), context, insideLink: true)
            }
            if index == entries.count - 1 { endField() }
            xml.end()
        }
    }

    // MARK: Inlines

    func writeInlines(_ inlines: [Inline], _ format: RunFormat, _ context: BlockContext, insideLink: Bool = false) {
        for inline in inlines {
            writeInline(inline, format, context, insideLink: insideLink)
        }
    }

    private func writeInline(_ inline: Inline, _ format: RunFormat, _ context: BlockContext, insideLink: Bool) {
        switch inline {
        case .text(let text):
            writeTextRun(text, format)
        case .emphasis(let inner):
            var inner2 = format
            inner2.italic = !(format.italic ?? false)
            writeInlines(inner, inner2, context, insideLink: insideLink)
        case .strong(let inner):
            var inner2 = format
            inner2.bold = true
            writeInlines(inner, inner2, context, insideLink: insideLink)
        case .strikethrough(let inner):
            var inner2 = format
            inner2.strike = true
            writeInlines(inner, inner2, context, insideLink: insideLink)
        case .superscript(let inner):
            var inner2 = format
            inner2.verticalAlignment = "superscript"
            writeInlines(inner, inner2, context, insideLink: insideLink)
        case .subscript(let inner):
            var inner2 = format
            inner2.verticalAlignment = "subscript"
            writeInlines(inner, inner2, context, insideLink: insideLink)
        case .code(let text):
            var inner2 = format
            inner2.characterStyle = state.characterStyleID("Code")
            if inner2.characterStyle == nil { inner2.font = state.style.fonts.monospace }
            writeTextRun(text, inner2)
        case .link(let link):
            writeLink(link, format, context, insideLink: insideLink)
        case .footnote(let blocks):
            writeFootnoteReference(blocks, format, context)
        case .lineBreak:
            xml.element("w:r") {
                writeRunProperties(format)
                xml.empty(constant: "w:br")
            }
        case .image(let image):
            writeDrawingRun(image, format)
        case .checkbox(let checked):
            var inner2 = format
            inner2.font = "Segoe UI Symbol"
            writeTextRun(checked ? "☒" : "☐", inner2)
        case .field(let field):
            let (instruction, cached) = field == .pageNumber ? (" PAGE ", "1") : (" NUMPAGES ", "1")
            xml.element("w:fldSimple", ["w:instr": instruction]) {
                writeTextRun(cached, format)
            }
        case .styled(let name, let inner):
            var inner2 = format
            if let id = state.characterStyleID(name) { inner2.characterStyle = id }
            writeInlines(inner, inner2, context, insideLink: insideLink)
        case .formatted(let textFormat, let inner):
            var inner2 = format
            if let size = textFormat.fontSize { inner2.size = size }
            if let bold = textFormat.bold { inner2.bold = bold }
            if let italic = textFormat.italic { inner2.italic = italic }
            if let color = textFormat.color { inner2.color = color }
            writeInlines(inner, inner2, context, insideLink: insideLink)
        }
    }

    private func writeLink(_ link: Link, _ format: RunFormat, _ context: BlockContext, insideLink: Bool) {
        guard !insideLink else {
            writeInlines(link.content, format, context, insideLink: true)
            return
        }
        var linkFormat = format
        if linkFormat.characterStyle == nil { linkFormat.characterStyle = WordStyleID.hyperlink }
        xml.start(constant: "w:hyperlink")
        switch link.target {
        case .external(let url):
            xml.attribute(constant: "r:id", relationships.id(type: .hyperlink, target: url, isExternal: true))
        case .internal(let anchor):
            xml.attribute(constant: "w:anchor", anchor)
        }
        if let title = link.title { xml.attribute(constant: "w:tooltip", title) }
        xml.attribute(constant: "w:history", "1")
        writeInlines(link.content, linkFormat, context, insideLink: true)
        xml.end()
    }

    private func writeFootnoteReference(_ blocks: [Block], _ format: RunFormat, _ context: BlockContext) {
        guard kind == .document, let footnotes = footnotesPart else {
            // Word has no notes inside notes, headers or footers: say it in brackets instead.
            let text = blocks.plainText
            if !text.isEmpty { writeTextRun(" (\(text))", format) }
            return
        }
        footnoteCount += 1
        let id = footnoteCount
        xml.start(constant: "w:r")
        var referenceFormat = format
        referenceFormat.characterStyle = WordStyleID.footnoteReference
        referenceFormat.verticalAlignment = nil
        writeRunProperties(referenceFormat)
        xml.empty(constant: "w:footnoteReference", "w:id", number: id)
        xml.end()
        footnotes.writeFootnote(id: id, blocks: blocks, width: context.width)
    }

    /// One `w:footnote` of the footnotes part.
    func writeFootnote(id: Int, blocks: [Block], width: Length) {
        xml.start(constant: "w:footnote")
        xml.attribute(constant: "w:id", number: id)
        pendingFootnoteMark = true
        let context = BlockContext(paragraphStyle: "Footnote", width: width)
        if case .paragraph = blocks.first {} else {
            writeParagraph([], properties: ParagraphProperties(style: "Footnote"), context)
        }
        writeBlocks(blocks, context)
        xml.end()
    }

    // MARK: Runs

    /// A run of text: tabs become `w:tab`, line feeds `w:br`.
    func writeTextRun(_ text: String, _ format: RunFormat) {
        guard !text.isEmpty else { return }
        let scan = TextScan(text)
        xml.start(constant: "w:r")
        if scan.mayBeRightToLeft, text.unicodeScalars.contains(where: \.isRightToLeft) {
            var runFormat = format
            runFormat.rightToLeft = true
            writeRunProperties(runFormat)
        } else {
            writeRunProperties(format)
        }
        if scan.hasBreaks {
            writeTextContent(text)
        } else {
            writeT(text, preservingSpace: scan.needsPreservedSpace)
        }
        xml.end()
    }

    /// The `w:t`, `w:tab` and `w:br` children of a run for `text`.
    private func writeTextContent(_ text: String) {
        guard TextScan(text).hasBreaks else {
            writeT(text)
            return
        }
        var pending = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t":
                writeT(pending); pending = ""
                xml.empty(constant: "w:tab")
                previousWasCR = false
            case "\r", "\n":
                if scalar == "\n", previousWasCR { previousWasCR = false; continue }
                writeT(pending); pending = ""
                xml.empty(constant: "w:br")
                previousWasCR = scalar == "\r"
            default:
                pending.unicodeScalars.append(scalar)
                previousWasCR = false
            }
        }
        writeT(pending)
    }

    private func writeT(_ text: String, preservingSpace: Bool? = nil) {
        guard !text.isEmpty else { return }
        if preservingSpace ?? Self.needsPreservedSpace(text) {
            xml.markup("<w:t xml:space=\"preserve\">")
        } else {
            xml.markup("<w:t>")
        }
        xml.text(text)
        xml.markup("</w:t>")
    }

    /// Whether Word would lose spaces of `text` without `xml:space="preserve"`: leading,
    /// trailing or doubled spaces.
    static func needsPreservedSpace(_ text: String) -> Bool {
        let utf8 = text.utf8
        if utf8.first == 0x20 || utf8.last == 0x20 { return true }
        var previousWasSpace = false
        for byte in utf8 {
            if byte == 0x20 {
                if previousWasSpace { return true }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        return false
    }

    /// `w:rPr` in schema order; nothing when the format is empty.
    func writeRunProperties(_ format: RunFormat) {
        guard !format.isEmpty else { return }
        xml.start(constant: "w:rPr")
        if let style = format.characterStyle { xml.empty(constant: "w:rStyle", "w:val", style) }
        if let font = format.font {
            xml.start(constant: "w:rFonts")
            xml.attribute(constant: "w:ascii", font)
            xml.attribute(constant: "w:hAnsi", font)
            xml.attribute(constant: "w:eastAsia", font)
            xml.attribute(constant: "w:cs", font)
            xml.end()
        }
        if let bold = format.bold {
            xml.markup(bold ? "<w:b/><w:bCs/>" : "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>")
        }
        if let italic = format.italic {
            xml.markup(italic ? "<w:i/><w:iCs/>" : "<w:i w:val=\"0\"/><w:iCs w:val=\"0\"/>")
        }
        if format.strike { xml.markup("<w:strike/>") }
        if let color = format.color { xml.empty(constant: "w:color", "w:val", color: color) }
        if let size = format.size {
            let halfPoints = Int((size * 2).rounded())
            xml.empty(constant: "w:sz", "w:val", number: halfPoints)
            xml.empty(constant: "w:szCs", "w:val", number: halfPoints)
        }
        if let vertical = format.verticalAlignment { xml.empty(constant: "w:vertAlign", "w:val", vertical) }
        if format.rightToLeft { xml.markup("<w:rtl/>") }
        xml.end()
    }
}

/// What one pass over a run's UTF-8 tells its writer.
struct TextScan {
    /// Tabs, line feeds or carriage returns, which become `w:tab` and `w:br`.
    var hasBreaks = false
    /// Leading, trailing or doubled spaces, which Word loses without `xml:space="preserve"`.
    var needsPreservedSpace = false
    /// A lead byte of the UTF-8 of U+0580–U+07FF: right-to-left letters are possible and the
    /// scalars must be looked at.
    var mayBeRightToLeft = false

    init(_ text: String) {
        if let result = text.utf8.withContiguousStorageIfAvailable({ TextScan(bytes: $0) }) {
            self = result
        } else {
            var copy = text
            self = copy.withUTF8 { TextScan(bytes: $0) }
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first, let last = bytes.last, let base = UnsafeRawPointer(bytes.baseAddress) else { return }
        needsPreservedSpace = first == 0x20 || last == 0x20
        var previousWasSpace = false
        // Eight bytes at a time while none of them is a control or a lead byte D0…DF (the byte
        // loop was a tenth of writing a DOCX body); doubled spaces are found within the eight and
        // across their boundary.
        var index = 0
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            if Self.mayNeedALook(word) { break }
            let spaces = Self.zeroBytes(word ^ (0x20 &* Self.ones))
            if spaces & (spaces << 8) != 0 || (previousWasSpace && spaces & 0x80 != 0) { needsPreservedSpace = true }
            previousWasSpace = spaces >> 63 != 0
            index += 8
        }
        for byte in UnsafeBufferPointer(rebasing: bytes[index...]) {
            if byte == 0x20 {
                if previousWasSpace { needsPreservedSpace = true }
                previousWasSpace = true
                continue
            }
            previousWasSpace = false
            if byte < 0x20 {
                if byte == 0x09 || byte == 0x0A || byte == 0x0D { hasBreaks = true }
            } else if byte >= 0xD6 && byte <= 0xDF {
                mayBeRightToLeft = true
            }
        }
    }
}

extension TextScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The high bit of every byte of `word` that is zero, and no other bit (exact, unlike the
    /// shorter test that borrows across bytes).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low7 = 0x7F &* ones
        return ~(((word & low7) &+ low7) | word | low7)
    }

    /// Whether a byte of `word` is a control (below 0x20) or in D0…DF (a lead byte that may
    /// start a right-to-left letter, which are D6…DF): those need the byte loop.
    @inline(__always)
    static func mayNeedALook(_ word: UInt64) -> Bool {
        let controls = zeroBytes(word & (0xE0 &* ones))
        let leads = zeroBytes((word & (0xF0 &* ones)) ^ (0xD0 &* ones))
        return (controls | leads) != 0
    }
}

/// Run formatting inherited down the inline tree; nil fields leave the style's value alone.
struct RunFormat: Equatable {
    var characterStyle: String?
    var font: String?
    var bold: Bool?
    var italic: Bool?
    var strike = false
    var color: Color?
    /// Points.
    var size: Double?
    /// `superscript` or `subscript`.
    var verticalAlignment: String?
    var rightToLeft = false

    var isEmpty: Bool {
        characterStyle == nil && font == nil && bold == nil && italic == nil && !strike && color == nil
            && size == nil && verticalAlignment == nil && !rightToLeft
    }
}

/// What surrounds the blocks being written.
struct BlockContext {
    /// The style of paragraphs that name none (`Quote` in a block quote, `Footnote` in a note).
    var paragraphStyle: String?
    /// The width available to tables and images.
    var width: Length
    /// The alignment of paragraphs that set none (a table column's).
    var alignment: Alignment?
    /// Formatting for every run (white bold text in header cells).
    var runFormat = RunFormat()
    /// Nesting depth of lists: -1 outside lists.
    var listLevel = -1
    /// Left indent of paragraphs in a list item that carry no number, in twips.
    var continuationIndent: Int?
    /// No space after paragraphs (tight list items, table cells).
    var compact = false
    /// Compact for every block except the last one.
    var compactUnlessLast = false
}

/// The paragraph-level settings a block asks for.
struct ParagraphProperties {
    var style: String?
    var alignment: Alignment?
    var keepWithNext = false
    var bottomBorder = false
}

extension Unicode.Scalar {
    /// Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo).
    fileprivate var isRightToLeft: Bool { (0x0590...0x07FF).contains(value) }
}

extension Array where Element == Inline {
    /// The inlines without footnotes (for table of contents entries).
    var removingNotes: [Inline] {
        compactMap { inline in
            if case .footnote = inline { return nil }
            return inline
        }
    }
}
