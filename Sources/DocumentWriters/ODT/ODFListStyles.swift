/// The two list styles of the document: bullets (• ◦ ▪) and numbers (1. a. i.), ten levels each,
/// indented 6 mm per level.
enum ODFListStyles {
    static let bullets = ["•", "◦", "▪"]
    static let numberFormats = ["1", "a", "i"]
    static let indentPerLevel = 6.0

    static func write(into xml: XMLWriter) {
        xml.start(constant: "text:list-style")
        xml.attribute(constant: "style:name", ODFStyleCatalog.bulletList)
        xml.attribute(constant: "style:display-name", "Bullet List")
        for level in 1...10 {
            xml.start(constant: "text:list-level-style-bullet")
            xml.attribute(constant: "text:level", number: level)
            xml.attribute(constant: "text:bullet-char", bullets[(level - 1) % bullets.count])
            writeLevelProperties(level, into: xml)
            xml.start(constant: "style:text-properties")
            xml.attribute(constant: "style:font-name", ODFStyleCatalog.symbolFont)
            xml.end()
            xml.end()
        }
        xml.end()

        xml.start(constant: "text:list-style")
        xml.attribute(constant: "style:name", ODFStyleCatalog.numberedList)
        xml.attribute(constant: "style:display-name", "Numbered List")
        for level in 1...10 {
            xml.start(constant: "text:list-level-style-number")
            xml.attribute(constant: "text:level", number: level)
            xml.attribute(constant: "style:num-suffix", ".")
            xml.attribute(constant: "style:num-format", numberFormats[(level - 1) % numberFormats.count])
            writeLevelProperties(level, into: xml)
            xml.end()
        }
        xml.end()
    }

    private static func writeLevelProperties(_ level: Int, into xml: XMLWriter) {
        let margin = indentPerLevel * Double(level)
        xml.start(constant: "style:list-level-properties")
        xml.attribute(constant: "text:list-level-position-and-space-mode", "label-alignment")
        xml.start(constant: "style:list-level-label-alignment")
        xml.attribute(constant: "text:label-followed-by", "listtab")
        xml.attribute(constant: "text:list-tab-stop-position", ODFUnits.mm(margin))
        xml.attribute(constant: "fo:text-indent", ODFUnits.mm(-indentPerLevel))
        xml.attribute(constant: "fo:margin-left", ODFUnits.mm(margin))
        xml.end()
        xml.end()
    }
}
