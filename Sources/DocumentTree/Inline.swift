/// An inline element: text and its typography, links, notes, images and fields.
public indirect enum Inline: Sendable, Hashable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case superscript([Inline])
    case `subscript`([Inline])
    /// Inline code, set in the monospace font.
    case code(String)
    case link(Link)
    /// A footnote; writers number them in document order.
    case footnote([Block])
    case lineBreak
    case image(Image)
    /// A box to tick on a printed form.
    case checkbox(checked: Bool)
    /// A value the reader's application fills in (page numbers).
    case field(Field)
    /// Content in a named character style of the house style.
    case styled(style: String, [Inline])
    /// Direct formatting for the few places a stage must size or colour text itself
    /// (a name shrunk to fit a badge).
    case formatted(TextFormat, [Inline])

    /// A non-breaking space.
    public static let nonBreakingSpace = Inline.text("\u{00A0}")
}

/// A link to a web address or to an anchor (a heading id) inside the same document.
public struct Link: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        case external(String)
        case `internal`(anchor: String)
    }
    public var target: Target
    public var content: [Inline]
    public var title: String?
    public init(target: Target, content: [Inline], title: String? = nil) {
        self.target = target
        self.content = content
        self.title = title
    }
}

public enum Field: Sendable, Hashable {
    case pageNumber
    case pageCount
}

/// Direct character formatting; nil fields inherit.
public struct TextFormat: Sendable, Hashable {
    /// Font size in points.
    public var fontSize: Double?
    public var bold: Bool?
    public var italic: Bool?
    public var color: Color?
    public init(fontSize: Double? = nil, bold: Bool? = nil, italic: Bool? = nil, color: Color? = nil) {
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.color = color
    }
}

/// A raster (PNG) or vector (SVG) image with its alternative text and display size.
public struct Image: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable {
        case png, svg
        public var mediaType: String { self == .png ? "image/png" : "image/svg+xml" }
    }
    public var data: [UInt8]
    public var format: Format
    /// A PNG rendering for writers or readers that cannot show SVG (DOCX without extensions).
    public var pngFallback: [UInt8]?
    /// Alternative text for people who cannot see the image; never empty for meaningful images.
    public var altText: String
    public var width: Length
    public var height: Length

    public init(data: [UInt8], format: Format, pngFallback: [UInt8]? = nil, altText: String, width: Length, height: Length) {
        self.data = data
        self.format = format
        self.pngFallback = pngFallback
        self.altText = altText
        self.width = width
        self.height = height
    }
}
