/// The two list styles of the document: bullets (• ◦ ▪) and numbers (1. a. i.), ten levels each,
/// indented 6 mm per level.
enum ODFListStyles {
    static let bullets = ["•", "◦", "▪"]
    static let numberFormats = ["1", "a", "i"]
    static let indentPerLevel = 6.0

    static func write(into xml: XMLWriter) {
        xml.start("text:list-style")
        xml.attribute("style:name", ODFStyleCatalog.bulletList)
        xml.attribute("style:display-name", "Bullet List")
        for level in 1...10 {
            xml.start("text:list-level-style-bullet")
            xml.attribute("text:level", String(level))
            xml.attribute("text:bullet-char", bullets[(level - 1) % bullets.count])
            writeLevelProperties(level, into: xml)
            xml.start("style:text-properties")
            xml.attribute("style:font-name", ODFStyleCatalog.symbolFont)
            xml.end()
            xml.end()
        }
        xml.end()

        xml.start("text:list-style")
        xml.attribute("style:name", ODFStyleCatalog.numberedList)
        xml.attribute("style:display-name", "Numbered List")
        for level in 1...10 {
            xml.start("text:list-level-style-number")
            xml.attribute("text:level", String(level))
            xml.attribute("style:num-suffix", ".")
            xml.attribute("style:num-format", numberFormats[(level - 1) % numberFormats.count])
            writeLevelProperties(level, into: xml)
            xml.end()
        }
        xml.end()
    }

    private static func writeLevelProperties(_ level: Int, into xml: XMLWriter) {
        let margin = indentPerLevel * Double(level)
        xml.start("style:list-level-properties")
        xml.attribute("text:list-level-position-and-space-mode", "label-alignment")
        xml.start("style:list-level-label-alignment")
        xml.attribute("text:label-followed-by", "listtab")
        xml.attribute("text:list-tab-stop-position", ODFUnits.mm(margin))
        xml.attribute("fo:text-indent", ODFUnits.mm(-indentPerLevel))
        xml.attribute("fo:margin-left", ODFUnits.mm(margin))
        xml.end()
        xml.end()
    }
}
