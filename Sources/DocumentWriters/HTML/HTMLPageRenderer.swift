import DocumentTree

/// Renders one document into an HTML page in a single pass over the tree.
///
/// Holds what the page needs while it is written: the ids already given out (headings, notes,
/// table-of-contents titles), the footnotes collected so far, and counters for tables.
struct HTMLPageRenderer {
    let document: Document
    let options: WriterOptions
    let labels: HTMLLabels
    var out: HTMLBuilder

    /// The element id each heading anchor of the tree resolves to (the first heading holding it).
    private var anchorTargets: [String: String] = [:]
    /// Every element id given out, so none is given twice.
    private var usedIDs: Set<String> = []
    /// Anchors whose first heading has been written; a second heading with the same anchor gets a new id.
    private var writtenAnchors: Set<String> = []
    /// Class names of the paragraph and character styles met so far (making one is not cheap).
    private var paragraphClasses: [String: String] = [:]
    private var characterClasses: [String: String] = [:]
    /// Footnote contents in the order of their references; number = index + 1.
    var footnotes: [[Block]] = []
    var tableCount = 0
    private var tableOfContentsCount = 0

    init(document: Document, options: WriterOptions) {
        self.document = document
        self.options = options
        self.labels = HTMLLabels.forLanguage(document.metadata.language)
        // A guess that saves most regrowth: the stylesheet plus about 160 bytes per top-level block.
        let topLevelBlocks = document.sections.reduce(0) { $0 + $1.blocks.count }
        self.out = HTMLBuilder(capacity: 65_536 + topLevelBlocks * 160)
        collectAnchors()
    }

    mutating func render() -> [UInt8] {
        let metadata = document.metadata
        let language = HTMLNames.languageTag(metadata.language)
        out.raw("<!DOCTYPE html>\n<html")
        out.attribute("lang", language)
        if HTMLNames.isRightToLeftLanguage(language) { out.attribute("dir", "rtl") }
        out.raw(">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        let title = metadata.title.trimmingCharacters(in: " \t\n\r")
        out.text(title.isEmpty ? "Document" : title)
        out.raw("</title>\n")
        if let description = metadata.description, !description.isEmpty { meta("description", description) }
        if !metadata.authors.isEmpty { meta("author", metadata.authors.joined(separator: ", ")) }
        if !metadata.keywords.isEmpty { meta("keywords", metadata.keywords.joined(separator: ", ")) }
        meta("generator", options.generator.isEmpty ? "deliverables" : options.generator)
        switch options.htmlStylesheet {
        case .embedded:
            out.raw("<style>\n")
            out.rawString(options.partCache.part(.htmlStylesheet) { HouseStyleCSS.stylesheet(for: options.style) })
            out.raw("</style>\n")
        case .linked(let href):
            out.raw("<link rel=\"stylesheet\"")
            out.attribute("href", HTMLNames.safeURL(href) ?? "")
            out.raw(">\n")
        }
        out.raw("</head>\n<body>\n<a class=\"skip-link\" href=\"#content\">")
        out.text(labels.skipToContent)
        out.raw("</a>\n")

        let firstSection = document.sections.first ?? Section(blocks: [])
        let header = runningBlocks(options.style.header(of: firstSection, in: document))
        if !header.isEmpty {
            out.raw("<header class=\"running-header\">\n")
            blocks(header, inline: .running)
            out.raw("</header>\n")
        }
        out.raw("<main id=\"content\">\n")
        for section in document.sections {
            out.raw(section.pageSetup.orientation == .landscape
                    ? "<section class=\"doc-section landscape\">\n" : "<section class=\"doc-section portrait\">\n")
            blocks(section.blocks, inline: .body)
            out.raw("</section>\n")
        }
        writeFootnotes()
        out.raw("</main>\n")
        let footer = runningBlocks(options.style.footer(of: firstSection, in: document))
        if !footer.isEmpty {
            out.raw("<footer class=\"running-footer\">\n")
            blocks(footer, inline: .running)
            out.raw("</footer>\n")
        }
        out.raw("</body>\n</html>\n")
        return out.bytes
    }

    private mutating func meta(_ name: String, _ content: String) {
        out.raw("<meta")
        out.attribute("name", name)
        out.attribute("content", content)
        out.raw(">\n")
    }

    /// Running content without the paragraphs that hold page fields: a web page has no pages.
    private func runningBlocks(_ content: RunningContent) -> [Block] {
        content.blocks.filter { block in
            if case .paragraph(let paragraph) = block { return !paragraph.content.containsField }
            return true
        }
    }

    // MARK: - Element ids

    /// Gives every heading anchor of the tree an element id up front, so the table of contents
    /// (which may come first) and internal links point at the id the heading will carry.
    private mutating func collectAnchors() {
        func visit(_ blocks: [Block], _ renderer: inout HTMLPageRenderer) {
            for block in blocks {
                switch block {
                case .heading(let heading):
                    if let anchor = heading.id.flatMap(HTMLNames.elementID), renderer.anchorTargets[anchor] == nil {
                        renderer.anchorTargets[anchor] = renderer.uniqueID(anchor)
                    }
                case .blockQuote(let inner): visit(inner, &renderer)
                case .list(let list): list.items.forEach { visit($0, &renderer) }
                case .table(let table): (table.headerRows + table.bodyRows).forEach { $0.cells.forEach { visit($0.blocks, &renderer) } }
                default: break
                }
            }
        }
        for section in document.sections { visit(section.blocks, &self) }
    }

    /// `base`, or `base-2`, `base-3`… : an id not given out yet and not one the page uses itself.
    mutating func uniqueID(_ base: String) -> String {
        var candidate = base
        var counter = 2
        while usedIDs.contains(candidate) || HTMLPageRenderer.isReservedID(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        usedIDs.insert(candidate)
        return candidate
    }

    /// Ids the page gives its own elements: the main landmark, notes and table-of-contents titles.
    static func isReservedID(_ id: String) -> Bool {
        if id == "content" || id == "footnotes-title" || id.hasPrefix("toc-title") { return true }
        for prefix in ["fnref", "fn"] where id.hasPrefix(prefix) {
            let rest = id.dropFirst(prefix.count)
            if !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        }
        return false
    }

    /// The `href` of a link to a heading anchor.
    func internalHref(_ anchor: String) -> String {
        let id = HTMLNames.elementID(anchor).map { anchorTargets[$0] ?? $0 } ?? ""
        return HTMLNames.safeURL("#" + id) ?? "#"
    }

    /// The id a heading carries: its anchor's id the first time, a fresh one for a repeated anchor.
    private mutating func headingID(_ heading: Heading) -> String? {
        guard let anchor = heading.id.flatMap(HTMLNames.elementID) else { return nil }
        if !writtenAnchors.contains(anchor), let target = anchorTargets[anchor] {
            writtenAnchors.insert(anchor)
            return target
        }
        return uniqueID(anchor)
    }

    /// `p-caption` for `Caption`, remembered.
    mutating func className(paragraphStyle style: String) -> String {
        if let known = paragraphClasses[style] { return known }
        let name = HTMLNames.paragraphClass(style)
        paragraphClasses[style] = name
        return name
    }

    /// `c-highlight` for `Highlight`, remembered.
    mutating func className(characterStyle style: String) -> String {
        if let known = characterClasses[style] { return known }
        let name = HTMLNames.characterClass(style)
        characterClasses[style] = name
        return name
    }

    // MARK: - Blocks

    mutating func blocks(_ blocks: [Block], inline mode: InlineMode) {
        for block in blocks { self.block(block, inline: mode) }
    }

    mutating func block(_ block: Block, inline mode: InlineMode) {
        switch block {
        case .heading(let heading):
            self.heading(heading, inline: mode)
        case .paragraph(let paragraph):
            self.paragraph(paragraph, inline: mode)
        case .list(let list):
            self.list(list, inline: mode)
        case .table(let table):
            self.table(table, inline: mode)
        case .figure(let figure):
            self.figure(figure, inline: mode)
        case .tableOfContents(let contents):
            tableOfContents(contents)
        case .blockQuote(let inner):
            out.raw("<blockquote>\n")
            blocks(inner, inline: mode)
            out.raw("</blockquote>\n")
        case .codeBlock(let code):
            out.raw("<pre><code")
            if let language = code.language, !language.isEmpty { out.attribute("class", "language-" + AnchorID.slug(language)) }
            out.closeStartTag()
            out.text(code.text)
            out.raw("</code></pre>\n")
        case .horizontalRule:
            out.raw("<hr>\n")
        case .pageBreak:
            out.raw("<div class=\"page-break\"></div>\n")
        }
    }

    private static let headingTags: [StaticString] = ["h1", "h2", "h3", "h4", "h5", "h6"]

    private mutating func heading(_ heading: Heading, inline mode: InlineMode) {
        let tag = HTMLPageRenderer.headingTags[min(max(heading.level, 1), 6) - 1]
        out.openStartTag(tag)
        if let id = headingID(heading) { out.attribute("id", id) }
        if heading.content.containsRightToLeft { out.attribute("dir", "auto") }
        out.closeStartTag()
        inlines(heading.content, mode: mode)
        out.endTag(tag)
        out.newline()
    }

    /// A paragraph; `backLink` adds the link from a footnote back to its reference.
    mutating func paragraph(_ paragraph: Paragraph, inline mode: InlineMode, backLink: Int? = nil) {
        out.raw("<p")
        var separator: StaticString = " class=\""
        if let style = paragraph.style, style != "Normal" {
            out.raw(separator)
            out.text(className(paragraphStyle: style))
            separator = " "
        }
        if let alignment = paragraph.alignment {
            out.raw(separator)
            out.rawString(HTMLNames.alignmentClass(alignment))
            separator = " "
        }
        if paragraph.keepWithNext {
            out.raw(separator)
            out.raw("keep-with-next")
            separator = " "
        }
        if separator.utf8CodeUnitCount == 1 { out.raw("\"") }
        if paragraph.content.containsRightToLeft { out.attribute("dir", "auto") }
        out.closeStartTag()
        inlines(paragraph.content, mode: mode)
        if let backLink { footnoteBackLink(backLink) }
        out.raw("</p>\n")
    }

    /// Whether a paragraph can be written as bare inline content inside a list item or cell.
    static func isPlain(_ paragraph: Paragraph) -> Bool {
        (paragraph.style == nil || paragraph.style == "Normal") && paragraph.alignment == nil && !paragraph.keepWithNext
    }

    private mutating func list(_ list: List, inline mode: InlineMode) {
        let ordered: Bool
        switch list.kind {
        case .bullet:
            ordered = false
            out.raw("<ul")
        case .ordered(let start):
            ordered = true
            out.raw("<ol")
            if start != 1 { out.raw(" start=\""); out.number(start); out.raw("\"") }
        }
        if !list.isTight { out.raw(" class=\"loose\"") }
        out.raw(">\n")
        for item in list.items {
            out.raw("<li")
            var rest = item[...]
            if list.isTight, case .paragraph(let first)? = item.first, HTMLPageRenderer.isPlain(first) {
                if first.content.containsRightToLeft { out.attribute("dir", "auto") }
                out.closeStartTag()
                inlines(first.content, mode: mode)
                rest = item.dropFirst()
                if !rest.isEmpty { out.newline() }
            } else {
                out.closeStartTag()
                if !item.isEmpty { out.newline() }
            }
            for block in rest { self.block(block, inline: mode) }
            out.raw("</li>\n")
        }
        out.raw(ordered ? "</ol>\n" : "</ul>\n")
    }

    private mutating func figure(_ figure: Figure, inline mode: InlineMode) {
        out.raw("<figure")
        out.attribute("class", HTMLNames.alignmentClass(figure.alignment))
        out.raw(">\n")
        image(figure.image, inline: false)
        out.newline()
        if !figure.caption.isEmpty {
            out.raw("<figcaption")
            if figure.caption.containsRightToLeft { out.attribute("dir", "auto") }
            out.closeStartTag()
            inlines(figure.caption, mode: mode)
            out.raw("</figcaption>\n")
        }
        out.raw("</figure>\n")
    }

    /// `<img>` with the picture as a `data:` URI (SVG too: base64 keeps any markup in it inert).
    mutating func image(_ image: Image, inline: Bool) {
        out.raw("<img")
        if inline { out.raw(" class=\"inline\"") }
        out.raw(" src=\"data:")
        out.rawString(image.format.mediaType)
        out.raw(";base64,")
        out.base64(image.data)
        out.raw("\"")
        out.attribute("alt", image.altText)
        let width = Int(image.width.cssPixels.rounded()), height = Int(image.height.cssPixels.rounded())
        if width > 0, height > 0 {
            out.raw(" width=\"")
            out.number(width)
            out.raw("\" height=\"")
            out.number(height)
            out.raw("\"")
        }
        out.raw(">")
    }

    private mutating func tableOfContents(_ contents: TableOfContents) {
        tableOfContentsCount += 1
        let titleID = tableOfContentsCount == 1 ? "toc-title" : "toc-title-\(tableOfContentsCount)"
        let hasTitle = !contents.title.isEmpty
        out.raw("<nav class=\"toc\"")
        if hasTitle { out.attribute("aria-labelledby", titleID) }
        out.raw(">\n")
        if hasTitle {
            out.raw("<h2 class=\"toc-title\"")
            out.attribute("id", titleID)
            out.raw(">")
            out.text(contents.title)
            out.raw("</h2>\n")
        }
        let entries = document.outline(depth: contents.depth)
        var openLevels: [Int] = []
        for entry in entries {
            if let current = openLevels.last {
                if entry.level > current {
                    out.raw("\n<ol>\n")
                    openLevels.append(entry.level)
                } else {
                    out.raw("</li>\n")
                    while openLevels.count > 1, let last = openLevels.last, entry.level < last {
                        openLevels.removeLast()
                        out.raw("</ol>\n</li>\n")
                    }
                }
            } else {
                out.raw("<ol>\n")
                openLevels.append(entry.level)
            }
            out.raw("<li class=\"toc-")
            out.number(min(entry.level, 6))
            out.raw("\"><a")
            out.attribute("href", internalHref(entry.anchor))
            out.raw(">")
            inlines(entry.title, mode: .tableOfContents)
            out.raw("</a>")
        }
        if !openLevels.isEmpty {
            out.raw("</li>\n")
            for index in openLevels.indices.reversed() {
                out.raw(index == 0 ? "</ol>\n" : "</ol>\n</li>\n")
            }
        }
        out.raw("</nav>\n")
    }

    // MARK: - Footnotes

    private mutating func writeFootnotes() {
        guard !footnotes.isEmpty else { return }
        out.raw("<section class=\"footnotes\" role=\"doc-endnotes\" aria-labelledby=\"footnotes-title\">\n<h2 id=\"footnotes-title\">")
        out.text(labels.notes)
        out.raw("</h2>\n<ol>\n")
        var index = 0
        // Notes inside notes are appended while this loop runs, and written in turn.
        while index < footnotes.count {
            let number = index + 1
            let content = footnotes[index]
            index += 1
            out.raw("<li id=\"fn")
            out.number(number)
            out.raw("\">\n")
            if case .paragraph(let last)? = content.last {
                blocks(Array(content.dropLast()), inline: .body)
                paragraph(last, inline: .body, backLink: number)
            } else {
                blocks(content, inline: .body)
                out.raw("<p>")
                footnoteBackLink(number)
                out.raw("</p>\n")
            }
            out.raw("</li>\n")
        }
        out.raw("</ol>\n</section>\n")
    }

    private mutating func footnoteBackLink(_ number: Int) {
        out.raw(" <a class=\"footnote-back\" href=\"#fnref")
        out.number(number)
        out.raw("\" role=\"doc-backlink\"")
        out.attribute("aria-label", "\(labels.backToText) (\(number))")
        out.raw(">\u{21A9}\u{FE0E}</a>")
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        guard let first = firstIndex(where: { !characters.contains($0) }),
              let last = lastIndex(where: { !characters.contains($0) }) else { return "" }
        return String(self[first...last])
    }
}
