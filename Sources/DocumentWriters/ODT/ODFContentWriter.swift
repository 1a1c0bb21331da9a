import DocumentTree

/// Writes `content.xml`: the font declarations, the automatic styles the body needs, and the body.
///
/// The body is written first into a fragment (so every automatic style it uses is known), then
/// spliced in after the automatic styles, in one pass over the tree.
struct ODFContentWriter {
    let document: Document
    let catalog: ODFStyleCatalog
    let pageStyles: ODFPageStyles
    let pictures: ODFPictureStore

    func write() -> [UInt8] {
        let automaticStyles = ODFAutomaticStyles(prefix: "", tableStyle: catalog.house.table)
        let bodyXML = XMLWriter(fragment: ())
        let body = ODFBodyWriter(xml: bodyXML, automaticStyles: automaticStyles, pictures: pictures, catalog: catalog,
                                 document: document, availableWidth: catalog.house.page.textWidth, frameNamePrefix: "Image")
        bodyXML.start("office:body")
        bodyXML.start("office:text")
        for (index, section) in document.sections.enumerated() {
            body.availableWidth = section.pageSetup.textWidth
            body.pendingMasterPage = pageStyles.masterNameOfSection[index]
            body.pendingPageBreak = false
            body.writeBlocks(section.blocks, context: body.bodyContext)
            if body.pendingMasterPage != nil {
                // A section with nothing that can carry its page style still gets its page.
                body.writeParagraph([], base: catalog.normal, alignment: nil, keepWithNext: false, context: body.bodyContext)
            }
        }
        if document.sections.isEmpty {
            body.writeParagraph([], base: catalog.normal, alignment: nil, keepWithNext: false, context: body.bodyContext)
        }
        bodyXML.end()
        bodyXML.end()
        let bodyBytes = bodyXML.finish()

        let xml = XMLWriter()
        xml.start(constant: "office:document-content")
        xml.namespaces(ODFNamespaces.document)
        xml.attribute(constant: "office:version", ODFNamespaces.version)
        ODFFontFaces(house: catalog.house).write(into: xml)
        xml.start(constant: "office:automatic-styles")
        automaticStyles.write(into: xml)
        xml.end()
        xml.raw(bodyBytes)
        xml.end()
        return xml.finish()
    }
}

/// The fonts the styles name, declared once per part.
struct ODFFontFaces {
    let house: HouseStyle

    /// Distinct font family names, in a fixed order.
    var families: [String] {
        var result: [String] = []
        for family in [house.fonts.body, house.fonts.heading, house.fonts.monospace, ODFStyleCatalog.symbolFont]
        where !result.contains(family) {
            result.append(family)
        }
        return result
    }

    func write(into xml: XMLWriter) {
        xml.start(constant: "office:font-face-decls")
        for family in families {
            xml.start(constant: "style:font-face")
            xml.attribute(constant: "style:name", family)
            xml.attribute(constant: "svg:font-family", family.contains(" ") ? "'\(family)'" : family)
            if family == house.fonts.monospace {
                xml.attribute(constant: "style:font-family-generic", "modern")
                xml.attribute(constant: "style:font-pitch", "fixed")
            } else {
                xml.attribute(constant: "style:font-family-generic", "swiss")
                xml.attribute(constant: "style:font-pitch", "variable")
            }
            xml.end()
        }
        xml.end()
    }
}
