import DocumentTree

/// The contents of a house style file (`Templates/style.yaml`).
///
/// Every key is optional: what the file leaves out comes from `HouseStyle.default`. Paragraph and
/// character styles the file names are merged field by field over the default style of the same name.
struct StyleFile: Decodable {
    /// The newest style file format this build understands.
    static let currentVersion = 1
    static let keys = ["version", "page", "fonts", "colors", "paragraphStyles", "characterStyles", "table", "running"]

    var version: Int
    var style: HouseStyle
    /// Alternative text of the logo (`running.logoAlt`).
    var logoAltText: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: StyleKey.self)
        try container.rejectUnknownKeys(Self.keys)
        version = try container.value("version", or: Self.currentVersion)
        guard version <= Self.currentVersion, version >= 1 else {
            throw StyleDecodingProblem(codingPath: [StyleKey("version")], kind: .invalidValue(version > Self.currentVersion
                ? "style file version \(version) is newer than this build of deliverables understands (version \(Self.currentVersion)); update deliverables"
                : "style file version must be 1 or more, not \(version)"))
        }
        let defaults = HouseStyle.default
        var style = defaults
        style.page = try container.value("page", or: PageSection(defaults.page)).value
        style.fonts = try container.value("fonts", or: FontsSection(defaults.fonts)).value
        style.colors = try container.value("colors", or: PaletteSection(defaults.colors)).value
        if let paragraphs = try container.optional("paragraphStyles") as [String: ParagraphStyleSection]? {
            for (name, section) in paragraphs {
                style.paragraphStyles[name] = section.value.inheriting(from: defaults.paragraphStyles[name] ?? ParagraphStyle())
            }
        }
        if let characters = try container.optional("characterStyles") as [String: CharacterStyleSection]? {
            for (name, section) in characters {
                let base = defaults.characterStyles[name] ?? CharacterStyle()
                let given = section.value
                style.characterStyles[name] = CharacterStyle(
                    font: given.font ?? base.font, fontSize: given.fontSize ?? base.fontSize, bold: given.bold ?? base.bold,
                    italic: given.italic ?? base.italic, color: given.color ?? base.color, background: given.background ?? base.background)
            }
        }
        style.table = try container.value("table", or: TableSection(defaults.table)).value
        let running = try container.value("running", or: RunningSection(defaults.running, logoAltText: "Logo"))
        style.running = running.value
        logoAltText = running.logoAltText
        self.style = style
    }
}

struct PageSection: Decodable {
    var value: PageSetup
    init(_ value: PageSetup) { self.value = value }

    /// Portrait sheet sizes in millimetres.
    static let sizes: [String: (Double, Double)] = ["A3": (297, 420), "A4": (210, 297), "A5": (148, 210), "Letter": (215.9, 279.4)]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: StyleKey.self)
        try container.rejectUnknownKeys(["size", "orientation", "width", "height", "margins"])
        let defaults = HouseStyle.default.page
        let orientation = try container.choice("orientation", PageSetup.Orientation.self, among: ["portrait", "landscape"]) ?? defaults.orientation
        var width = defaults.orientation == .portrait ? defaults.width : defaults.height
        var height = defaults.orientation == .portrait ? defaults.height : defaults.width
        if let name = try container.optional("size") as String? {
            guard let size = Self.sizes[name] else {
                throw StyleDecodingProblem(codingPath: container.codingPath + [StyleKey("size")], kind: .invalidValue(
                    "unknown page size '\(name)'; write one of \(Self.sizes.keys.sorted().joined(separator: ", ")) or give width and height in mm"
                        + NameSuggestion.hint(for: name, among: Self.sizes.keys.sorted())))
            }
            (width, height) = (.mm(size.0), .mm(size.1))
        }
        width = try .mm(container.positive("width", or: width.millimetres))
        height = try .mm(container.positive("height", or: height.millimetres))
        let (sheetWidth, sheetHeight) = orientation == .portrait ? (min(width, height), max(width, height)) : (max(width, height), min(width, height))
        let margins = try container.value("margins", or: MarginsSection(defaults.margins)).value
        value = PageSetup(width: sheetWidth, height: sheetHeight, orientation: orientation, margins: margins)
        guard value.textWidth.millimetres > 20, value.textHeight.millimetres > 20 else {
            throw StyleDecodingProblem(codingPath: container.codingPath + [StyleKey("margins")],
                                       kind: .invalidValue("the margins leave less than 20 mm of text width or height on the page"))
        }
    }
}

/// Margins in millimetres: one number for all four, or `{top, bottom, left, right}`.
struct MarginsSection: Decodable {
    var value: Margins
    init(_ value: Margins) { self.value = value }

    init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let all = try? single.decode(Double.self) {
            guard all >= 0 else {
                throw StyleDecodingProblem(codingPath: decoder.codingPath, kind: .invalidValue("margins must be zero or more, not \(all)"))
            }
            value = .all(.mm(all))
            return
        }
        let container = try decoder.container(keyedBy: StyleKey.self)
        try container.rejectUnknownKeys(["top", "bottom", "left", "right"])
        let defaults = HouseStyle.default.page.margins
        value = Margins(
            top: try .mm(container.positive("top", or: defaults.top.millimetres, allowZero: true)),
            bottom: try .mm(container.positive("bottom", or: defaults.bottom.millimetres, allowZero: true)),
            left: try .mm(container.positive("left", or: defaults.left.millimetres, allowZero: true)),
            right: try .mm(container.positive("right", or: defaults.right.millimetres, allowZero: true)))
    }
}

struct FontsSection: Decodable {
    var value: Fonts
    init(_ value: Fonts) { self.value = value }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: StyleKey.self)
        try container.rejectUnknownKeys(["body", "heading", "monospace", "bodySize"])
        let defaults = HouseStyle.default.fonts
        value = Fonts(body: try container.value("body", or: defaults.body), heading: try container.value("heading", or: defaults.heading),
                      monospace: try container.value("monospace", or: defaults.monospace),
                      bodySize: try container.positive("bodySize", or: defaults.bodySize))
    }
}

struct PaletteSection: Decodable {
    var value: Palette
    init(_ value: Palette) { self.value = value }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: StyleKey.self)
        try container.rejectUnknownKeys(["text", "heading", "accent", "muted", "link", "pageBackground"])
        let defaults = HouseStyle.default.colors
        value = Palette(text: try container.value("text", or: defaults.text), heading: try container.value("heading", or: defaults.heading),
                        accent: try container.value("accent", or: defaults.accent), muted: try container.value("muted", or: defaults.muted),
                        link: try container.value("link", or: defaults.link),
                        pageBackground: try container.value("pageBackground", or: defaults.pageBackground))
    }
}

struct ParagraphStyleSection: Decodable {
    var value: ParagraphStyle
    static let keys = ["font", "fontSize", "bold", "italic", "color", "background", "alignment", "spaceBefore", "spaceAfter",
                       "lineHeight", "indent", "keepWithNext", "pageBreakBefore", "borderBelow"]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: StyleKey.self)
        try container.rejectUnknownKeys(Self.keys)
        value = ParagraphStyle(
            font: try container.choice("font", FontRole.self, among: ["body", "heading", "monospace"]),
            fontSize: try container.optionalPositive("fontSize", allowZero: false),
            bold: try container.optional("bold"), italic: try container.optional("italic"),
            color: try container.optional("color"), background: try container.optional("background"),
            alignment: try container.choice("alignment", Alignment.self, among: ["start", "center", "end", "justify"]),
            spaceBefore: try container.optionalPositive("spaceBefore"), spaceAfter: try container.optionalPositive("spaceAfter"),
            lineHeight: try container.optionalPositive("lineHeight", allowZero: false), indent: try container.optionalPositive("indent"),
            keepWithNext: try container.optional("keepWithNext"), pageBreakBefore: try container.optional("pageBreakBefore"),
            borderBelow: try container.optional("borderBelow"))
    }
}

struct CharacterStyleSection: Decodable {
    var value: CharacterStyle

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: StyleKey.self)
        try container.rejectUnknownKeys(["font", "fontSize", "bold", "italic", "color", "background"])
        value = CharacterStyle(
            font: try container.choice("font", FontRole.self, among: ["body", "heading", "monospace"]),
            fontSize: try container.optionalPositive("fontSize", allowZero: false),
            bold: try container.optional("bold"), italic: try container.optional("italic"),
            color: try container.optional("color"), background: try container.optional("background"))
    }
}

struct TableSection: Decodable {
    var value: TableStyle
    init(_ value: TableStyle) { self.value = value }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: StyleKey.self)
        try container.rejectUnknownKeys(["headerBackground", "headerText", "border", "stripe", "cellPadding", "borderWidth"])
        let defaults = HouseStyle.default.table
        // `stripe: none` switches the zebra stripes off.
        var stripe = defaults.stripe
        if let text = try container.optional("stripe") as String? {
            stripe = text == "none" ? nil : try container.optional("stripe") as Color?
        }
        value = TableStyle(
            headerBackground: try container.value("headerBackground", or: defaults.headerBackground),
            headerText: try container.value("headerText", or: defaults.headerText),
            border: try container.value("border", or: defaults.border), stripe: stripe,
            cellPadding: try container.positive("cellPadding", or: defaults.cellPadding, allowZero: true),
            borderWidth: try container.positive("borderWidth", or: defaults.borderWidth, allowZero: true))
    }
}

struct RunningSection: Decodable {
    var value: RunningTemplate
    var logoAltText: String
    init(_ value: RunningTemplate, logoAltText: String) {
        self.value = value
        self.logoAltText = logoAltText
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: StyleKey.self)
        try container.rejectUnknownKeys(["header", "logo", "logoAlt", "logoHeight", "footer", "pageNumber"])
        let defaults = HouseStyle.default.running
        value = RunningTemplate(
            header: try container.value("header", or: defaults.header), logo: try container.optional("logo") ?? defaults.logo,
            logoHeight: try container.positive("logoHeight", or: defaults.logoHeight),
            footer: try container.value("footer", or: defaults.footer), pageNumber: try container.value("pageNumber", or: defaults.pageNumber))
        logoAltText = try container.value("logoAlt", or: "Logo")
    }
}
