import DocumentTree

/// The list instances of a document and `word/numbering.xml`.
///
/// There is one abstract numbering per list kind (0 bullets, 1 ordered), each with levels 0–8,
/// and one `w:num` per list in the tree, so every ordered list restarts, at its own `start`.
final class WordNumbering {
    private struct Instance {
        var isOrdered: Bool
        var level: Int
        var start: Int
    }

    private var instances: [Instance] = []

    /// True until the first list instance is added.
    var isEmpty: Bool { instances.isEmpty }
    private static let indentPerLevel = 360

    /// A new list instance; returns its `w:numId`.
    func addList(_ kind: List.Kind, level: Int) -> Int {
        switch kind {
        case .bullet: instances.append(Instance(isOrdered: false, level: level, start: 1))
        case .ordered(let start): instances.append(Instance(isOrdered: true, level: level, start: start))
        }
        return instances.count
    }

    /// The left indent of list text at `level` (0-based), in twips.
    func textIndent(level: Int) -> Int { Self.textIndent(level: level) }

    private static func textIndent(level: Int) -> Int { (min(max(level, 0), 8) + 1) * indentPerLevel }

    /// `word/numbering.xml`: the two abstract numberings (the same in every document, written once
    /// per process), then one `w:num` per list instance.
    func xml() -> [UInt8] {
        if instances.isEmpty { return Self.withoutInstances }
        let xml = XMLWriter()
        xml.start(constant: "w:numbering")
        xml.attribute(constant: "xmlns:w", WordNamespace.main)
        xml.raw(Self.abstractNumberings)
        for (index, instance) in instances.enumerated() {
            xml.element("w:num", ["w:numId": String(index + 1)]) {
                xml.empty("w:abstractNumId", ["w:val": instance.isOrdered ? "1" : "0"])
                if instance.isOrdered {
                    xml.element("w:lvlOverride", ["w:ilvl": String(min(instance.level, 8))]) {
                        xml.empty("w:startOverride", ["w:val": String(instance.start)])
                    }
                }
            }
        }
        xml.end()
        return xml.finish()
    }

    private static let bullets = ["•", "◦", "▪"]

    /// The `w:abstractNum` elements of bullets (0) and ordered lists (1), as markup to splice in.
    private static let abstractNumberings: [UInt8] = {
        let xml = XMLWriter(fragment: ())
        writeAbstract(xml, id: 0, ordered: false)
        writeAbstract(xml, id: 1, ordered: true)
        return xml.finish()
    }()

    /// The part of a document without lists (most certificates).
    private static let withoutInstances: [UInt8] = {
        let xml = XMLWriter()
        xml.start(constant: "w:numbering")
        xml.attribute(constant: "xmlns:w", WordNamespace.main)
        xml.raw(abstractNumberings)
        xml.end()
        return xml.finish()
    }()

    private static func writeAbstract(_ xml: XMLWriter, id: Int, ordered: Bool) {
        xml.element("w:abstractNum", ["w:abstractNumId": String(id)]) {
            xml.empty("w:multiLevelType", ["w:val": "multilevel"])
            for level in 0...8 {
                xml.element("w:lvl", ["w:ilvl": String(level)]) {
                    xml.empty("w:start", ["w:val": "1"])
                    if ordered {
                        // Decimal at every level, as HTML and ODT show nested ordered lists.
                        xml.empty("w:numFmt", ["w:val": "decimal"])
                        xml.empty("w:lvlText", ["w:val": "%\(level + 1)."])
                    } else {
                        xml.empty("w:numFmt", ["w:val": "bullet"])
                        xml.empty("w:lvlText", ["w:val": Self.bullets[level % 3]])
                    }
                    xml.empty("w:lvlJc", ["w:val": "left"])
                    xml.element("w:pPr") {
                        xml.empty("w:ind", ["w:left": String(textIndent(level: level)), "w:hanging": String(indentPerLevel)])
                    }
                }
            }
        }
    }
}
