import DocumentTree

/// Writes `word/styles.xml` from the house style: document defaults (fonts, size, language),
/// one `w:style` per paragraph and character style, and the few styles the body refers to
/// itself (hyperlinks, footnote references).
struct WordStylesWriter {
    var style: HouseStyle
    var language: String

    func xml() -> [UInt8] {
        let xml = XMLWriter()
        xml.start(constant: "w:styles")
        xml.attribute(constant: "xmlns:w", WordNamespace.main)
        writeDocumentDefaults(xml)
        let normal = style.paragraphStyle(named: "Normal")
        for name in style.paragraphStyleNames {
            guard let paragraphStyle = style.paragraphStyles[name] else { continue }
            writeParagraphStyle(xml, name: name, paragraphStyle, isNormal: name == "Normal", normal: normal)
        }
        for name in style.characterStyleNames {
            guard let characterStyle = style.characterStyles[name] else { continue }
            writeCharacterStyle(xml, id: WordStyleID.character(name), name: "\(name) Char") {
                writeCharacterProperties(xml, characterStyle)
            }
        }
        writeCharacterStyle(xml, id: WordStyleID.hyperlink, name: "Hyperlink") {
            xml.empty("w:color", ["w:val": style.colors.link.rgbHexDigits])
            xml.empty("w:u", ["w:val": "single"])
        }
        writeCharacterStyle(xml, id: WordStyleID.footnoteReference, name: "footnote reference") {
            xml.empty("w:vertAlign", ["w:val": "superscript"])
        }
        xml.element("w:style", ["w:type": "table", "w:default": "1", "w:styleId": "TableNormal"]) {
            xml.empty("w:name", ["w:val": "Normal Table"])
            xml.empty("w:uiPriority", ["w:val": "99"])
            xml.empty(constant: "w:semiHidden")
            xml.element("w:tblPr") {
                xml.empty("w:tblInd", ["w:w": "0", "w:type": "dxa"])
                xml.element("w:tblCellMar") {
                    xml.empty("w:top", ["w:w": "0", "w:type": "dxa"])
                    xml.empty("w:left", ["w:w": "108", "w:type": "dxa"])
                    xml.empty("w:bottom", ["w:w": "0", "w:type": "dxa"])
                    xml.empty("w:right", ["w:w": "108", "w:type": "dxa"])
                }
            }
        }
        xml.end()
        return xml.finish()
    }

    private func writeDocumentDefaults(_ xml: XMLWriter) {
        xml.element("w:docDefaults") {
            xml.element("w:rPrDefault") {
                xml.element("w:rPr") {
                    writeFonts(xml, style.fonts.body)
                    xml.empty("w:color", ["w:val": style.colors.text.rgbHexDigits])
                    xml.empty("w:sz", ["w:val": halfPoints(style.fonts.bodySize)])
                    xml.empty("w:szCs", ["w:val": halfPoints(style.fonts.bodySize)])
                    xml.empty("w:lang", ["w:val": language])
                }
            }
            xml.element("w:pPrDefault") {
                xml.element("w:pPr") {
                    xml.empty("w:spacing", ["w:before": "0", "w:after": "0", "w:line": "240", "w:lineRule": "auto"])
                }
            }
        }
    }

    private func writeParagraphStyle(_ xml: XMLWriter, name: String, _ paragraphStyle: ParagraphStyle, isNormal: Bool, normal: ParagraphStyle) {
        xml.start(constant: "w:style")
        xml.attribute(constant: "w:type", "paragraph")
        if isNormal { xml.attribute(constant: "w:default", "1") }
        xml.attribute(constant: "w:styleId", WordStyleID.paragraph(name))
        xml.empty("w:name", ["w:val": WordStyleID.displayName(ofParagraphStyle: name)])
        if !isNormal { xml.empty("w:basedOn", ["w:val": "Normal"]) }
        let headingLevel = WordStyleID.headingLevel(ofParagraphStyle: name)
        if headingLevel != nil || name == "Title" || name == "Subtitle" || name == "TOCHeading" {
            xml.empty("w:next", ["w:val": "Normal"])
        }
        xml.empty(constant: "w:qFormat")
        xml.element("w:pPr") {
            if paragraphStyle.keepWithNext == true { xml.empty(constant: "w:keepNext") }
            if paragraphStyle.pageBreakBefore == true { xml.empty(constant: "w:pageBreakBefore") }
            if paragraphStyle.borderBelow == true {
                xml.element("w:pBdr") {
                    xml.empty("w:bottom", ["w:val": "single", "w:sz": "8", "w:space": "2", "w:color": style.colors.accent.rgbHexDigits])
                }
            }
            if let background = paragraphStyle.background {
                xml.empty("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": background.rgbHexDigits])
            }
            writeSpacing(xml, paragraphStyle, fontSize: paragraphStyle.fontSize ?? normal.fontSize ?? style.fonts.bodySize)
            if let indent = paragraphStyle.indent {
                xml.empty("w:ind", ["w:left": String(Length.mm(indent).twips)])
            }
            if let alignment = paragraphStyle.alignment {
                xml.empty("w:jc", ["w:val": WordStyleID.justification(alignment)])
            }
            if let headingLevel { xml.empty("w:outlineLvl", ["w:val": String(headingLevel - 1)]) }
        }
        xml.element("w:rPr") {
            if let font = paragraphStyle.font { writeFonts(xml, fontName(font)) }
            if let bold = paragraphStyle.bold { writeToggle(xml, "w:b", bold); writeToggle(xml, "w:bCs", bold) }
            if let italic = paragraphStyle.italic { writeToggle(xml, "w:i", italic); writeToggle(xml, "w:iCs", italic) }
            if let color = paragraphStyle.color { xml.empty("w:color", ["w:val": color.rgbHexDigits]) }
            if let size = paragraphStyle.fontSize {
                xml.empty("w:sz", ["w:val": halfPoints(size)])
                xml.empty("w:szCs", ["w:val": halfPoints(size)])
            }
        }
        xml.end()
    }

    private func writeSpacing(_ xml: XMLWriter, _ paragraphStyle: ParagraphStyle, fontSize: Double) {
        guard paragraphStyle.spaceBefore != nil || paragraphStyle.spaceAfter != nil || paragraphStyle.lineHeight != nil else { return }
        xml.start(constant: "w:spacing")
        if let before = paragraphStyle.spaceBefore { xml.attribute(constant: "w:before", String(Int((before * 20).rounded()))) }
        if let after = paragraphStyle.spaceAfter { xml.attribute(constant: "w:after", String(Int((after * 20).rounded()))) }
        if let lineHeight = paragraphStyle.lineHeight {
            xml.attribute(constant: "w:line", String(Int((lineHeight * 240).rounded())))
            xml.attribute(constant: "w:lineRule", "auto")
        }
        xml.end()
    }

    private func writeCharacterStyle(_ xml: XMLWriter, id: String, name: String, _ properties: () -> Void) {
        xml.element("w:style", ["w:type": "character", "w:styleId": id]) {
            xml.empty("w:name", ["w:val": name])
            xml.empty("w:uiPriority", ["w:val": "99"])
            xml.empty(constant: "w:unhideWhenUsed")
            xml.element("w:rPr") { properties() }
        }
    }

    private func writeCharacterProperties(_ xml: XMLWriter, _ characterStyle: CharacterStyle) {
        if let font = characterStyle.font { writeFonts(xml, fontName(font)) }
        if let bold = characterStyle.bold { writeToggle(xml, "w:b", bold); writeToggle(xml, "w:bCs", bold) }
        if let italic = characterStyle.italic { writeToggle(xml, "w:i", italic); writeToggle(xml, "w:iCs", italic) }
        if let color = characterStyle.color { xml.empty("w:color", ["w:val": color.rgbHexDigits]) }
        if let size = characterStyle.fontSize {
            xml.empty("w:sz", ["w:val": halfPoints(size)])
            xml.empty("w:szCs", ["w:val": halfPoints(size)])
        }
        if let background = characterStyle.background {
            xml.empty("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": background.rgbHexDigits])
        }
    }

    private func writeFonts(_ xml: XMLWriter, _ name: String) {
        xml.empty("w:rFonts", ["w:ascii": name, "w:hAnsi": name, "w:eastAsia": name, "w:cs": name])
    }

    private func writeToggle(_ xml: XMLWriter, _ name: String, _ on: Bool) {
        if on { xml.empty(name) } else { xml.empty(name, ["w:val": "0"]) }
    }

    private func fontName(_ role: FontRole) -> String {
        switch role {
        case .body: style.fonts.body
        case .heading: style.fonts.heading
        case .monospace: style.fonts.monospace
        }
    }

    private func halfPoints(_ points: Double) -> String { String(Int((points * 2).rounded())) }
}

/// Style ids and display names: house style names become ids, Word's built-in names are used
/// where Word and LibreOffice attach meaning to them (`heading 1`, `toc 1`, `caption`…).
enum WordStyleID {
    static let hyperlink = "Hyperlink"
    static let footnoteReference = "FootnoteReference"

    /// The id of a paragraph style: the house style name with anything but letters and digits removed.
    static func paragraph(_ name: String) -> String {
        let id = String(name.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }.map(Character.init))
        return id.isEmpty ? "Style\(name.unicodeScalars.reduce(0) { ($0 &* 31 &+ Int($1.value)) & 0xFFFFFF })" : id
    }

    /// Character style ids end in `Char` so they never collide with a paragraph style (`Code`).
    static func character(_ name: String) -> String { paragraph(name) + "Char" }

    static func headingLevel(ofParagraphStyle name: String) -> Int? {
        guard name.hasPrefix("Heading"), let level = Int(name.dropFirst(7)), (1...6).contains(level) else { return nil }
        return level
    }

    static func displayName(ofParagraphStyle name: String) -> String {
        if let level = headingLevel(ofParagraphStyle: name) { return "heading \(level)" }
        switch name {
        case "TOC1", "TOC2", "TOC3": return "toc \(name.dropFirst(3))"
        case "TOCHeading": return "TOC Heading"
        case "Caption": return "caption"
        case "Footnote": return "footnote text"
        case "Header": return "header"
        case "Footer": return "footer"
        default: return name
        }
    }

    /// `w:jc` values understood by Word and LibreOffice alike.
    static func justification(_ alignment: Alignment) -> String {
        switch alignment {
        case .start: "left"
        case .center: "center"
        case .end: "right"
        case .justify: "both"
        }
    }
}
