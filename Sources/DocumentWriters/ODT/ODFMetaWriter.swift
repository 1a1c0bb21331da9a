import DocumentTree

/// Writes `meta.xml`: title, subject, description, keywords, authors, language, the creation
/// date (from the writer's timestamp, never the clock) and the generator.
struct ODFMetaWriter {
    let metadata: Metadata
    let timestamp: Int
    let generator: String

    func write() -> [UInt8] {
        let xml = XMLWriter()
        xml.start(constant: "office:document-meta")
        xml.namespaces([ODFNamespaces.office, ODFNamespaces.meta, ODFNamespaces.dc, ODFNamespaces.xlink])
        xml.attribute(constant: "office:version", ODFNamespaces.version)
        xml.start(constant: "office:meta")
        xml.element("meta:generator", text: generator)
        xml.element("dc:title", text: metadata.title)
        if let subtitle = metadata.subtitle { xml.element("dc:subject", text: subtitle) }
        if let description = metadata.description { xml.element("dc:description", text: description) }
        for keyword in metadata.keywords { xml.element("meta:keyword", text: keyword) }
        if let first = metadata.authors.first { xml.element("meta:initial-creator", text: first) }
        if !metadata.authors.isEmpty { xml.element("dc:creator", text: metadata.authors.joined(separator: ", ")) }
        let created = W3CDateTime.string(fromEpochSeconds: timestamp)
        xml.element("meta:creation-date", text: created)
        xml.element("dc:date", text: metadata.date.flatMap(Self.dateTime(fromISODate:)) ?? created)
        xml.element("dc:language", text: metadata.language)
        xml.end()
        xml.end()
        return xml.finish()
    }

    /// `2027-03-12T00:00:00` for a plain ISO date; nil for anything that is not `YYYY-MM-DD`.
    static func dateTime(fromISODate date: String) -> String? {
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return date + "T00:00:00"
    }
}
