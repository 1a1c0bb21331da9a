import DocumentTree

/// What inline content may hold where it is written.
struct InlineMode {
    /// Links are written as `<a>`; false inside a link (links do not nest) and in the contents.
    var allowsLinks: Bool
    /// Footnotes are numbered and collected; false in running headers and the table of contents.
    var allowsFootnotes: Bool
    var allowsImages: Bool

    static let body = InlineMode(allowsLinks: true, allowsFootnotes: true, allowsImages: true)
    static let running = InlineMode(allowsLinks: true, allowsFootnotes: false, allowsImages: true)
    static let tableOfContents = InlineMode(allowsLinks: false, allowsFootnotes: false, allowsImages: false)

    var withoutLinks: InlineMode {
        var copy = self
        copy.allowsLinks = false
        return copy
    }
}

extension HTMLPageRenderer {
    mutating func inlines(_ inlines: [Inline], mode: InlineMode) {
        for inline in inlines { self.inline(inline, mode: mode) }
    }

    private mutating func inline(_ inline: Inline, mode: InlineMode) {
        switch inline {
        case .text(let text):
            out.text(text)
        case .emphasis(let inner):
            wrapped("em", inner, mode: mode)
        case .strong(let inner):
            wrapped("strong", inner, mode: mode)
        case .strikethrough(let inner):
            wrapped("del", inner, mode: mode)
        case .superscript(let inner):
            wrapped("sup", inner, mode: mode)
        case .subscript(let inner):
            wrapped("sub", inner, mode: mode)
        case .code(let text):
            out.raw("<code>")
            out.text(text)
            out.raw("</code>")
        case .link(let link):
            self.link(link, mode: mode)
        case .footnote(let content):
            guard mode.allowsFootnotes else { return }
            footnotes.append(content)
            let number = footnotes.count
            if mode.allowsLinks {
                out.raw("<sup class=\"footnote-ref\"><a href=\"#fn")
                out.number(number)
                out.raw("\" id=\"fnref")
                out.number(number)
                out.raw("\" role=\"doc-noteref\">")
                out.number(number)
                out.raw("</a></sup>")
            } else {
                out.raw("<sup class=\"footnote-ref\" id=\"fnref")
                out.number(number)
                out.raw("\">")
                out.number(number)
                out.raw("</sup>")
            }
        case .lineBreak:
            out.raw("<br>")
        case .image(let image):
            if mode.allowsImages { self.image(image, inline: true) }
        case .checkbox(let checked):
            out.raw("<span class=\"checkbox\" role=\"img\"")
            out.attribute("aria-label", checked ? labels.checked : labels.unchecked)
            out.raw(checked ? ">\u{2612}</span>" : ">\u{2610}</span>")
        case .field:
            // Page numbers and counts need pages; a web page has none.
            break
        case .styled(let style, let inner):
            out.raw("<span")
            out.attribute("class", className(characterStyle: style))
            out.raw(">")
            inlines(inner, mode: mode)
            out.raw("</span>")
        case .formatted(let format, let inner):
            let declarations = inlineStyle(format)
            if declarations.isEmpty {
                inlines(inner, mode: mode)
            } else {
                out.raw("<span")
                out.attribute("style", declarations)
                out.raw(">")
                inlines(inner, mode: mode)
                out.raw("</span>")
            }
        }
    }

    private mutating func wrapped(_ tag: StaticString, _ inner: [Inline], mode: InlineMode) {
        out.startTag(tag)
        inlines(inner, mode: mode)
        out.endTag(tag)
    }

    private mutating func link(_ link: Link, mode: InlineMode) {
        let href: String?
        switch link.target {
        case .external(let url): href = HTMLNames.safeURL(url)
        case .internal(let anchor): href = internalHref(anchor)
        }
        guard mode.allowsLinks, let href else {
            inlines(link.content, mode: mode)
            return
        }
        out.raw("<a")
        out.attribute("href", href)
        if let title = link.title, !title.isEmpty { out.attribute("title", title) }
        out.raw(">")
        inlines(link.content, mode: mode.withoutLinks)
        out.raw("</a>")
    }

    /// Direct formatting as a `style` attribute; sizes in `rem` of the body size, as in the stylesheet.
    private func inlineStyle(_ format: TextFormat) -> String {
        var declarations: [String] = []
        if let size = format.fontSize, size > 0 {
            let body = options.style.fonts.bodySize > 0 ? options.style.fonts.bodySize : 10.5
            declarations.append("font-size:\(CSSText.number(size / body))rem")
        }
        if let bold = format.bold { declarations.append(bold ? "font-weight:700" : "font-weight:400") }
        if let italic = format.italic { declarations.append(italic ? "font-style:italic" : "font-style:normal") }
        if let color = format.color { declarations.append("color:\(color.rgbHexString)") }
        return declarations.joined(separator: ";")
    }
}

extension Array where Element == Inline {
    /// Whether the inlines hold a page field (a page number or count), at any depth.
    var containsField: Bool {
        contains { inline in
            switch inline {
            case .field: return true
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .superscript(let inner),
                 .subscript(let inner), .styled(_, let inner), .formatted(_, let inner):
                return inner.containsField
            case .link(let link): return link.content.containsField
            default: return false
            }
        }
    }

    /// Whether the text holds right-to-left script, so its element needs `dir="auto"`.
    var containsRightToLeft: Bool {
        contains { inline in
            switch inline {
            case .text(let text), .code(let text): return HTMLNames.containsRightToLeft(text)
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .superscript(let inner),
                 .subscript(let inner), .styled(_, let inner), .formatted(_, let inner):
                return inner.containsRightToLeft
            case .link(let link): return link.content.containsRightToLeft
            default: return false
            }
        }
    }
}
