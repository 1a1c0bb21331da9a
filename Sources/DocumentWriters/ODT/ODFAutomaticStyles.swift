import DocumentTree

/// One automatic style: formatting that belongs to a single place in the document (an aligned
/// paragraph, a table's column widths, a shaded cell). Equal styles are shared.
enum ODFAutomaticStyle: Hashable {
    case paragraph(Paragraph)
    case text(TextFormat)
    case table(width: Length, breakBefore: Bool, masterPage: String?)
    case column(width: Length)
    case row(height: Length)
    case cell(background: Color?, verticalAlignment: VerticalAlignment)
    case graphic(anchoredAsCharacter: Bool)

    /// A paragraph in a named style with what the place adds to it.
    struct Paragraph: Hashable {
        var parent: String
        var alignment: Alignment?
        var keepWithNext = false
        var breakBefore = false
        var masterPage: String?
        var rightToLeft = false
    }

    fileprivate var namePrefix: String {
        switch self {
        case .paragraph: return "P"
        case .text: return "T"
        case .table: return "Table"
        case .column: return "Column"
        case .row: return "Row"
        case .cell: return "Cell"
        case .graphic: return "Frame"
        }
    }
}

/// Collects the automatic styles of one part (`content.xml` or `styles.xml`), names them from a
/// counter in order of first use (`P1`, `P2`…), so the same document always gets the same names.
final class ODFAutomaticStyles {
    private let prefix: String
    private let tableStyle: TableStyle
    private var names: [ODFAutomaticStyle: String] = [:]
    private var ordered: [(name: String, style: ODFAutomaticStyle)] = []
    private var counters: [String: Int] = [:]

    /// - Parameter prefix: put before every name, so the styles of two parts never clash.
    init(prefix: String, tableStyle: TableStyle) {
        self.prefix = prefix
        self.tableStyle = tableStyle
    }

    /// The name of the style, registering it on first use.
    func name(_ style: ODFAutomaticStyle) -> String {
        if let name = names[style] { return name }
        let kind = style.namePrefix
        let number = (counters[kind] ?? 0) + 1
        counters[kind] = number
        let name = prefix + kind + String(number)
        names[style] = name
        ordered.append((name, style))
        return name
    }

    var isEmpty: Bool { ordered.isEmpty }

    /// Writes every registered style, in order of first use.
    func write(into xml: XMLWriter) {
        for (name, style) in ordered {
            xml.start(constant: "style:style")
            xml.attribute(constant: "style:name", name)
            switch style {
            case .paragraph(let paragraph):
                xml.attribute(constant: "style:family", "paragraph")
                xml.attribute(constant: "style:parent-style-name", paragraph.parent)
                if let master = paragraph.masterPage { xml.attribute(constant: "style:master-page-name", master) }
                xml.start(constant: "style:paragraph-properties")
                if paragraph.rightToLeft {
                    // LibreOffice reads `start` and `end` as left and right whatever the writing
                    // mode, so a right-to-left paragraph's start is written as `end`.
                    let alignment: Alignment = switch paragraph.alignment ?? .start {
                    case .start: .end
                    case .end: .start
                    case let other: other
                    }
                    xml.attribute(constant: "fo:text-align", ODFUnits.textAlign(alignment))
                } else if let alignment = paragraph.alignment {
                    xml.attribute(constant: "fo:text-align", ODFUnits.textAlign(alignment))
                }
                if paragraph.keepWithNext { xml.attribute(constant: "fo:keep-with-next", "always") }
                if paragraph.breakBefore { xml.attribute(constant: "fo:break-before", "page") }
                if paragraph.rightToLeft { xml.attribute(constant: "style:writing-mode", "rl-tb") }
                xml.end()
            case .text(let format):
                xml.attribute(constant: "style:family", "text")
                xml.start(constant: "style:text-properties")
                ODFTextProperties.write(fontSize: format.fontSize, bold: format.bold, italic: format.italic,
                                        color: format.color, into: xml)
                xml.end()
            case .table(let width, let breakBefore, let masterPage):
                xml.attribute(constant: "style:family", "table")
                if let masterPage { xml.attribute(constant: "style:master-page-name", masterPage) }
                xml.start(constant: "style:table-properties")
                xml.attribute(constant: "style:width", ODFUnits.mm(width))
                xml.attribute(constant: "table:align", "margins")
                xml.attribute(constant: "table:border-model", "collapsing")
                xml.attribute(constant: "fo:margin-top", "0mm")
                xml.attribute(constant: "fo:margin-bottom", "2.5mm")
                if breakBefore { xml.attribute(constant: "fo:break-before", "page") }
                xml.end()
            case .column(let width):
                xml.attribute(constant: "style:family", "table-column")
                xml.start(constant: "style:table-column-properties")
                xml.attribute(constant: "style:column-width", ODFUnits.mm(width))
                xml.end()
            case .row(let height):
                xml.attribute(constant: "style:family", "table-row")
                xml.start(constant: "style:table-row-properties")
                xml.attribute(constant: "style:row-height", ODFUnits.mm(height))
                xml.attribute(constant: "fo:keep-together", "always")
                xml.end()
            case .cell(let background, let verticalAlignment):
                xml.attribute(constant: "style:family", "table-cell")
                xml.start(constant: "style:table-cell-properties")
                xml.attribute(constant: "fo:background-color", background?.rgbHexString ?? "transparent")
                xml.attribute(constant: "fo:padding", ODFUnits.mm(tableStyle.cellPadding))
                xml.attribute(constant: "fo:border", ODFUnits.pt(tableStyle.borderWidth) + " solid " + tableStyle.border.rgbHexString)
                xml.attribute(constant: "style:vertical-align", verticalAlignment.rawValue)
                xml.end()
            case .graphic(let asCharacter):
                xml.attribute(constant: "style:family", "graphic")
                xml.start(constant: "style:graphic-properties")
                if asCharacter {
                    xml.attribute(constant: "style:vertical-pos", "middle")
                    xml.attribute(constant: "style:vertical-rel", "text")
                } else {
                    xml.attribute(constant: "style:vertical-pos", "top")
                    xml.attribute(constant: "style:vertical-rel", "paragraph")
                    xml.attribute(constant: "style:horizontal-pos", "center")
                    xml.attribute(constant: "style:horizontal-rel", "paragraph")
                }
                xml.attribute(constant: "fo:border", "none")
                xml.attribute(constant: "style:wrap", "none")
                xml.end()
            }
            xml.end()
        }
    }
}

/// Writes `style:text-properties` attributes, including the Asian and complex-script variants
/// so right-to-left and CJK text take the same size and weight.
enum ODFTextProperties {
    static func write(fontSize: Double?, bold: Bool?, italic: Bool?, color: Color?, into xml: XMLWriter) {
        if let fontSize {
            let size = ODFUnits.pt(fontSize)
            xml.attribute(constant: "fo:font-size", size)
            xml.attribute(constant: "style:font-size-asian", size)
            xml.attribute(constant: "style:font-size-complex", size)
        }
        if let bold {
            let weight = bold ? "bold" : "normal"
            xml.attribute(constant: "fo:font-weight", weight)
            xml.attribute(constant: "style:font-weight-asian", weight)
            xml.attribute(constant: "style:font-weight-complex", weight)
        }
        if let italic {
            let posture = italic ? "italic" : "normal"
            xml.attribute(constant: "fo:font-style", posture)
            xml.attribute(constant: "style:font-style-asian", posture)
            xml.attribute(constant: "style:font-style-complex", posture)
        }
        if let color { xml.attribute(constant: "fo:color", color.rgbHexString) }
    }
}
