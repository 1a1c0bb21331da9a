import Foundation
import DocumentTree

/// The stylesheet generated from the house style: the HTML writer embeds or links it, and the
/// website uses the same one, so pages look like the ODT and DOCX documents.
///
/// Screen sizes are in `rem` relative to the body size, so the page follows the reader's font
/// size setting; print sets the root size to the house style's body size in points, which makes
/// every size exact on paper. The output is deterministic: styles come in a fixed order.
public enum HouseStyleCSS {
    /// The whole stylesheet: custom properties, base elements, one rule per paragraph and
    /// character style, tables, the page furniture, small screens and print (A4).
    public static func stylesheet(for style: HouseStyle) -> String {
        var css = CSSText(bodySize: style.fonts.bodySize > 0 ? style.fonts.bodySize : 10.5)
        css.line("/* Generated from the house style by deliverables; edit Templates/style.yaml, not this file. */")
        rootProperties(style, into: &css)
        baseRules(style, into: &css)
        paragraphStyleRules(style, into: &css)
        characterStyleRules(style, into: &css)
        tableRules(style, into: &css)
        furnitureRules(style, into: &css)
        smallScreenRules(into: &css)
        printRules(style, into: &css)
        return css.text
    }

    /// Selectors that carry a built-in paragraph style besides its `p-…` class.
    static let elementsForParagraphStyle: [String: [String]] = [
        "Heading1": ["h1"], "Heading2": ["h2"], "Heading3": ["h3"], "Heading4": ["h4"], "Heading5": ["h5"], "Heading6": ["h6"],
        "Caption": ["figcaption", "caption"],
        "TOCHeading": [".toc-title"],
        "TOC1": [".toc-1"], "TOC2": [".toc-2"], "TOC3": [".toc-3"],
        "Quote": ["blockquote"],
        "Code": ["pre"],
        "Footnote": [".footnotes"],
    ]

    /// Selectors that carry a character style besides its `c-…` class.
    static let elementsForCharacterStyle: [String: [String]] = [
        "Strong": ["strong"], "Emphasis": ["em"], "Code": ["code"],
    ]

    // MARK: - Parts

    private static func rootProperties(_ style: HouseStyle, into css: inout CSSText) {
        let colors = style.colors
        css.rule(":root", [
            ("--color-text", colors.text.rgbHexString),
            ("--color-heading", colors.heading.rgbHexString),
            ("--color-accent", colors.accent.rgbHexString),
            ("--color-muted", colors.muted.rgbHexString),
            ("--color-link", colors.link.rgbHexString),
            ("--color-page", colors.pageBackground.rgbHexString),
            ("--color-focus", focusColor(style).rgbHexString),
            ("--font-body", fontStack(style.fonts.body)),
            ("--font-heading", fontStack(style.fonts.heading)),
            ("--font-mono", fontStack(style.fonts.monospace, generic: .monospace)),
            ("--measure", "46rem"),
            // Screen text gets a little more leading than paper; print sets this back to 1.
            ("--leading", "1.15"),
        ])
    }

    private static func baseRules(_ style: HouseStyle, into css: inout CSSText) {
        let normal = style.paragraphStyle(named: "Normal")
        css.rule("*, *::before, *::after", [("box-sizing", "border-box")])
        css.rule("html", [("font-size", "100%"), ("-webkit-text-size-adjust", "100%"), ("text-size-adjust", "100%")])
        var body: [(String, String)] = [
            ("margin", "0"),
            ("background-color", "var(--color-page)"),
            ("color", (normal.color ?? style.colors.text).rgbHexString),
            ("font-family", fontVariable(normal.font ?? .body)),
            ("font-size", css.rem(points: normal.fontSize ?? style.fonts.bodySize)),
            ("line-height", leading(normal.lineHeight ?? 1.2)),
            ("overflow-wrap", "anywhere"),
        ]
        if normal.bold == true { body.append(("font-weight", "700")) }
        if normal.italic == true { body.append(("font-style", "italic")) }
        css.rule("body", body)
        css.rule("p", [("margin", "\(css.rem(points: normal.spaceBefore ?? 0)) 0 \(css.rem(points: normal.spaceAfter ?? 6))")])
        css.rule("a", [("color", "var(--color-link)")])
        css.rule("a:hover", [("text-decoration-style", "double")])
        css.rule(":focus-visible", [("outline", "3px solid var(--color-focus)"), ("outline-offset", "2px")])
        css.rule("img, svg", [("max-width", "100%"), ("height", "auto")])
        css.rule("img.inline", [("vertical-align", "middle")])
        css.rule("ul, ol", [("margin", "0 0 \(css.rem(points: 6))"), ("padding-left", "1.6em")])
        css.rule("[dir=\"rtl\"] ul, [dir=\"rtl\"] ol", [("padding-left", "0"), ("padding-right", "1.6em")])
        css.rule("li > ul, li > ol", [("margin-bottom", "0")])
        css.rule("li > p:last-child", [("margin-bottom", "0")])
        css.rule("ul.loose > li, ol.loose > li", [("margin-bottom", css.rem(points: 6))])
        css.rule("hr", [("border", "0"), ("border-top", "1px solid var(--color-muted)"), ("margin", "1.5rem 0")])
        css.rule("sup, sub", [("line-height", "0")])
        css.rule("figure", [("margin", "\(css.rem(points: 9)) 0")])
        css.rule("figure img", [("display", "block"), ("margin-left", "auto"), ("margin-right", "auto")])
        css.rule("figure.align-start img", [("margin-left", "0")])
        css.rule("figure.align-end img", [("margin-right", "0")])
        css.rule("pre", [("overflow-x", "auto"), ("white-space", "pre"), ("overflow-wrap", "normal"),
                         ("padding", "0.6rem 0.8rem"), ("border-radius", "3px")])
        css.rule("pre code", [("font-size", "inherit"), ("background", "none"), ("padding", "0")])
        css.rule("blockquote", [("margin", "\(css.rem(points: 6)) 0"), ("padding-left", "1rem"),
                                ("border-left", "3px solid var(--color-accent)")])
        css.rule("[dir=\"rtl\"] blockquote", [("padding-left", "0"), ("padding-right", "1rem"), ("border-left", "0"),
                                              ("border-right", "3px solid var(--color-accent)")])
        css.rule(".checkbox", [("font-family", "\"DejaVu Sans\", \"Segoe UI Symbol\", sans-serif"), ("font-size", "1.15em"),
                               ("font-style", "normal"), ("line-height", "1")])
        css.rule(".page-break", [("height", "0"), ("margin", "0"), ("border", "0")])
    }

    private static func paragraphStyleRules(_ style: HouseStyle, into css: inout CSSText) {
        let normal = style.paragraphStyle(named: "Normal")
        for name in style.paragraphStyleNames {
            guard let own = style.paragraphStyles[name] else { continue }
            var resolved = own.inheriting(from: normal)
            let isHeading = name.hasPrefix("Heading") && name.count == 8 && name.last.map { ("1"..."6").contains($0) } == true
            if isHeading {
                if own.color == nil { resolved.color = style.colors.heading }
                if own.font == nil { resolved.font = .heading }
            }
            let selectors = (elementsForParagraphStyle[name] ?? []) + [".\(HTMLNames.paragraphClass(name))"]
            css.rule(selectors.joined(separator: ", "), declarations(for: resolved, in: style, css: css))
        }
    }

    private static func declarations(for paragraph: ParagraphStyle, in style: HouseStyle, css: CSSText) -> [(String, String)] {
        var result: [(String, String)] = [
            ("font-family", fontVariable(paragraph.font ?? .body)),
            ("font-size", css.rem(points: paragraph.fontSize ?? style.fonts.bodySize)),
            ("font-weight", paragraph.bold == true ? "700" : "400"),
            ("font-style", paragraph.italic == true ? "italic" : "normal"),
            ("color", (paragraph.color ?? style.colors.text).rgbHexString),
            ("line-height", leading(paragraph.lineHeight ?? 1.2)),
            ("margin-top", css.rem(points: paragraph.spaceBefore ?? 0)),
            ("margin-bottom", css.rem(points: paragraph.spaceAfter ?? 0)),
        ]
        if let alignment = paragraph.alignment { result.append(("text-align", alignment.rawValue)) }
        if let indent = paragraph.indent, indent != 0 {
            result.append(("margin-left", css.rem(points: Length.mm(indent).points)))
        }
        if let background = paragraph.background {
            result.append(("background-color", background.rgbHexString))
        }
        if paragraph.borderBelow == true {
            result.append(("border-bottom", "2px solid var(--color-accent)"))
            result.append(("padding-bottom", "0.2em"))
        }
        if paragraph.keepWithNext == true { result.append(("break-after", "avoid")) }
        if paragraph.pageBreakBefore == true { result.append(("break-before", "page")) }
        return result
    }

    private static func characterStyleRules(_ style: HouseStyle, into css: inout CSSText) {
        for name in style.characterStyleNames {
            guard let character = style.characterStyles[name] else { continue }
            var declarations: [(String, String)] = []
            if let font = character.font { declarations.append(("font-family", fontVariable(font))) }
            if let size = character.fontSize { declarations.append(("font-size", css.rem(points: size))) }
            if let bold = character.bold { declarations.append(("font-weight", bold ? "700" : "400")) }
            if let italic = character.italic { declarations.append(("font-style", italic ? "italic" : "normal")) }
            if let color = character.color { declarations.append(("color", color.rgbHexString)) }
            if let background = character.background {
                declarations.append(("background-color", background.rgbHexString))
                declarations.append(("padding", "0.05em 0.25em"))
                declarations.append(("border-radius", "3px"))
            }
            let selectors = (elementsForCharacterStyle[name] ?? []) + [".\(HTMLNames.characterClass(name))"]
            css.rule(selectors.joined(separator: ", "), declarations)
        }
    }

    private static func tableRules(_ style: HouseStyle, into css: inout CSSText) {
        let table = style.table
        let border = "\(CSSText.number(max(table.borderWidth, 0.25)))pt solid \(table.border.rgbHexString)"
        let padding = css.rem(points: Length.mm(table.cellPadding).points)
        css.rule(".table-scroll", [("overflow-x", "auto"), ("margin", "\(css.rem(points: 6)) 0 \(css.rem(points: 12))")])
        css.rule("table", [("border-collapse", "collapse"), ("width", "100%"), ("overflow-wrap", "normal")])
        css.rule("caption", [("caption-side", "top"), ("padding-bottom", "0.3rem")])
        css.rule("th, td", [("border", border), ("padding", "\(padding) \(css.rem(points: Length.mm(table.cellPadding * 1.5).points))"),
                            ("vertical-align", "top"), ("text-align", "start"), ("overflow-wrap", "break-word")])
        css.rule("thead th", [("background-color", table.headerBackground.rgbHexString), ("color", table.headerText.rgbHexString),
                              ("font-weight", "700")])
        if let stripe = table.stripe {
            css.rule("tbody tr:nth-child(even) > td, tbody tr:nth-child(even) > th", [("background-color", stripe.rgbHexString)])
        }
        css.rule("th > p, td > p", [("margin-bottom", css.rem(points: 3))])
        css.rule("th > :last-child, td > :last-child", [("margin-bottom", "0")])
        css.rule("td.va-middle, th.va-middle", [("vertical-align", "middle")])
        css.rule("td.va-bottom, th.va-bottom", [("vertical-align", "bottom")])
    }

    private static func furnitureRules(_ style: HouseStyle, into css: inout CSSText) {
        // Alignment classes come after the style rules so they override a style's alignment.
        for alignment in [Alignment.start, .center, .end, .justify] {
            css.rule(".\(HTMLNames.alignmentClass(alignment))", [("text-align", alignment.rawValue)])
        }
        css.rule(".skip-link", [("position", "absolute"), ("left", "0.5rem"), ("top", "-10rem"), ("z-index", "10"),
                                ("padding", "0.5rem 1rem"), ("background-color", "var(--color-page)"), ("color", "var(--color-link)"),
                                ("border", "2px solid var(--color-focus)")])
        css.rule(".skip-link:focus", [("top", "0.5rem")])
        css.rule(".running-header, main, .running-footer", [("max-width", "var(--measure)"), ("margin-left", "auto"),
                                                            ("margin-right", "auto"), ("padding-left", "1.25rem"), ("padding-right", "1.25rem")])
        css.rule(".running-header", [("display", "flex"), ("align-items", "center"), ("padding-top", "1rem"), ("padding-bottom", "0.6rem"),
                                     ("border-bottom", "3px solid var(--color-heading)"), ("margin-bottom", "1.5rem")])
        css.rule(".running-header p", [("margin", "0")])
        css.rule(".running-header img", [("vertical-align", "middle"), ("margin-right", "0.75rem")])
        css.rule(".running-footer", [("margin-top", "3rem"), ("padding-top", "0.75rem"), ("padding-bottom", "2rem"),
                                     ("border-top", "1px solid var(--color-muted)")])
        css.rule(".running-footer p", [("margin", "0 0 0.25rem")])
        css.rule(".doc-section + .doc-section", [("margin-top", "2.5rem")])
        css.rule(".toc", [("margin", "1rem 0 1.5rem"), ("padding", "1rem 1.25rem"), ("border-left", "4px solid var(--color-accent)"),
                          ("background-color", (style.table.stripe ?? style.colors.pageBackground).rgbHexString)])
        css.rule(".toc ol", [("list-style", "none"), ("margin", "0"), ("padding-left", "0"), ("padding-right", "0")])
        // Entries are indented by the TOC1…TOC3 styles, not by the nesting of the lists.
        css.rule("[dir=\"rtl\"] .toc", [("border-left", "0"), ("border-right", "4px solid var(--color-accent)")])
        css.rule(".toc a", [("color", "inherit"), ("text-decoration", "none")])
        css.rule(".toc a:hover, .toc a:focus-visible", [("color", "var(--color-link)"), ("text-decoration", "underline")])
        css.rule(".footnotes", [("margin-top", "2.5rem"), ("padding-top", "0.5rem"), ("border-top", "1px solid var(--color-muted)")])
        css.rule(".footnotes h2", [("font-size", "1rem"), ("margin", "0 0 0.5rem"), ("border", "0")])
        css.rule(".footnotes li p", [("margin", "0 0 0.2rem")])
        css.rule(".footnote-ref a", [("text-decoration", "none"), ("padding", "0 0.1em")])
        css.rule(".footnote-back", [("text-decoration", "none"), ("margin-left", "0.3em")])
        css.rule(":target", [("scroll-margin-top", "1rem")])
        css.rule("h1:target, h2:target, h3:target, .footnotes li:target", [("background-color", "\(style.table.stripe?.rgbHexString ?? "transparent")")])
    }

    private static func smallScreenRules(into css: inout CSSText) {
        css.line("@media (max-width: 40rem) {")
        css.rule("  .running-header, main, .running-footer", [("padding-left", "0.75rem"), ("padding-right", "0.75rem")])
        css.rule("  .running-header", [("flex-wrap", "wrap")])
        css.rule("  th, td", [("padding", "0.3rem")])
        css.line("}")
    }

    private static func printRules(_ style: HouseStyle, into css: inout CSSText) {
        let margins = style.page.margins
        let marginValue = [margins.top, margins.right, margins.bottom, margins.left]
            .map { "\(CSSText.number($0.millimetres))mm" }.joined(separator: " ")
        let size = style.page.orientation == .landscape ? "A4 landscape" : "A4"
        css.line("@page { size: \(size); margin: \(marginValue); }")
        css.line("@page landscape { size: A4 landscape; }")
        css.line("@page portrait { size: A4 portrait; }")
        css.line("@media print {")
        css.rule("  html", [("font-size", "\(CSSText.number(style.fonts.bodySize))pt")])
        css.rule("  :root", [("--leading", "1")])
        css.rule("  body", [("background", "none")])
        css.rule("  .skip-link, nav", [("display", "none")])
        css.rule("  .running-header, main, .running-footer", [("max-width", "none"), ("margin", "0"), ("padding-left", "0"),
                                                              ("padding-right", "0")])
        css.rule("  .running-header", [("padding-top", "0")])
        css.rule("  .doc-section + .doc-section", [("break-before", "page"), ("margin-top", "0")])
        css.rule("  .landscape", [("page", "landscape")])
        css.rule("  .portrait", [("page", "portrait")])
        css.rule("  .page-break", [("break-after", "page")])
        css.rule("  h1, h2, h3, h4, h5, h6, caption, .keep-with-next", [("break-after", "avoid")])
        css.rule("  p, li", [("orphans", "3"), ("widows", "3")])
        css.rule("  tr, figure, img, pre, blockquote", [("break-inside", "avoid")])
        css.rule("  thead", [("display", "table-header-group")])
        css.rule("  .table-scroll", [("overflow", "visible")])
        // Table header and stripe colours are part of the design: print them.
        css.rule("  thead th, tbody td, tbody th", [("-webkit-print-color-adjust", "exact")])
        css.rule("  pre", [("white-space", "pre-wrap")])
        css.rule("  a", [("color", "inherit"), ("text-decoration", "none")])
        css.line("}")
    }

    // MARK: - Values

    enum GenericFamily { case sansSerif, serif, monospace }

    /// A font family list: the house font, then fonts that look alike on common systems.
    static func fontStack(_ family: String, generic: GenericFamily? = nil) -> String {
        let lower = family.lowercased()
        let kind = generic ?? (lower.contains("mono") || lower.contains("courier") || lower.contains("consol") ? .monospace
            : (lower.contains("serif") && !lower.contains("sans")) || lower.contains("times") || lower.contains("georgia") ? .serif
            : .sansSerif)
        let fallbacks: [String]
        switch kind {
        case .sansSerif: fallbacks = ["Liberation Sans", "Arial", "Helvetica Neue", "Helvetica", "DejaVu Sans"]
        case .serif: fallbacks = ["Liberation Serif", "Times New Roman", "Times", "DejaVu Serif"]
        case .monospace: fallbacks = ["Liberation Mono", "DejaVu Sans Mono", "Consolas", "Menlo"]
        }
        let generic: String
        switch kind {
        case .sansSerif: generic = "sans-serif"
        case .serif: generic = "serif"
        case .monospace: generic = "monospace"
        }
        var families: [String] = []
        for name in [family] + fallbacks where !name.isEmpty && !families.contains(where: { $0.lowercased() == name.lowercased() }) {
            families.append(name)
        }
        return (families.map(quotedFamily) + [generic]).joined(separator: ", ")
    }

    /// A family name as a CSS string: quotes and backslashes escaped, `<` and line breaks too, so
    /// a name can never close the `<style>` element it is embedded in.
    static func quotedFamily(_ name: String) -> String {
        var result = "\""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "<": result += "\\3C "
            case ">": result += "\\3E "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A line height that follows `--leading`: the house style's value on paper, a little more on screen.
    private static func leading(_ lineHeight: Double) -> String {
        "calc(\(CSSText.number(lineHeight)) * var(--leading))"
    }

    private static func fontVariable(_ role: FontRole) -> String {
        switch role {
        case .body: return "var(--font-body)"
        case .heading: return "var(--font-heading)"
        case .monospace: return "var(--font-mono)"
        }
    }

    /// The colour of focus outlines: the first of link, heading, accent and text colours with a
    /// contrast of at least 3:1 against the page (WCAG 2.1 non-text contrast), else black or white.
    static func focusColor(_ style: HouseStyle) -> Color {
        let page = style.colors.pageBackground
        for candidate in [style.colors.link, style.colors.heading, style.colors.accent, style.colors.text]
        where contrastRatio(candidate, page) >= 3 {
            return candidate
        }
        return contrastRatio(.black, page) >= contrastRatio(.white, page) ? .black : .white
    }

    /// The WCAG 2.1 contrast ratio of two colours (1 to 21).
    public static func contrastRatio(_ first: Color, _ second: Color) -> Double {
        let a = relativeLuminance(first), b = relativeLuminance(second)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    private static func relativeLuminance(_ color: Color) -> Double {
        func channel(_ value: UInt8) -> Double {
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(color.red) + 0.7152 * channel(color.green) + 0.0722 * channel(color.blue)
    }
}

/// Accumulates CSS text, one declaration per line, and formats numbers deterministically.
struct CSSText {
    private(set) var text = ""
    let bodySize: Double

    init(bodySize: Double) {
        self.bodySize = bodySize
    }

    mutating func line(_ line: String) {
        text += line
        text += "\n"
    }

    mutating func rule(_ selector: String, _ declarations: [(String, String)]) {
        guard !declarations.isEmpty else { return }
        let indent = selector.hasPrefix("  ") ? "  " : ""
        text += selector + " {\n"
        for (property, value) in declarations {
            text += indent + "  " + property + ": " + value + ";\n"
        }
        text += indent + "}\n"
    }

    /// Points as `rem` of the body size: 10.5 pt at a 10.5 pt body is `1rem`.
    func rem(points: Double) -> String {
        let value = points / bodySize
        return value == 0 ? "0" : CSSText.number(value) + "rem"
    }

    /// Up to three decimals, no trailing zeros: `1.5`, `0.857`, `2`.
    static func number(_ value: Double) -> String {
        let scaled = Int((value * 1000).rounded())
        let sign = scaled < 0 ? "-" : ""
        let magnitude = abs(scaled)
        let whole = magnitude / 1000
        var fraction = magnitude % 1000
        guard fraction != 0 else { return sign + String(whole) }
        var digits = 3
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let fractionText = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }
}
