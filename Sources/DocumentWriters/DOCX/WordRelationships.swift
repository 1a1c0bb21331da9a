/// The relationships of one package part (`word/_rels/document.xml.rels` and the like).
///
/// Ids are handed out in the order relationships are added (`rId1`, `rId2`…), and a target
/// added twice with the same type gets the id it got the first time, so the same document
/// always gets the same ids.
final class WordRelationships {
    struct Relationship {
        var id: String
        var kind: RelationshipType
        /// The relationship type URI.
        var type: String { kind.rawValue }
        var target: String
        var isExternal: Bool
    }

    /// What makes two relationships the same. Hashes only the target (types are long URIs that
    /// share their first 60 bytes); equality compares all three.
    private struct Key: Hashable {
        var type: RelationshipType
        var isExternal: Bool
        var target: String

        func hash(into hasher: inout Hasher) {
            hasher.combine(target)
        }

        static func == (left: Key, right: Key) -> Bool {
            left.target == right.target && left.type == right.type && left.isExternal == right.isExternal
        }
    }

    private(set) var relationships: [Relationship] = []
    private var idsByKey: [Key: String] = [:]

    var isEmpty: Bool { relationships.isEmpty }

    /// The id of the relationship of `type` to `target`, added if new.
    func id(type: RelationshipType, target: String, isExternal: Bool = false) -> String {
        let key = Key(type: type, isExternal: isExternal, target: target)
        if let id = idsByKey[key] { return id }
        let id = "rId\(relationships.count + 1)"
        relationships.append(Relationship(id: id, kind: type, target: target, isExternal: isExternal))
        idsByKey[key] = id
        return id
    }

    /// The `.rels` part listing the relationships in the order they were added.
    func xml() -> [UInt8] {
        let xml = XMLWriter()
        xml.start(constant: "Relationships")
        xml.attribute(constant: "xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")
        for relationship in relationships {
            xml.start(constant: "Relationship")
            xml.attribute(constant: "Id", relationship.id)
            xml.attributes(constant: relationship.kind.typeAttribute)
            xml.attribute(constant: "Target", relationship.target)
            if relationship.isExternal { xml.attribute(constant: "TargetMode", "External") }
            xml.end()
        }
        xml.end()
        return xml.finish()
    }
}

/// Relationship types used by the DOCX writer (ECMA-376 Part 1, §15).
enum RelationshipType: String, CaseIterable {
    case officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    case coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    case extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
    case styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
    case numbering = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
    case settings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
    case footnotes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
    case header = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
    case footer = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
    case hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
    case image = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"

    /// ` Type="…"`, the raw value as constant markup (the URIs need no escaping), so that writing a
    /// `.rels` part does not escape the same long URIs in every package.
    var typeAttribute: StaticString {
        switch self {
        case .officeDocument: " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
        case .coreProperties: " Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\""
        case .extendedProperties: " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\""
        case .styles: " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
        case .numbering: " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\""
        case .settings: " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\""
        case .footnotes: " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\""
        case .header: " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\""
        case .footer: " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\""
        case .hyperlink: " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\""
        case .image: " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\""
        }
    }
}

/// Namespace URIs of WordprocessingML and the DrawingML parts it embeds.
enum WordNamespace {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let wordprocessingDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    static let drawingMain = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let picture = "http://schemas.openxmlformats.org/drawingml/2006/picture"
    static let svgExtension = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"

    /// Declares `w`, `r`, `wp`, `a` and `pic` on the element just started.
    static func declareBodyNamespaces(on xml: XMLWriter) {
        xml.attribute(constant: "xmlns:w", main)
        xml.attribute(constant: "xmlns:r", relationships)
        xml.attribute(constant: "xmlns:wp", wordprocessingDrawing)
        xml.attribute(constant: "xmlns:a", drawingMain)
        xml.attribute(constant: "xmlns:pic", picture)
    }
}
