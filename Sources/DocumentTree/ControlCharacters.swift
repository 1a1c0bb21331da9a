/// Characters no document should hold: C0 controls other than tab, line feed and carriage
/// return, DEL, C1 controls, and the noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF. XML 1.0
/// and HTML forbid most of them; the writers drop them silently, so callers that build a tree
/// from data (stages, `deliverables convert`) count them first and warn.
public enum ControlCharacter {
    /// True for a character a document must not hold.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: true
        default: scalar.value & 0xFFFE == 0xFFFE
        }
    }

    /// How many forbidden characters `text` holds.
    public static func count(in text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isForbidden($1) ? 1 : 0) }
    }

    /// `text` without its forbidden characters.
    public static func removing(from text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isForbidden($0) }))
    }
}

extension Document {
    /// How many forbidden control characters (see ``ControlCharacter``) the document holds, in
    /// its metadata, text, running headers and footers, captions, alternative texts, link
    /// targets and titles, style names and code: what a caller warns about before writing.
    public var controlCharacterCount: Int {
        var counter = TextRewriter { $0 }
        _ = counter.document(self)
        return counter.forbidden
    }

    /// A copy without forbidden control characters, and how many were removed (to warn with).
    public func removingControlCharacters() -> (document: Document, removed: Int) {
        var rewriter = TextRewriter(ControlCharacter.removing)
        let cleaned = rewriter.document(self)
        return (cleaned, rewriter.forbidden)
    }
}

/// Rewrites every string of a tree with one function, counting forbidden characters on the way.
private struct TextRewriter {
    let transform: (String) -> String
    var forbidden = 0

    init(_ transform: @escaping (String) -> String) { self.transform = transform }

    mutating func text(_ value: String) -> String {
        forbidden += ControlCharacter.count(in: value)
        return transform(value)
    }

    mutating func text(_ value: String?) -> String? {
        value.map { text($0) }
    }

    mutating func document(_ document: Document) -> Document {
        var copy = document
        copy.metadata.title = text(document.metadata.title)
        copy.metadata.subtitle = text(document.metadata.subtitle)
        copy.metadata.authors = document.metadata.authors.map { text($0) }
        copy.metadata.language = text(document.metadata.language)
        copy.metadata.date = text(document.metadata.date)
        copy.metadata.description = text(document.metadata.description)
        copy.metadata.keywords = document.metadata.keywords.map { text($0) }
        copy.sections = document.sections.map { section in
            var section = section
            section.header = section.header.map { RunningContent(blocks: blocks($0.blocks)) }
            section.footer = section.footer.map { RunningContent(blocks: blocks($0.blocks)) }
            section.blocks = blocks(section.blocks)
            return section
        }
        return copy
    }

    mutating func blocks(_ blocks: [Block]) -> [Block] {
        blocks.map { block($0) }
    }

    mutating func block(_ block: Block) -> Block {
        switch block {
        case .heading(var heading):
            heading.content = inlines(heading.content)
            heading.id = text(heading.id)
            return .heading(heading)
        case .paragraph(var paragraph):
            paragraph.content = inlines(paragraph.content)
            paragraph.style = text(paragraph.style)
            return .paragraph(paragraph)
        case .list(var list):
            list.items = list.items.map { blocks($0) }
            return .list(list)
        case .table(var table):
            table.caption = inlines(table.caption)
            table.style = text(table.style)
            table.headerRows = rows(table.headerRows)
            table.bodyRows = rows(table.bodyRows)
            return .table(table)
        case .figure(var figure):
            figure.image = image(figure.image)
            figure.caption = inlines(figure.caption)
            return .figure(figure)
        case .tableOfContents(var contents):
            contents.title = text(contents.title)
            return .tableOfContents(contents)
        case .blockQuote(let inner):
            return .blockQuote(blocks(inner))
        case .codeBlock(var code):
            code.text = text(code.text)
            code.language = text(code.language)
            return .codeBlock(code)
        case .horizontalRule, .pageBreak:
            return block
        }
    }

    mutating func rows(_ rows: [TableRow]) -> [TableRow] {
        rows.map { row in
            var row = row
            row.cells = row.cells.map { cell in
                var cell = cell
                cell.blocks = blocks(cell.blocks)
                return cell
            }
            return row
        }
    }

    mutating func image(_ image: Image) -> Image {
        var copy = image
        copy.altText = text(image.altText)
        return copy
    }

    mutating func inlines(_ inlines: [Inline]) -> [Inline] {
        inlines.map { inline($0) }
    }

    mutating func inline(_ inline: Inline) -> Inline {
        switch inline {
        case .text(let value): return .text(text(value))
        case .code(let value): return .code(text(value))
        case .emphasis(let inner): return .emphasis(inlines(inner))
        case .strong(let inner): return .strong(inlines(inner))
        case .strikethrough(let inner): return .strikethrough(inlines(inner))
        case .superscript(let inner): return .superscript(inlines(inner))
        case .subscript(let inner): return .subscript(inlines(inner))
        case .styled(let style, let inner): return .styled(style: text(style), inlines(inner))
        case .formatted(let format, let inner): return .formatted(format, inlines(inner))
        case .link(var link):
            switch link.target {
            case .external(let url): link.target = .external(text(url))
            case .internal(let anchor): link.target = .internal(anchor: text(anchor))
            }
            link.content = inlines(link.content)
            link.title = text(link.title)
            return .link(link)
        case .footnote(let inner): return .footnote(blocks(inner))
        case .image(let value): return .image(image(value))
        case .lineBreak, .checkbox, .field: return inline
        }
    }
}
