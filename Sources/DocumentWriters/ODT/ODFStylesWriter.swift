import DocumentTree

/// Writes `styles.xml` from the house style: the default style (with the document language),
/// the named paragraph and character styles, list styles, the outline and footnote settings,
/// the page layouts, and the master pages with their running headers and footers.
struct ODFStylesWriter {
    let document: Document
    let catalog: ODFStyleCatalog
    let pageStyles: ODFPageStyles
    let pictures: ODFPictureStore

    /// Where the part that depends only on the house style and the language is kept.
    let cache: WriterPartCache

    private var house: HouseStyle { catalog.house }

    /// The font faces and `office:styles`: everything that depends only on the house style and
    /// the document's language.
    private func commonStyles() -> [UInt8] {
        let xml = XMLWriter(fragment: ())
        ODFFontFaces(house: house).write(into: xml)
        xml.start(constant: "office:styles")
        writeDefaultStyle(into: xml)
        writeParagraphStyles(into: xml)
        writeCharacterStyles(into: xml)
        writeOutlineStyle(into: xml)
        writeNotesConfiguration(into: xml)
        ODFListStyles.write(into: xml)
        xml.end()
        return xml.finish()
    }

    func write() -> [UInt8] {
        // Master pages first, into a fragment, so the automatic styles their headers need are known.
        let automaticStyles = ODFAutomaticStyles(prefix: "M", tableStyle: house.table)
        let masterXML = XMLWriter(fragment: ())
        writeMasterPages(into: masterXML, automaticStyles: automaticStyles)
        let masterBytes = masterXML.finish()

        let xml = XMLWriter()
        xml.start(constant: "office:document-styles")
        xml.namespaces(ODFNamespaces.document)
        xml.attribute(constant: "office:version", ODFNamespaces.version)
        xml.raw(cache.part(.odfCommonStyles(language: document.metadata.language)) { commonStyles() })
        xml.start(constant: "office:automatic-styles")
        pageStyles.writeLayouts(into: xml)
        automaticStyles.write(into: xml)
        xml.end()
        xml.raw(masterBytes)
        xml.end()
        return xml.finish()
    }

    // MARK: Default and paragraph styles

    private func writeDefaultStyle(into xml: XMLWriter) {
        let language = ODFLanguage(tag: document.metadata.language)
        xml.start(constant: "style:default-style")
        xml.attribute(constant: "style:family", "paragraph")
        xml.start(constant: "style:paragraph-properties")
        xml.attribute(constant: "style:writing-mode", "page")
        xml.end()
        xml.start(constant: "style:text-properties")
        xml.attribute(constant: "style:font-name", house.fonts.body)
        xml.attribute(constant: "style:font-name-complex", house.fonts.body)
        let size = ODFUnits.pt(house.fonts.bodySize)
        xml.attribute(constant: "fo:font-size", size)
        xml.attribute(constant: "style:font-size-complex", size)
        xml.attribute(constant: "fo:language", language.language)
        if let country = language.country { xml.attribute(constant: "fo:country", country) }
        if language.isComplexScript {
            xml.attribute(constant: "style:language-complex", language.language)
            if let country = language.country { xml.attribute(constant: "style:country-complex", country) }
        }
        xml.attribute(constant: "fo:hyphenate", "false")
        xml.end()
        xml.end()
    }

    private func writeParagraphStyles(into xml: XMLWriter) {
        let normal = house.paragraphStyle(named: "Normal")
        for name in house.paragraphStyleNames {
            let style = house.paragraphStyles[name] ?? ParagraphStyle()
            let isNormal = name == "Normal"
            var outlineLevel: Int?
            if name.hasPrefix("Heading"), let level = Int(name.dropFirst("Heading".count)), (1...6).contains(level) {
                outlineLevel = level
            }
            writeParagraphStyle(name: ODFStyleName.encode(name), displayName: name,
                                parent: isNormal ? nil : catalog.normal, outlineLevel: outlineLevel,
                                style: isNormal ? style.inheriting(from: ParagraphStyle(color: house.colors.text)) : style,
                                into: xml)
        }
        // The styles this writer adds for table cells, rules, tight lists and figures, unless
        // the house style defines a style of the same name itself.
        let houseNames = Set(house.paragraphStyleNames.map(ODFStyleName.encode))
        let added: [(name: String, displayName: String, parent: String, style: ParagraphStyle, border: String?)] = [
            (ODFStyleCatalog.tableContents, "Table Contents", catalog.normal,
             ParagraphStyle(spaceBefore: 0, spaceAfter: 1.5, lineHeight: normal.lineHeight), nil),
            (ODFStyleCatalog.tableHeading, "Table Heading", ODFStyleCatalog.tableContents,
             ParagraphStyle(bold: true, color: house.table.headerText), nil),
            (ODFStyleCatalog.horizontalRule, "Horizontal Line", catalog.normal,
             ParagraphStyle(fontSize: 4, spaceBefore: 0, spaceAfter: 8), "0.75pt solid " + house.colors.muted.rgbHexString),
            (ODFStyleCatalog.tightListItem, "List Tight", catalog.normal, ParagraphStyle(spaceBefore: 0, spaceAfter: 1.5), nil),
            (ODFStyleCatalog.pageStart, "Page Start", catalog.normal,
             ParagraphStyle(fontSize: 1, spaceBefore: 0, spaceAfter: 0, lineHeight: 1), nil),
            (ODFStyleCatalog.figure, "Figure", catalog.normal, ParagraphStyle(alignment: .center, spaceBefore: 6, spaceAfter: 3), nil),
        ]
        for style in added where !houseNames.contains(style.name) {
            writeParagraphStyle(name: style.name, displayName: style.displayName, parent: style.parent, outlineLevel: nil,
                                style: style.style, border: style.border, into: xml)
        }
    }

    private func writeParagraphStyle(name: String, displayName: String, parent: String?, outlineLevel: Int?,
                                     style: ParagraphStyle, border: String? = nil, into xml: XMLWriter) {
        xml.start(constant: "style:style")
        xml.attribute(constant: "style:name", name)
        if displayName != name { xml.attribute(constant: "style:display-name", displayName) }
        xml.attribute(constant: "style:family", "paragraph")
        if let parent { xml.attribute(constant: "style:parent-style-name", parent) }
        if let outlineLevel {
            xml.attribute(constant: "style:next-style-name", catalog.normal)
            xml.attribute(constant: "style:default-outline-level", number: outlineLevel)
        }
        xml.attribute(constant: "style:class", outlineLevel == nil ? "text" : "chapter")

        xml.start(constant: "style:paragraph-properties")
        if let before = style.spaceBefore { xml.attribute(constant: "fo:margin-top", ODFUnits.pt(before)) }
        if let after = style.spaceAfter { xml.attribute(constant: "fo:margin-bottom", ODFUnits.pt(after)) }
        if let indent = style.indent {
            xml.attribute(constant: "fo:margin-left", ODFUnits.mm(indent))
            xml.attribute(constant: "fo:margin-right", "0mm")
            xml.attribute(constant: "fo:text-indent", "0mm")
        }
        if let lineHeight = style.lineHeight { xml.attribute(constant: "fo:line-height", ODFUnits.percent(lineHeight * 100)) }
        if let alignment = style.alignment { xml.attribute(constant: "fo:text-align", ODFUnits.textAlign(alignment)) }
        if style.keepWithNext == true { xml.attribute(constant: "fo:keep-with-next", "always") }
        if style.pageBreakBefore == true { xml.attribute(constant: "fo:break-before", "page") }
        if let background = style.background { xml.attribute(constant: "fo:background-color", background.rgbHexString) }
        if let border {
            xml.attribute(constant: "fo:border-bottom", border)
            xml.attribute(constant: "fo:padding-bottom", "0mm")
        } else if style.borderBelow == true {
            xml.attribute(constant: "fo:border-bottom", "1pt solid " + house.colors.accent.rgbHexString)
            xml.attribute(constant: "fo:padding-bottom", "1.5mm")
        }
        if style.background != nil {
            xml.attribute(constant: "fo:padding-left", "1.5mm")
            xml.attribute(constant: "fo:padding-right", "1.5mm")
        }
        if outlineLevel != nil { xml.attribute(constant: "fo:keep-together", "always") }
        xml.end()

        xml.start(constant: "style:text-properties")
        if let font = style.font {
            let family = fontFamily(font)
            xml.attribute(constant: "style:font-name", family)
            xml.attribute(constant: "style:font-name-complex", family)
        }
        ODFTextProperties.write(fontSize: style.fontSize, bold: style.bold, italic: style.italic, color: style.color, into: xml)
        xml.end()
        xml.end()
    }

    private func fontFamily(_ role: FontRole) -> String {
        switch role {
        case .body: return house.fonts.body
        case .heading: return house.fonts.heading
        case .monospace: return house.fonts.monospace
        }
    }

    // MARK: Character styles

    private func writeCharacterStyles(into xml: XMLWriter) {
        var styles: [(name: String, style: CharacterStyle)] = []
        var defined = Set<String>()
        func add(_ name: String, _ style: CharacterStyle) {
            let encoded = ODFStyleName.encode(name)
            guard !defined.contains(encoded) else { return }
            defined.insert(encoded)
            styles.append((name, style))
        }
        for name in house.characterStyleNames {
            if let style = house.characterStyles[name] { add(name, style) }
        }
        add(ODFStyleCatalog.strong, CharacterStyle(bold: true))
        add(ODFStyleCatalog.emphasis, CharacterStyle(italic: true))
        add(ODFStyleCatalog.code, CharacterStyle(font: .monospace))
        for (name, style) in styles {
            xml.start(constant: "style:style")
            xml.attribute(constant: "style:name", ODFStyleName.encode(name))
            if ODFStyleName.encode(name) != name { xml.attribute(constant: "style:display-name", name) }
            xml.attribute(constant: "style:family", "text")
            xml.start(constant: "style:text-properties")
            if let font = style.font {
                xml.attribute(constant: "style:font-name", fontFamily(font))
                xml.attribute(constant: "style:font-name-complex", fontFamily(font))
            }
            ODFTextProperties.write(fontSize: style.fontSize, bold: style.bold, italic: style.italic, color: style.color, into: xml)
            if let background = style.background { xml.attribute(constant: "fo:background-color", background.rgbHexString) }
            xml.end()
            xml.end()
        }
        let writerStyles: [(String, String, [(String, String)])] = [
            (ODFStyleCatalog.strikethrough, "Strikethrough",
             [("style:text-line-through-style", "solid"), ("style:text-line-through-type", "single")]),
            (ODFStyleCatalog.superscript, "Superscript", [("style:text-position", "super 58%")]),
            (ODFStyleCatalog.subscript, "Subscript", [("style:text-position", "sub 58%")]),
            (ODFStyleCatalog.checkbox, "Checkbox", [("style:font-name", ODFStyleCatalog.symbolFont)]),
            (ODFStyleCatalog.internetLink, "Internet link",
             [("fo:color", house.colors.link.rgbHexString), ("style:text-underline-style", "solid"),
              ("style:text-underline-width", "auto"), ("style:text-underline-color", "font-color")]),
            (ODFStyleCatalog.indexLink, "Index Link", [("style:text-underline-style", "none")]),
        ]
        for (name, displayName, properties) in writerStyles where !defined.contains(name) {
            xml.start(constant: "style:style")
            xml.attribute(constant: "style:name", name)
            if displayName != name { xml.attribute(constant: "style:display-name", displayName) }
            xml.attribute(constant: "style:family", "text")
            xml.start(constant: "style:text-properties")
            for (key, value) in properties { xml.attribute(key, value) }
            xml.end()
            xml.end()
        }
    }

    // MARK: Outline, notes, master pages

    /// Headings carry outline levels without visible numbers.
    private func writeOutlineStyle(into xml: XMLWriter) {
        xml.start(constant: "text:outline-style")
        xml.attribute(constant: "style:name", "Outline")
        for level in 1...10 {
            xml.start(constant: "text:outline-level-style")
            xml.attribute(constant: "text:level", number: level)
            xml.attribute(constant: "style:num-format", "")
            xml.end()
        }
        xml.end()
    }

    private func writeNotesConfiguration(into xml: XMLWriter) {
        xml.start(constant: "text:notes-configuration")
        xml.attribute(constant: "text:note-class", "footnote")
        if let footnote = catalog.paragraphStyle("Footnote") { xml.attribute(constant: "text:default-style-name", footnote) }
        xml.attribute(constant: "text:citation-style-name", ODFStyleCatalog.superscript)
        xml.attribute(constant: "style:num-format", "1")
        xml.attribute(constant: "text:start-value", "0")
        xml.attribute(constant: "text:footnotes-position", "page")
        xml.attribute(constant: "text:start-numbering-at", "document")
        xml.end()
    }

    private func writeMasterPages(into xml: XMLWriter, automaticStyles: ODFAutomaticStyles) {
        xml.start(constant: "office:master-styles")
        let writer = ODFBodyWriter(xml: xml, automaticStyles: automaticStyles, pictures: pictures, catalog: catalog,
                                   document: document, availableWidth: house.page.textWidth, frameNamePrefix: "HeaderImage")
        for master in pageStyles.masters {
            xml.start(constant: "style:master-page")
            xml.attribute(constant: "style:name", master.name)
            xml.attribute(constant: "style:page-layout-name", master.layoutName)
            if let layout = pageStyles.layouts.first(where: { $0.name == master.layoutName }) {
                writer.availableWidth = layout.key.setup.textWidth
            }
            writeRunning("style:header", master.header, defaultStyle: "Header", writer: writer, into: xml)
            writeRunning("style:footer", master.footer, defaultStyle: "Footer", writer: writer, into: xml)
            xml.end()
        }
        xml.end()
    }

    private func writeRunning(_ element: String, _ content: RunningContent, defaultStyle: String, writer: ODFBodyWriter,
                              into xml: XMLWriter) {
        guard !content.blocks.isEmpty else { return }
        xml.start(element)
        let context = ODFBodyWriter.Context(paragraphStyle: catalog.paragraphStyle(defaultStyle) ?? catalog.normal,
                                            alignment: nil, canBreak: false, allowsFootnotes: false)
        writer.writeBlocks(content.blocks, context: context)
        xml.end()
    }
}

/// A BCP 47 tag split into the ODF language and country attributes.
struct ODFLanguage {
    var language: String
    var country: String?

    init(tag: String) {
        let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" })
        let first = parts.first.map { String($0).lowercased() } ?? ""
        language = first.count >= 2 && first.count <= 8 && first.allSatisfy({ $0.isASCII && $0.isLetter }) ? first : "und"
        country = parts.dropFirst().first { $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isLetter } }
            .map { String($0).uppercased() }
    }

    /// Languages written in a complex (right-to-left) script.
    var isComplexScript: Bool { ["ar", "he", "fa", "ur", "yi"].contains(language) }
}
