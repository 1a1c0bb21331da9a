import DocumentTree
import Yams

/// The contents of a house style file (`Templates/style.yaml`).
///
/// Every key is optional: what the file leaves out comes from `HouseStyle.default`. Paragraph and
/// character styles the file names are merged field by field over the default style of the same name.
struct StyleFile {
    /// The newest style file format this build understands.
    static let currentVersion = 1
    static let keys = ["version", "page", "fonts", "colors", "paragraphStyles", "characterStyles", "table", "running"]

    var version: Int
    var style: HouseStyle
    /// Alternative text of the logo (`running.logoAlt`).
    var logoAltText: String

    init(_ root: StyleMapping) throws {
        try root.rejectUnknownKeys(Self.keys)
        version = try root.int("version", or: Self.currentVersion)
        guard version <= Self.currentVersion, version >= 1 else {
            throw StyleDecodingProblem(keyPath: ["version"], kind: .invalidValue(version > Self.currentVersion
                ? "style file version \(version) is newer than this build of deliverables understands (version \(Self.currentVersion)); update deliverables"
                : "style file version must be 1 or more, not \(version)"))
        }
        let defaults = HouseStyle.default
        var style = defaults
        if let page = try root.mapping("page") { style.page = try Self.page(page) }
        if let fonts = try root.mapping("fonts") { style.fonts = try Self.fonts(fonts) }
        if let colors = try root.mapping("colors") { style.colors = try Self.palette(colors) }
        for (name, section) in try root.mappings("paragraphStyles") ?? [] {
            style.paragraphStyles[name] = try Self.paragraphStyle(section).inheriting(from: defaults.paragraphStyles[name] ?? ParagraphStyle())
        }
        for (name, section) in try root.mappings("characterStyles") ?? [] {
            let base = defaults.characterStyles[name] ?? CharacterStyle()
            let given = try Self.characterStyle(section)
            style.characterStyles[name] = CharacterStyle(
                font: given.font ?? base.font, fontSize: given.fontSize ?? base.fontSize, bold: given.bold ?? base.bold,
                italic: given.italic ?? base.italic, color: given.color ?? base.color, background: given.background ?? base.background)
        }
        if let table = try root.mapping("table") { style.table = try Self.table(table) }
        logoAltText = "Logo"
        if let running = try root.mapping("running") {
            style.running = try Self.running(running)
            logoAltText = try running.string("logoAlt", or: "Logo")
        }
        self.style = style
    }

    /// Portrait sheet sizes in millimetres.
    static let pageSizes: [String: (Double, Double)] = ["A3": (297, 420), "A4": (210, 297), "A5": (148, 210), "Letter": (215.9, 279.4)]

    static func page(_ section: StyleMapping) throws -> PageSetup {
        try section.rejectUnknownKeys(["size", "orientation", "width", "height", "margins"])
        let defaults = HouseStyle.default.page
        let orientation = try section.choice("orientation", PageSetup.Orientation.self, among: ["portrait", "landscape"]) ?? defaults.orientation
        var width = defaults.orientation == .portrait ? defaults.width : defaults.height
        var height = defaults.orientation == .portrait ? defaults.height : defaults.width
        if let name = try section.string("size") {
            guard let size = pageSizes[name] else {
                throw StyleDecodingProblem(keyPath: section.keyPath + ["size"], kind: .invalidValue(
                    "unknown page size '\(name)'; write one of \(pageSizes.keys.sorted().joined(separator: ", ")) or give width and height in mm"
                        + NameSuggestion.hint(for: name, among: pageSizes.keys.sorted())))
            }
            (width, height) = (.mm(size.0), .mm(size.1))
        }
        width = try .mm(section.positive("width", or: width.millimetres))
        height = try .mm(section.positive("height", or: height.millimetres))
        let (sheetWidth, sheetHeight) = orientation == .portrait ? (min(width, height), max(width, height)) : (max(width, height), min(width, height))
        let margins = try section.node("margins").map { try Self.margins($0, at: section.keyPath + ["margins"]) } ?? defaults.margins
        let page = PageSetup(width: sheetWidth, height: sheetHeight, orientation: orientation, margins: margins)
        guard page.textWidth.millimetres > 20, page.textHeight.millimetres > 20 else {
            throw StyleDecodingProblem(keyPath: section.keyPath + ["margins"],
                                       kind: .invalidValue("the margins leave less than 20 mm of text width or height on the page"))
        }
        return page
    }

    /// Margins in millimetres: one number for all four, or `{top, bottom, left, right}`.
    static func margins(_ node: Node, at keyPath: [String]) throws -> Margins {
        if let scalar = node.scalar, let all = StyleMapping.double(scalar) {
            guard all >= 0 else {
                throw StyleDecodingProblem(keyPath: keyPath, kind: .invalidValue("margins must be zero or more, not \(all)"))
            }
            return .all(.mm(all))
        }
        let section = try StyleMapping(node, at: keyPath)
        try section.rejectUnknownKeys(["top", "bottom", "left", "right"])
        let defaults = HouseStyle.default.page.margins
        return Margins(
            top: try .mm(section.positive("top", or: defaults.top.millimetres, allowZero: true)),
            bottom: try .mm(section.positive("bottom", or: defaults.bottom.millimetres, allowZero: true)),
            left: try .mm(section.positive("left", or: defaults.left.millimetres, allowZero: true)),
            right: try .mm(section.positive("right", or: defaults.right.millimetres, allowZero: true)))
    }

    static func fonts(_ section: StyleMapping) throws -> Fonts {
        try section.rejectUnknownKeys(["body", "heading", "monospace", "bodySize"])
        let defaults = HouseStyle.default.fonts
        return Fonts(body: try section.string("body", or: defaults.body), heading: try section.string("heading", or: defaults.heading),
                     monospace: try section.string("monospace", or: defaults.monospace),
                     bodySize: try section.positive("bodySize", or: defaults.bodySize))
    }

    static func palette(_ section: StyleMapping) throws -> Palette {
        try section.rejectUnknownKeys(["text", "heading", "accent", "muted", "link", "pageBackground"])
        let defaults = HouseStyle.default.colors
        return Palette(text: try section.color("text", or: defaults.text), heading: try section.color("heading", or: defaults.heading),
                       accent: try section.color("accent", or: defaults.accent), muted: try section.color("muted", or: defaults.muted),
                       link: try section.color("link", or: defaults.link),
                       pageBackground: try section.color("pageBackground", or: defaults.pageBackground))
    }

    static let paragraphStyleKeys = ["font", "fontSize", "bold", "italic", "color", "background", "alignment", "spaceBefore", "spaceAfter",
                                     "lineHeight", "indent", "keepWithNext", "pageBreakBefore", "borderBelow"]

    static func paragraphStyle(_ section: StyleMapping) throws -> ParagraphStyle {
        try section.rejectUnknownKeys(paragraphStyleKeys)
        return ParagraphStyle(
            font: try section.choice("font", FontRole.self, among: ["body", "heading", "monospace"]),
            fontSize: try section.optionalPositive("fontSize", allowZero: false),
            bold: try section.bool("bold"), italic: try section.bool("italic"),
            color: try section.color("color"), background: try section.color("background"),
            alignment: try section.choice("alignment", Alignment.self, among: ["start", "center", "end", "justify"]),
            spaceBefore: try section.optionalPositive("spaceBefore"), spaceAfter: try section.optionalPositive("spaceAfter"),
            lineHeight: try section.optionalPositive("lineHeight", allowZero: false), indent: try section.optionalPositive("indent"),
            keepWithNext: try section.bool("keepWithNext"), pageBreakBefore: try section.bool("pageBreakBefore"),
            borderBelow: try section.bool("borderBelow"))
    }

    static func characterStyle(_ section: StyleMapping) throws -> CharacterStyle {
        try section.rejectUnknownKeys(["font", "fontSize", "bold", "italic", "color", "background"])
        return CharacterStyle(
            font: try section.choice("font", FontRole.self, among: ["body", "heading", "monospace"]),
            fontSize: try section.optionalPositive("fontSize", allowZero: false),
            bold: try section.bool("bold"), italic: try section.bool("italic"),
            color: try section.color("color"), background: try section.color("background"))
    }

    static func table(_ section: StyleMapping) throws -> TableStyle {
        try section.rejectUnknownKeys(["headerBackground", "headerText", "border", "stripe", "cellPadding", "borderWidth"])
        let defaults = HouseStyle.default.table
        // `stripe: none` switches the zebra stripes off.
        var stripe = defaults.stripe
        if let text = try section.string("stripe") {
            stripe = text == "none" ? nil : try section.color("stripe")
        }
        return TableStyle(
            headerBackground: try section.color("headerBackground", or: defaults.headerBackground),
            headerText: try section.color("headerText", or: defaults.headerText),
            border: try section.color("border", or: defaults.border), stripe: stripe,
            cellPadding: try section.positive("cellPadding", or: defaults.cellPadding, allowZero: true),
            borderWidth: try section.positive("borderWidth", or: defaults.borderWidth, allowZero: true))
    }

    static func running(_ section: StyleMapping) throws -> RunningTemplate {
        try section.rejectUnknownKeys(["header", "logo", "logoAlt", "logoHeight", "footer", "pageNumber"])
        let defaults = HouseStyle.default.running
        return RunningTemplate(
            header: try section.string("header", or: defaults.header), logo: try section.string("logo") ?? defaults.logo,
            logoHeight: try section.positive("logoHeight", or: defaults.logoHeight),
            footer: try section.string("footer", or: defaults.footer), pageNumber: try section.string("pageNumber", or: defaults.pageNumber))
    }
}
