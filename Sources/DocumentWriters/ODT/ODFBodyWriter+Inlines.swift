import DocumentTree

extension ODFBodyWriter {
    func writeInlines(_ inlines: [Inline], context: Context) {
        for inline in inlines { writeInline(inline, context: context) }
    }

    func writeInline(_ inline: Inline, context: Context) {
        switch inline {
        case .text(let text):
            xml.text(text)
        case .emphasis(let inner):
            writeSpan(ODFStyleCatalog.emphasis, inner, context: context)
        case .strong(let inner):
            writeSpan(ODFStyleCatalog.strong, inner, context: context)
        case .strikethrough(let inner):
            writeSpan(ODFStyleCatalog.strikethrough, inner, context: context)
        case .superscript(let inner):
            writeSpan(ODFStyleCatalog.superscript, inner, context: context)
        case .subscript(let inner):
            writeSpan(ODFStyleCatalog.subscript, inner, context: context)
        case .code(let code):
            xml.start(constant: "text:span")
            xml.attribute(constant: "text:style-name", ODFStyleCatalog.code)
            writePreservingSpaces(code)
            xml.end()
        case .link(let link):
            writeLink(link, context: context)
        case .footnote(let blocks):
            writeFootnote(blocks, context: context)
        case .lineBreak:
            xml.empty(constant: "text:line-break")
        case .image(let image):
            writeImage(image, asCharacter: true)
        case .checkbox(let checked):
            xml.start(constant: "text:span")
            xml.attribute(constant: "text:style-name", ODFStyleCatalog.checkbox)
            xml.text(checked ? "☒" : "☐")
            xml.end()
        case .field(let field):
            switch field {
            case .pageNumber:
                xml.start(constant: "text:page-number")
                xml.attribute(constant: "text:select-page", "current")
                xml.text("1")
                xml.end()
            case .pageCount:
                xml.element("text:page-count", text: "1")
            }
        case .styled(let name, let inner):
            if let styleName = catalog.characterStyle(name) {
                writeSpan(styleName, inner, context: context)
            } else {
                writeInlines(inner, context: context)
            }
        case .formatted(let format, let inner):
            writeSpan(automaticStyles.name(.text(format)), inner, context: context)
        }
    }

    func writeSpan(_ styleName: String, _ inner: [Inline], context: Context) {
        xml.start(constant: "text:span")
        xml.attribute(constant: "text:style-name", styleName)
        writeInlines(inner, context: context)
        xml.end()
    }

    /// An external link, or an internal one (`#anchor`) to a heading's bookmark. A link inside
    /// a link keeps only its text (ODF does not nest links).
    func writeLink(_ link: Link, context: Context) {
        guard !isInsideLink else {
            writeInlines(link.content, context: context)
            return
        }
        xml.start(constant: "text:a")
        xml.attribute(constant: "xlink:type", "simple")
        switch link.target {
        case .external(let url): xml.attribute(constant: "xlink:href", url)
        case .internal(let anchor): xml.attribute(constant: "xlink:href", "#" + anchor)
        }
        if let title = link.title { xml.attribute(constant: "office:title", title) }
        xml.attribute(constant: "text:style-name", ODFStyleCatalog.internetLink)
        xml.attribute(constant: "text:visited-style-name", ODFStyleCatalog.internetLink)
        isInsideLink = true
        writeInlines(link.content, context: context)
        isInsideLink = false
        xml.end()
    }

    /// A numbered footnote. Notes inside notes, headers, footers and TOC entries are left out.
    func writeFootnote(_ blocks: [Block], context: Context) {
        guard context.allowsFootnotes, !isInsideNote else { return }
        footnoteCount += 1
        let number = String(footnoteCount)
        xml.start(constant: "text:note")
        xml.attribute(constant: "text:id", "ftn" + number)
        xml.attribute(constant: "text:note-class", "footnote")
        xml.element("text:note-citation", text: number)
        xml.start(constant: "text:note-body")
        isInsideNote = true
        let noteContext = Context(paragraphStyle: catalog.paragraphStyle("Footnote") ?? catalog.normal,
                                  alignment: nil, canBreak: false, allowsFootnotes: false)
        if blocks.isEmpty {
            xml.start(constant: "text:p")
            xml.attribute(constant: "text:style-name", noteContext.paragraphStyle)
            xml.end()
        } else {
            writeBlocks(blocks, context: noteContext)
        }
        isInsideNote = false
        xml.end()
        xml.end()
    }

    /// A frame holding the image (SVG first, with its PNG fallback as a second image, which ODF
    /// readers take when they cannot show the first), its size and its alternative text.
    func writeImage(_ image: Image, asCharacter: Bool) {
        frameCount += 1
        xml.start(constant: "draw:frame")
        xml.attribute(constant: "draw:style-name", automaticStyles.name(.graphic(anchoredAsCharacter: asCharacter)))
        xml.attribute(constant: "draw:name", frameNamePrefix + String(frameCount))
        xml.attribute(constant: "text:anchor-type", asCharacter ? "as-char" : "paragraph")
        // An image wider than where it stands (a narrow cell) shrinks, keeping its proportions.
        let scale = image.width > availableWidth && image.width.millimetres > 0
            ? availableWidth.millimetres / image.width.millimetres : 1
        xml.attribute(constant: "svg:width", ODFUnits.mm(image.width.millimetres * scale))
        xml.attribute(constant: "svg:height", ODFUnits.mm(image.height.millimetres * scale))
        xml.attribute(constant: "draw:z-index", "0")
        writeImageData(image.data, format: image.format)
        if image.format == .svg, let fallback = image.pngFallback {
            writeImageData(fallback, format: .png)
        }
        if !image.altText.isEmpty {
            xml.element("svg:title", text: image.altText)
            xml.element("svg:desc", text: image.altText)
        }
        xml.end()
    }

    private func writeImageData(_ bytes: [UInt8], format: Image.Format) {
        xml.start(constant: "draw:image")
        xml.attribute(constant: "xlink:href", pictures.path(for: bytes, format: format))
        xml.attribute(constant: "xlink:type", "simple")
        xml.attribute(constant: "xlink:show", "embed")
        xml.attribute(constant: "xlink:actuate", "onLoad")
        xml.attribute(constant: "draw:mime-type", format.mediaType)
        xml.end()
    }

    /// Text whose spaces, tabs and line breaks must survive ODF's whitespace collapsing
    /// (code): runs of spaces become `text:s`, tabs `text:tab`, newlines `text:line-break`.
    func writePreservingSpaces(_ text: String) {
        var run = ""
        var extraSpaces = 0
        var afterCharacter = false
        func flushExtraSpaces() {
            guard extraSpaces > 0 else { return }
            if !run.isEmpty { xml.text(run); run = "" }
            xml.start(constant: "text:s")
            if extraSpaces > 1 { xml.attribute(constant: "text:c", number: extraSpaces) }
            xml.end()
            extraSpaces = 0
        }
        for character in text {
            switch character {
            case " ":
                // A space right after a character survives; the others of the run would collapse.
                if afterCharacter { run.append(" ") } else { extraSpaces += 1 }
                afterCharacter = false
            case "\t", "\n", "\r\n":
                flushExtraSpaces()
                if !run.isEmpty { xml.text(run); run = "" }
                xml.empty(character == "\t" ? "text:tab" : "text:line-break")
                afterCharacter = false
            default:
                flushExtraSpaces()
                run.append(character)
                afterCharacter = true
            }
        }
        flushExtraSpaces()
        if !run.isEmpty { xml.text(run) }
    }
}
