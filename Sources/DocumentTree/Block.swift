/// A block-level element of a document.
public indirect enum Block: Sendable, Hashable {
    case heading(Heading)
    case paragraph(Paragraph)
    case list(List)
    case table(Table)
    /// An image on its own line, with an optional caption.
    case figure(Figure)
    /// A table of contents, filled in by the writer from the document's headings.
    case tableOfContents(TableOfContents)
    case blockQuote([Block])
    case codeBlock(CodeBlock)
    case horizontalRule
    /// Forces what follows onto a new page.
    case pageBreak
}

/// A section heading. Its `id` is the anchor that links and the table of contents point at.
public struct Heading: Sendable, Hashable {
    /// 1 to 6.
    public var level: Int
    public var content: [Inline]
    /// A stable anchor id (letters, digits, `-`, `_`); nil lets `Document.withHeadingIDs()` derive one.
    public var id: String?
    /// Whether the heading is listed in the table of contents.
    public var inTableOfContents: Bool

    public init(level: Int, content: [Inline], id: String? = nil, inTableOfContents: Bool = true) {
        self.level = min(max(level, 1), 6)
        self.content = content
        self.id = id
        self.inTableOfContents = inTableOfContents
    }
}

/// A paragraph, optionally in a named paragraph style of the house style.
public struct Paragraph: Sendable, Hashable {
    public var content: [Inline]
    /// A paragraph style name from the house style (`Title`, `Caption`, `Small`…); nil is body text.
    public var style: String?
    /// Overrides the style's alignment.
    public var alignment: Alignment?
    /// Keep this paragraph on the same page as the next one.
    public var keepWithNext: Bool

    public init(_ content: [Inline], style: String? = nil, alignment: Alignment? = nil, keepWithNext: Bool = false) {
        self.content = content
        self.style = style
        self.alignment = alignment
        self.keepWithNext = keepWithNext
    }

    /// A paragraph of plain text.
    public init(text: String, style: String? = nil, alignment: Alignment? = nil) {
        self.init([.text(text)], style: style, alignment: alignment)
    }
}

public enum Alignment: String, Sendable, Hashable, Codable {
    case start, center, end, justify
}

/// An ordered or bullet list; items hold blocks, so lists nest.
public struct List: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case bullet
        case ordered(start: Int)
    }
    public var kind: Kind
    public var items: [[Block]]
    /// Tight lists put no space between items.
    public var isTight: Bool

    public init(kind: Kind, items: [[Block]], isTight: Bool = true) {
        self.kind = kind
        self.items = items
        self.isTight = isTight
    }
}

/// Preformatted text.
public struct CodeBlock: Sendable, Hashable {
    public var text: String
    public var language: String?
    public init(text: String, language: String? = nil) {
        self.text = text
        self.language = language
    }
}

/// A table of contents. Writers fill it with the headings of the whole document, linked to them.
public struct TableOfContents: Sendable, Hashable {
    public var title: String
    /// Deepest heading level listed.
    public var depth: Int
    public init(title: String, depth: Int = 3) {
        self.title = title
        self.depth = depth
    }
}

/// An image on its own, with an optional caption below it.
public struct Figure: Sendable, Hashable {
    public var image: Image
    public var caption: [Inline]
    public var alignment: Alignment
    public init(image: Image, caption: [Inline] = [], alignment: Alignment = .center) {
        self.image = image
        self.caption = caption
        self.alignment = alignment
    }
}
