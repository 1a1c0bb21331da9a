import CCmark
import DocumentTree

/// Registers the GFM extensions with libcmark-gfm once per process.
private let coreExtensionsRegistered: Bool = {
    cmark_gfm_core_extensions_ensure_registered()
    return true
}()

/// Parses Markdown with libcmark-gfm and walks its syntax tree into blocks and inlines.
///
/// One converter reads one text; it collects warnings and the internal links it met.
final class CmarkConverter {
    struct InternalLink {
        var anchor: String
        var line: Int
        var column: Int
    }

    private(set) var warnings: [MarkdownWarning] = []
    private(set) var internalLinks: [InternalLink] = []
    private let textWidth: Length
    private let loadImage: MarkdownReader.ImageLoader?
    /// Footnote definitions in the order cmark numbered them (it moves them to the end of the document).
    private var footnoteDefinitions: [OpaquePointer] = []
    private var footnoteBlocks: [Int: [Block]] = [:]
    private var footnotesBeingRead: Set<Int> = []

    init(textWidth: Length, loadImage: MarkdownReader.ImageLoader?) {
        self.textWidth = textWidth
        self.loadImage = loadImage
    }

    func convert(markdown: String) -> [Block] {
        _ = coreExtensionsRegistered
        // Every cmark object of the parse is made and freed inside the pool's run.
        return CmarkBlockPool.run { memory in convert(markdown: markdown, memory: memory) }
    }

    private func convert(markdown: String, memory: UnsafeMutablePointer<cmark_mem>) -> [Block] {
        guard let parser = cmark_parser_new_with_mem(CMARK_OPT_FOOTNOTES | CMARK_OPT_SMART, memory) else { return [] }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        // cmark takes a length, so the text is fed as it is, without a NUL-terminated copy.
        func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        if markdown.utf8.withContiguousStorageIfAvailable(feed) == nil {
            var copy = markdown
            copy.withUTF8(feed)
        }
        guard let root = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(root) }
        footnoteDefinitions = children(of: root).filter { cmark_node_get_type($0) == CMARK_NODE_FOOTNOTE_DEFINITION }
        // Each top-level block's cmark nodes are freed once it is converted, so the cmark tree and
        // the document tree are not both whole in memory (they were most of the peak at scale 10).
        // Footnote definitions stay: references anywhere read them.
        var result: [Block] = []
        var child = cmark_node_first_child(root)
        while let current = child {
            child = cmark_node_next(current)
            result.append(contentsOf: block(current))
            if cmark_node_get_type(current) != CMARK_NODE_FOOTNOTE_DEFINITION {
                cmark_node_unlink(current)
                cmark_node_free(current)
            }
        }
        return result
    }

    // MARK: Tree access

    private func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The position of a node, or of its nearest ancestor that has one (inline nodes often have none).
    private func position(of node: OpaquePointer) -> (line: Int, column: Int) {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 { return (line, max(1, Int(cmark_node_get_start_column(candidate)))) }
            current = cmark_node_parent(candidate)
        }
        return (1, 1)
    }

    private func warn(_ node: OpaquePointer, _ message: String) {
        let (line, column) = position(of: node)
        warnings.append(MarkdownWarning(line: line, column: column, message: message))
    }

    // MARK: Blocks

    private func blocks(ofChildrenOf node: OpaquePointer) -> [Block] {
        children(of: node).flatMap { block($0) }
    }

    private func block(_ node: OpaquePointer) -> [Block] {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return paragraph(node)
        case CMARK_NODE_HEADING:
            return [.heading(heading(node))]
        case CMARK_NODE_LIST:
            return [.list(list(node))]
        case CMARK_NODE_BLOCK_QUOTE:
            return [.blockQuote(blocks(ofChildrenOf: node))]
        case CMARK_NODE_CODE_BLOCK:
            var text = literal(node)
            if text.hasSuffix("\n") { text.removeLast() }
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let language = info.split(separator: " ").first.map(String.init)
            return [.codeBlock(CodeBlock(text: text, language: language))]
        case CMARK_NODE_THEMATIC_BREAK:
            return [.horizontalRule]
        case CMARK_NODE_HTML_BLOCK:
            return htmlBlock(node)
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            return [] // read where it is referenced
        default:
            if typeName(node) == "table" { return [.table(table(node))] }
            warn(node, "unsupported Markdown block '\(typeName(node))' dropped")
            return []
        }
    }

    private func paragraph(_ node: OpaquePointer) -> [Block] {
        let content = inlines(ofChildrenOf: node)
        let meaningful = content.filter { if case .text(let text) = $0 { return !text.utf8.allSatisfy(\.isASCIIWhitespace) } else { return true } }
        if meaningful.count == 1, case .image(let image) = meaningful[0] {
            return [.figure(Figure(image: image, caption: image.altText.isEmpty ? [] : [.text(image.altText)]))]
        }
        // Markers are short: only a paragraph of one short text can be one.
        if content.count == 1, case .text(let text) = content[0], text.utf8.count <= 24 {
            switch text.trimmingSpace.lowercased() {
            case "\\pagebreak", "\\newpage": return [.pageBreak]
            case "[[toc]]": return [.tableOfContents(TableOfContents(title: tableOfContentsTitle))]
            default: break
            }
        }
        if meaningful.isEmpty { return [] }
        return [.paragraph(Paragraph(content))]
    }

    /// Set by the reader before conversion when the document's language is known.
    var tableOfContentsTitle = "Contents"

    private func heading(_ node: OpaquePointer) -> Heading {
        var content = inlines(ofChildrenOf: node)
        var id: String?
        // `## Title {#custom-id}` gives the heading its own anchor.
        if case .text(let text) = content.last, text.hasSuffix("}"), let open = text.lastRange(of: "{#") {
            let candidate = String(text[open.upperBound...].dropLast())
            if !candidate.isEmpty, candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }),
               candidate.first?.isLetter == true {
                id = candidate
                let rest = Substring(text[..<open.lowerBound]).trimmingTrailingSpace
                content.removeLast()
                if !rest.isEmpty { content.append(.text(String(rest))) }
            } else {
                warn(node, "heading id '{#\(candidate)}' must start with a letter and hold only letters, digits, '-' and '_'; kept as text")
            }
        }
        return Heading(level: Int(cmark_node_get_heading_level(node)), content: content, id: id)
    }

    private func list(_ node: OpaquePointer) -> List {
        let kind: List.Kind = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            ? .ordered(start: Int(cmark_node_get_list_start(node))) : .bullet
        let items = children(of: node).map { item -> [Block] in
            var blocks = blocks(ofChildrenOf: item)
            if typeName(item) == "tasklist" {
                let box = Inline.checkbox(checked: cmark_gfm_extensions_get_tasklist_item_checked(item))
                if case .paragraph(var first) = blocks.first {
                    if case .text(let text) = first.content.first {
                        first.content[0] = .text(" " + text)
                    } else {
                        first.content.insert(.text(" "), at: 0)
                    }
                    first.content.insert(box, at: 0)
                    blocks[0] = .paragraph(first)
                } else {
                    blocks.insert(.paragraph(Paragraph([box])), at: 0)
                }
            }
            return blocks
        }
        return List(kind: kind, items: items, isTight: cmark_node_get_list_tight(node) != 0)
    }

    private func htmlBlock(_ node: OpaquePointer) -> [Block] {
        let html = literal(node).trimmingSpace.trimmingNewlines
        if let comment = htmlComment(html) {
            switch comment.lowercased() {
            case "pagebreak", "newpage": return [.pageBreak]
            case "toc": return [.tableOfContents(TableOfContents(title: tableOfContentsTitle))]
            default: return [] // comments are meant to be left out
            }
        }
        warn(node, "raw HTML block dropped (write Markdown instead)")
        return []
    }

    /// The trimmed text inside `<!-- … -->`, or nil when `html` is not a single comment.
    private func htmlComment(_ html: String) -> String? {
        guard html.hasPrefix("<!--"), html.hasSuffix("-->"), html.count >= 7 else { return nil }
        let inner = html.dropFirst(4).dropLast(3)
        guard !inner.contains("-->") else { return nil }
        return String(inner).trimmingSpace.trimmingNewlines
    }

    private func table(_ node: OpaquePointer) -> Table {
        let columnCount = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments = Array(repeating: Alignment.start, count: columnCount)
        if let pointer = cmark_gfm_extensions_get_table_alignments(node) {
            for index in 0..<columnCount {
                switch UInt8(pointer[index]) {
                case UInt8(ascii: "c"): alignments[index] = .center
                case UInt8(ascii: "r"): alignments[index] = .end
                default: alignments[index] = .start
                }
            }
        }
        var headerRows: [TableRow] = []
        var bodyRows: [TableRow] = []
        // The sum and number of the text lengths of each column's cells, for their mean.
        var lengthSums = Array(repeating: 0, count: columnCount)
        var lengthCounts = Array(repeating: 0, count: columnCount)
        var longestHeaderWord = Array(repeating: 0, count: columnCount)
        // Rows and cells are walked in place, without an array of their nodes each (a table of a
        // manual has thousands of cells).
        var nextRow = cmark_node_first_child(node)
        while let rowNode = nextRow {
            nextRow = cmark_node_next(rowNode)
            let isHeader = cmark_gfm_extensions_get_table_row_is_header(rowNode) != 0
            var cells: [TableCell] = []
            cells.reserveCapacity(columnCount)
            var nextCell = cmark_node_first_child(rowNode)
            while let cellNode = nextCell {
                nextCell = cmark_node_next(cellNode)
                let content = inlines(ofChildrenOf: cellNode)
                if cells.count < columnCount {
                    // The text length of a one-paragraph cell, without building the cell's text twice.
                    let text: String
                    if content.count == 1, case .text(let only) = content[0] { text = only } else { text = content.plainText }
                    lengthSums[cells.count] += text.characterCount
                    lengthCounts[cells.count] += 1
                    if isHeader {
                        let longest = text.split(whereSeparator: { $0 == " " }).map(\.count).max() ?? 0
                        longestHeaderWord[cells.count] = max(longestHeaderWord[cells.count], longest)
                    }
                }
                cells.append(TableCell(blocks: [.paragraph(Paragraph(content))]))
            }
            let row = TableRow(cells: cells)
            if isHeader { headerRows.append(row) } else { bodyRows.append(row) }
        }
        // Wider columns for longer text, within 1:10, so numbers do not get half the page; never
        // narrower than the longest word of the header, which would otherwise break mid-word
        // ("Heu-res").
        let columns = (0..<columnCount).map { index -> TableColumn in
            let mean = lengthCounts[index] == 0 ? 1 : Double(lengthSums[index]) / Double(lengthCounts[index])
            let weight = max(mean, Double(longestHeaderWord[index]), 3)
            return TableColumn(weight: min(weight, 30).rounded(), alignment: alignments[index])
        }
        return Table(columns: columns, headerRows: headerRows, bodyRows: bodyRows)
    }

    // MARK: Inlines

    /// The inlines of a node's children, adjacent texts joined (smart punctuation splits a
    /// sentence into several text nodes). Text runs are gathered in one string, not re-joined.
    private func inlines(ofChildrenOf node: OpaquePointer) -> [Inline] {
        var result: [Inline] = []
        var pendingText: String?
        func appendText(_ text: String) {
            if pendingText == nil { pendingText = text } else { pendingText?.append(text) }
        }
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT:
                appendText(literal(current))
            case CMARK_NODE_SOFTBREAK:
                appendText(" ")
            default:
                for inline in self.inline(current) {
                    if case .text(let text) = inline {
                        appendText(text)
                    } else {
                        if let text = pendingText {
                            result.append(.text(text))
                            pendingText = nil
                        }
                        result.append(inline)
                    }
                }
            }
            child = cmark_node_next(current)
        }
        if let text = pendingText { result.append(.text(text)) }
        return result
    }

    private func inline(_ node: OpaquePointer) -> [Inline] {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT:
            return [.text(literal(node))]
        case CMARK_NODE_SOFTBREAK:
            return [.text(" ")]
        case CMARK_NODE_LINEBREAK:
            return [.lineBreak]
        case CMARK_NODE_CODE:
            return [.code(literal(node))]
        case CMARK_NODE_EMPH:
            return [.emphasis(inlines(ofChildrenOf: node))]
        case CMARK_NODE_STRONG:
            return [.strong(inlines(ofChildrenOf: node))]
        case CMARK_NODE_LINK:
            return [.link(link(node))]
        case CMARK_NODE_IMAGE:
            return image(node)
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            return footnote(node)
        case CMARK_NODE_HTML_INLINE:
            return htmlInline(node)
        default:
            if typeName(node) == "strikethrough" { return [.strikethrough(inlines(ofChildrenOf: node))] }
            warn(node, "unsupported Markdown inline '\(typeName(node))' dropped")
            return []
        }
    }

    private func link(_ node: OpaquePointer) -> Link {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let title = cmark_node_get_title(node).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        let content = inlines(ofChildrenOf: node)
        if url.hasPrefix("#") {
            let anchor = String(url.dropFirst())
            let (line, column) = position(of: node)
            internalLinks.append(InternalLink(anchor: anchor, line: line, column: column))
            return Link(target: .internal(anchor: anchor), content: content, title: title)
        }
        return Link(target: .external(url), content: content, title: title)
    }

    private func htmlInline(_ node: OpaquePointer) -> [Inline] {
        let html = literal(node)
        let tag = html.lowercased().filter { $0 != " " }
        if tag == "<br>" || tag == "<br/>" { return [.lineBreak] }
        if htmlComment(html) != nil { return [] }
        warn(node, "raw HTML '\(html)' dropped")
        return []
    }

    private func footnote(_ node: OpaquePointer) -> [Inline] {
        // cmark numbers referenced definitions 1, 2, … in order of first reference and writes the
        // number as the reference's literal; the definitions follow in that order at the end.
        guard let number = Int(literal(node)), number >= 1, number <= footnoteDefinitions.count else {
            warn(node, "footnote reference '\(literal(node))' has no definition")
            return []
        }
        if let blocks = footnoteBlocks[number] { return [.footnote(blocks)] }
        guard !footnotesBeingRead.contains(number) else {
            warn(node, "footnote \(number) refers to itself; reference dropped")
            return []
        }
        footnotesBeingRead.insert(number)
        let blocks = blocks(ofChildrenOf: footnoteDefinitions[number - 1])
        footnotesBeingRead.remove(number)
        footnoteBlocks[number] = blocks
        return [.footnote(blocks)]
    }

    private func image(_ node: OpaquePointer) -> [Inline] {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let altText = inlines(ofChildrenOf: node).plainText
        let fallback: [Inline] = altText.isEmpty ? [] : [.text(altText)]
        if url.contains("://") {
            warn(node, "remote image '\(url)' is not downloaded; its alternative text is shown instead")
            return fallback
        }
        let path = url.percentDecoded
        guard let loadImage, let data = loadImage(path) else {
            warn(node, "image '\(path)' not found; its alternative text is shown instead")
            return fallback
        }
        guard let format = ImageProbe.format(of: data) else {
            warn(node, "image '\(path)' is neither PNG nor SVG; its alternative text is shown instead")
            return fallback
        }
        if altText.isEmpty {
            warn(node, "image '\(path)' has no alternative text; describe it between the brackets: ![what it shows](\(url))")
        }
        var size = ImageProbe.naturalSize(of: data, format: format) ?? (Length.mm(80), Length.mm(60))
        size = ImageProbe.fitting(size, maxWidth: textWidth)
        var pngFallback: [UInt8]?
        if format == .svg, path.lowercased().hasSuffix(".svg") {
            pngFallback = loadImage(String(path.dropLast(4)) + ".png").flatMap { ImageProbe.format(of: $0) == .png ? $0 : nil }
        }
        return [.image(Image(data: data, format: format, pngFallback: pngFallback, altText: altText,
                             width: size.width, height: size.height))]
    }
}

extension UInt8 {
    var isASCIIWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}

extension String {
    /// `count` (the characters: grapheme clusters), without grapheme breaking when the text has no
    /// scalar from U+0300 up and no carriage return: below U+0300 (Latin with its accents, the
    /// letters of most manuals) every scalar but CR before LF is a character of its own, and
    /// there are as many scalars as UTF-8 bytes that do not continue a scalar.
    var characterCount: Int {
        let fast: Int? = utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes {
                // 0xCC is the first lead byte of U+0300 and above.
                if byte >= 0xCC || byte == 0x0D { return nil }
                if byte & 0xC0 != 0x80 { count += 1 }
            }
            return count
        } ?? nil
        return fast ?? count
    }

    /// `%20` and friends decoded as UTF-8; malformed escapes are kept as written.
    var percentDecoded: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var utf8 = Array(self.utf8)[...]
        while let byte = utf8.first {
            if byte == UInt8(ascii: "%"), utf8.count >= 3,
               let value = UInt8(String(decoding: utf8.dropFirst().prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(3)
            } else {
                bytes.append(byte)
                utf8 = utf8.dropFirst()
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func lastRange(of needle: String) -> Range<String.Index>? {
        var index = endIndex
        while index > startIndex {
            index = self.index(before: index)
            if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
        }
        return nil
    }

    var trimmingNewlines: String {
        String(drop(while: { $0.isNewline || $0 == " " }).reversed().drop(while: { $0.isNewline || $0 == " " }).reversed())
    }
}
