import DocumentTree

/// The small package parts of a DOCX: content types, package relationships, document
/// properties, settings, and the frame of the footnotes part.
enum OPCParts {
    /// `[Content_Types].xml`: defaults by extension for media and XML, overrides per Word part.
    static func contentTypes(mediaExtensions: [String], headerParts: [String], footerParts: [String]) -> [UInt8] {
        let xml = XMLWriter()
        xml.start(constant: "Types")
        xml.attribute(constant: "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")
        var defaults: [(String, String)] = [
            ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
            ("xml", "application/xml"),
        ]
        for ext in mediaExtensions.sorted() {
            defaults.append((ext, ext == "svg" ? "image/svg+xml" : "image/\(ext)"))
        }
        for (ext, type) in defaults {
            xml.empty("Default", ["Extension": ext, "ContentType": type])
        }
        let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var overrides: [(String, String)] = [
            ("/word/document.xml", "\(wordML).document.main+xml"),
            ("/word/styles.xml", "\(wordML).styles+xml"),
            ("/word/numbering.xml", "\(wordML).numbering+xml"),
            ("/word/settings.xml", "\(wordML).settings+xml"),
            ("/word/footnotes.xml", "\(wordML).footnotes+xml"),
        ]
        overrides += headerParts.map { ("/word/\($0)", "\(wordML).header+xml") }
        overrides += footerParts.map { ("/word/\($0)", "\(wordML).footer+xml") }
        overrides.append(("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"))
        overrides.append(("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"))
        for (part, type) in overrides {
            xml.empty("Override", ["PartName": part, "ContentType": type])
        }
        xml.end()
        return xml.finish()
    }

    /// `_rels/.rels`: the main document and the two property parts (the same in every package).
    static func packageRelationships() -> [UInt8] { packageRelationshipsPart }

    private static let packageRelationshipsPart: [UInt8] = {
        let relationships = WordRelationships()
        _ = relationships.id(type: .officeDocument, target: "word/document.xml")
        _ = relationships.id(type: .coreProperties, target: "docProps/core.xml")
        _ = relationships.id(type: .extendedProperties, target: "docProps/app.xml")
        return relationships.xml()
    }()

    /// `docProps/core.xml`: title, subject, creator, keywords, language and the build time.
    /// `time` is the build time as `W3CDateTime.string(fromEpochSeconds:)` writes it.
    static func coreProperties(_ metadata: Metadata, time: String) -> [UInt8] {
        let xml = XMLWriter()
        xml.start(constant: "cp:coreProperties")
        xml.attribute(constant: "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
        xml.attribute(constant: "xmlns:dc", "http://purl.org/dc/elements/1.1/")
        xml.attribute(constant: "xmlns:dcterms", "http://purl.org/dc/terms/")
        xml.attribute(constant: "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        xml.element("dc:title", text: metadata.title)
        if let subject = metadata.subtitle ?? metadata.description {
            xml.element("dc:subject", text: subject)
        }
        if !metadata.authors.isEmpty {
            xml.element("dc:creator", text: metadata.authors.joined(separator: "; "))
        }
        if !metadata.keywords.isEmpty {
            xml.element("cp:keywords", text: metadata.keywords.joined(separator: ", "))
        }
        if let description = metadata.description {
            xml.element("dc:description", text: description)
        }
        xml.element("dc:language", text: metadata.language)
        xml.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"], text: time)
        xml.element("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"], text: time)
        xml.end()
        return xml.finish()
    }

    /// `docProps/app.xml`: the generating application.
    static func extendedProperties(generator: String) -> [UInt8] {
        let xml = XMLWriter()
        xml.start(constant: "Properties")
        xml.attribute(constant: "xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
        xml.element("Application", text: generator)
        xml.end()
        return xml.finish()
    }

    /// `word/settings.xml`. Deliberately without `w:updateFields`: the table of contents is
    /// already filled in, so Word must not ask to update fields on opening.
    static func settings(language: String) -> [UInt8] {
        let xml = XMLWriter()
        xml.start(constant: "w:settings")
        xml.attribute(constant: "xmlns:w", WordNamespace.main)
        xml.empty("w:defaultTabStop", ["w:val": "709"])
        xml.empty("w:characterSpacingControl", ["w:val": "doNotCompress"])
        xml.element("w:footnotePr") {
            xml.empty("w:footnote", ["w:id": "-1"])
            xml.empty("w:footnote", ["w:id": "0"])
        }
        xml.element("w:compat") {
            xml.empty("w:compatSetting", [
                "w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word", "w:val": "15",
            ])
        }
        xml.empty("w:themeFontLang", ["w:val": language])
        xml.end()
        return xml.finish()
    }

    /// Starts `word/footnotes.xml` with the separator (-1) and continuation separator (0)
    /// footnotes that Word requires; the writer then appends the document's footnotes.
    static func startFootnotes(_ xml: XMLWriter) {
        xml.start(constant: "w:footnotes")
        WordNamespace.declareBodyNamespaces(on: xml)
        xml.raw(separatorFootnotes)
    }

    /// The separator footnotes, the same in every package, as markup to splice in.
    private static let separatorFootnotes: [UInt8] = {
        let xml = XMLWriter(fragment: ())
        for (id, type, mark) in [("-1", "separator", "w:separator"), ("0", "continuationSeparator", "w:continuationSeparator")] {
            xml.element("w:footnote", ["w:type": type, "w:id": id]) {
                xml.element("w:p") {
                    xml.element("w:pPr") {
                        xml.empty("w:spacing", ["w:after": "0", "w:line": "240", "w:lineRule": "auto"])
                    }
                    xml.element("w:r") { xml.empty(mark) }
                }
            }
        }
        return xml.finish()
    }()
}
