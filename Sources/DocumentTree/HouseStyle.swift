/// The house style: one description of page, fonts, colours and named styles from which the
/// ODT styles, the DOCX styles and the HTML CSS are all generated, so the three look alike.
///
/// Loaded from `Templates/style.yaml`; every key is optional and falls back to `HouseStyle.default`.
public struct HouseStyle: Sendable, Hashable {
    public var page: PageSetup
    public var fonts: Fonts
    public var colors: Palette
    /// Paragraph styles by name. `Normal`, `Heading1`…`Heading6`, `Title`, `Subtitle`, `Caption`,
    /// `TOCHeading`, `TOC1`…`TOC3`, `Quote`, `Code`, `Footnote`, `Header`, `Footer` and `Small`
    /// always exist; a style file may add more (a stage names them in `Paragraph.style`).
    public var paragraphStyles: [String: ParagraphStyle]
    /// Character styles by name (`Strong`, `Emphasis`, `Code` and any the style file adds).
    public var characterStyles: [String: CharacterStyle]
    public var table: TableStyle
    /// What the running header and footer show by default.
    public var running: RunningTemplate
    /// The logo shown in the running header, read from the file `running.logo` names.
    public var logo: Image?

    public init(page: PageSetup, fonts: Fonts, colors: Palette, paragraphStyles: [String: ParagraphStyle],
                characterStyles: [String: CharacterStyle], table: TableStyle, running: RunningTemplate, logo: Image? = nil) {
        self.page = page
        self.fonts = fonts
        self.colors = colors
        self.paragraphStyles = paragraphStyles
        self.characterStyles = characterStyles
        self.table = table
        self.running = running
        self.logo = logo
    }

    /// Paragraph style names in a stable order (the built-in ones first, then the others sorted),
    /// so generated style sheets come out byte-identical.
    public var paragraphStyleNames: [String] {
        let builtIn = HouseStyle.builtInParagraphStyleNames.filter { paragraphStyles[$0] != nil }
        let others = paragraphStyles.keys.filter { !HouseStyle.builtInParagraphStyleNames.contains($0) }.sorted()
        return builtIn + others
    }

    public var characterStyleNames: [String] { characterStyles.keys.sorted() }

    /// The style of a paragraph style name, or `Normal` for a name the house style does not know.
    public func paragraphStyle(named name: String?) -> ParagraphStyle {
        paragraphStyles[name ?? "Normal"] ?? paragraphStyles["Normal"] ?? ParagraphStyle()
    }

    public static let builtInParagraphStyleNames = [
        "Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6",
        "Caption", "TOCHeading", "TOC1", "TOC2", "TOC3", "Quote", "Code", "Footnote", "Header", "Footer", "Small",
    ]
}

public struct Fonts: Sendable, Hashable, Codable {
    public var body: String
    public var heading: String
    public var monospace: String
    /// Body text size in points.
    public var bodySize: Double
    public init(body: String, heading: String, monospace: String, bodySize: Double) {
        self.body = body
        self.heading = heading
        self.monospace = monospace
        self.bodySize = bodySize
    }
}

/// The colours the styles refer to.
public struct Palette: Sendable, Hashable, Codable {
    public var text: Color
    public var heading: Color
    public var accent: Color
    public var muted: Color
    public var link: Color
    public var pageBackground: Color
    public init(text: Color, heading: Color, accent: Color, muted: Color, link: Color, pageBackground: Color) {
        self.text = text
        self.heading = heading
        self.accent = accent
        self.muted = muted
        self.link = link
        self.pageBackground = pageBackground
    }
}

public enum FontRole: String, Sendable, Hashable, Codable {
    case body, heading, monospace
}

/// A named paragraph style; nil fields inherit from `Normal`.
public struct ParagraphStyle: Sendable, Hashable, Codable {
    public var font: FontRole?
    /// Points.
    public var fontSize: Double?
    public var bold: Bool?
    public var italic: Bool?
    public var color: Color?
    public var background: Color?
    public var alignment: Alignment?
    /// Space above and below, in points.
    public var spaceBefore: Double?
    public var spaceAfter: Double?
    /// Line height as a multiple of the font size (1.15 = 115 %).
    public var lineHeight: Double?
    /// Left indent in millimetres.
    public var indent: Double?
    public var keepWithNext: Bool?
    public var pageBreakBefore: Bool?
    /// A rule under the paragraph in the accent colour (headings of the first level).
    public var borderBelow: Bool?

    public init(font: FontRole? = nil, fontSize: Double? = nil, bold: Bool? = nil, italic: Bool? = nil, color: Color? = nil,
                background: Color? = nil, alignment: Alignment? = nil, spaceBefore: Double? = nil, spaceAfter: Double? = nil,
                lineHeight: Double? = nil, indent: Double? = nil, keepWithNext: Bool? = nil, pageBreakBefore: Bool? = nil,
                borderBelow: Bool? = nil) {
        self.font = font
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.color = color
        self.background = background
        self.alignment = alignment
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.lineHeight = lineHeight
        self.indent = indent
        self.keepWithNext = keepWithNext
        self.pageBreakBefore = pageBreakBefore
        self.borderBelow = borderBelow
    }

    /// This style with every nil field taken from `base`.
    public func inheriting(from base: ParagraphStyle) -> ParagraphStyle {
        ParagraphStyle(
            font: font ?? base.font, fontSize: fontSize ?? base.fontSize, bold: bold ?? base.bold,
            italic: italic ?? base.italic, color: color ?? base.color, background: background ?? base.background,
            alignment: alignment ?? base.alignment, spaceBefore: spaceBefore ?? base.spaceBefore,
            spaceAfter: spaceAfter ?? base.spaceAfter, lineHeight: lineHeight ?? base.lineHeight,
            indent: indent ?? base.indent, keepWithNext: keepWithNext ?? base.keepWithNext,
            pageBreakBefore: pageBreakBefore ?? base.pageBreakBefore, borderBelow: borderBelow ?? base.borderBelow)
    }
}

/// A named character style; nil fields inherit from the paragraph.
public struct CharacterStyle: Sendable, Hashable, Codable {
    public var font: FontRole?
    public var fontSize: Double?
    public var bold: Bool?
    public var italic: Bool?
    public var color: Color?
    public var background: Color?
    public init(font: FontRole? = nil, fontSize: Double? = nil, bold: Bool? = nil, italic: Bool? = nil, color: Color? = nil, background: Color? = nil) {
        self.font = font
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.color = color
        self.background = background
    }
}

/// How tables look: header row shading, borders, zebra stripes, cell padding.
public struct TableStyle: Sendable, Hashable, Codable {
    public var headerBackground: Color
    public var headerText: Color
    public var border: Color
    /// Background of every second body row; nil for none.
    public var stripe: Color?
    /// Cell padding in millimetres.
    public var cellPadding: Double
    /// Border width in points.
    public var borderWidth: Double
    public init(headerBackground: Color, headerText: Color, border: Color, stripe: Color?, cellPadding: Double, borderWidth: Double) {
        self.headerBackground = headerBackground
        self.headerText = headerText
        self.border = border
        self.stripe = stripe
        self.cellPadding = cellPadding
        self.borderWidth = borderWidth
    }
}

/// The default running header and footer: the document title and the logo on top, the funding
/// notice and the page numbers below.
public struct RunningTemplate: Sendable, Hashable, Codable {
    /// Header text; `{title}` is replaced by the document title.
    public var header: String
    /// Path of the logo image (PNG or SVG) relative to the style file; nil for none.
    public var logo: String?
    /// Height of the logo in the header, in millimetres.
    public var logoHeight: Double
    /// Footer text, typically the funding notice.
    public var footer: String
    /// Page number pattern; `{page}` and `{pages}` become fields (`{page} / {pages}`).
    public var pageNumber: String
    public init(header: String, logo: String?, logoHeight: Double, footer: String, pageNumber: String) {
        self.header = header
        self.logo = logo
        self.logoHeight = logoHeight
        self.footer = footer
        self.pageNumber = pageNumber
    }
}
