import DocumentTree

/// Writes a document as DOCX: ECMA-376 transitional WordprocessingML without markup
/// compatibility extensions, the same bytes for the same input.
///
/// Works in phases, as pandoc's `Writers/Docx.hs` does: heading ids, then the header and
/// footer parts, then the body (which collects footnotes, list instances, media and
/// relationships as it goes), then the parts that list what the body used, then the package.
public struct DOCXWriter: DocumentWriter {
    public let format = OutputFormat.docx
    /// Deflate level (libdeflate) for the XML parts (media are stored as they are).
    public var compressionLevel: UInt32

    public init(compressionLevel: UInt32 = ZipPackager.defaultCompressionLevel) {
        self.compressionLevel = compressionLevel
    }

    /// - Throws: `ZipError` when the package cannot be written.
    public func write(_ document: Document, options: WriterOptions) throws -> [UInt8] {
        try ZipPackager(timestamp: options.timestamp, compressionLevel: compressionLevel).package(parts(document, options: options))
    }

    /// The package's entries in their fixed order, before zipping.
    func parts(_ input: Document, options: WriterOptions) -> [ArchiveEntry] {
        // Phase 1: every heading gets an anchor for bookmarks, links and the table of contents.
        var document = input.withHeadingIDs()
        if document.sections.isEmpty { document.sections = [Section(blocks: [])] }
        let cache = options.partCache
        let state = WordPackageState(style: options.style, document: document,
                                     styleIDs: cache.part(.wordStyleIDs) { WordStyleIDs(style: options.style) })

        // Phase 2: relationships of the main document in a fixed order, then headers and footers.
        let documentRelationships = WordRelationships()
        _ = documentRelationships.id(type: .styles, target: "styles.xml")
        _ = documentRelationships.id(type: .numbering, target: "numbering.xml")
        _ = documentRelationships.id(type: .settings, target: "settings.xml")
        _ = documentRelationships.id(type: .footnotes, target: "footnotes.xml")
        let running = WordHeaderFooterParts.cached(document: document, state: state, cache: cache)
        for part in running.headers { _ = documentRelationships.id(type: .header, target: part.name) }
        for part in running.footers { _ = documentRelationships.id(type: .footer, target: part.name) }

        // Phase 3: the body, with footnotes streamed into their own part.
        let footnotesXML = XMLWriter()
        OPCParts.startFootnotes(footnotesXML)
        let footnotesRelationships = WordRelationships()
        let footnotes = WordDocumentWriter(xml: footnotesXML, relationships: footnotesRelationships, state: state, kind: .footnotes)
        let bodyXML = XMLWriter()
        let body = WordDocumentWriter(xml: bodyXML, relationships: documentRelationships, state: state, kind: .document)
        body.attachFootnotes(footnotes)
        bodyXML.start("w:document")
        WordNamespace.declareBodyNamespaces(on: bodyXML)
        bodyXML.start("w:body")
        for (index, section) in document.sections.enumerated() {
            let context = BlockContext(width: section.pageSetup.textWidth)
            body.writeBlocks(section.blocks, context)
            let references = running.sections[index]
            let writeSectionProperties = {
                WordSectionProperties.write(section.pageSetup, header: documentRelationships.id(type: .header, target: references.header),
                                            footer: documentRelationships.id(type: .footer, target: references.footer), to: bodyXML)
            }
            if index < document.sections.count - 1 {
                body.writeParagraph([], properties: ParagraphProperties(), BlockContext(width: context.width, compact: true),
                                    sectionProperties: writeSectionProperties)
            } else {
                writeSectionProperties()
            }
        }
        bodyXML.end()
        bodyXML.end()
        footnotesXML.end()

        // Phase 4: the parts that depend on what the body used, then the package around them.
        let mediaExtensions = state.media.fileExtensions.sorted()
        let headerParts = running.headers.map(\.name), footerParts = running.footers.map(\.name)
        let contentTypes = cache.part(.wordContentTypes(mediaExtensions: mediaExtensions, headerParts: headerParts, footerParts: footerParts)) {
            OPCParts.contentTypes(mediaExtensions: mediaExtensions, headerParts: headerParts, footerParts: footerParts)
        }
        var entries: [ArchiveEntry] = [
            ArchiveEntry(path: "[Content_Types].xml", bytes: contentTypes, isRepeated: true),
            ArchiveEntry(path: "_rels/.rels", bytes: OPCParts.packageRelationships(), isRepeated: true),
            ArchiveEntry(path: "docProps/core.xml", bytes: OPCParts.coreProperties(
                document.metadata, time: cache.part(.w3cDateTime(epochSeconds: options.timestamp)) { W3CDateTime.string(fromEpochSeconds: options.timestamp) })),
            ArchiveEntry(path: "docProps/app.xml", bytes: cache.part(.wordExtendedProperties(generator: options.generator)) {
                OPCParts.extendedProperties(generator: options.generator)
            }, isRepeated: true),
            ArchiveEntry(path: "word/document.xml", bytes: bodyXML.finish()),
            ArchiveEntry(path: "word/_rels/document.xml.rels", bytes: documentRelationships.xml()),
            ArchiveEntry(path: "word/styles.xml", bytes: cache.part(.wordStyles(language: document.metadata.language)) {
                WordStylesWriter(style: options.style, language: document.metadata.language).xml()
            }, isRepeated: true),
            ArchiveEntry(path: "word/numbering.xml", bytes: state.numbering.xml(), isRepeated: true),
            ArchiveEntry(path: "word/settings.xml", bytes: cache.part(.wordSettings(language: document.metadata.language)) {
                OPCParts.settings(language: document.metadata.language)
            }, isRepeated: true),
            ArchiveEntry(path: "word/footnotes.xml", bytes: footnotesXML.finish()),
        ]
        if !footnotesRelationships.isEmpty {
            entries.append(ArchiveEntry(path: "word/_rels/footnotes.xml.rels", bytes: footnotesRelationships.xml()))
        }
        for part in running.headers + running.footers {
            entries.append(ArchiveEntry(path: "word/\(part.name)", bytes: part.xml, isRepeated: true))
            if let relationships = part.relationshipsXML {
                entries.append(ArchiveEntry(path: "word/_rels/\(part.name).rels", bytes: relationships, isRepeated: true))
            }
        }
        for item in state.media.items {
            entries.append(ArchiveEntry(path: "word/\(item.target)", bytes: item.bytes, isStored: true))
        }
        return entries
    }
}

/// `w:sectPr`: header and footer references, page size and orientation, margins.
enum WordSectionProperties {
    static func write(_ page: PageSetup, header: String, footer: String, to xml: XMLWriter) {
        xml.element("w:sectPr") {
            xml.empty("w:headerReference", ["w:type": "default", "r:id": header])
            xml.empty("w:footerReference", ["w:type": "default", "r:id": footer])
            xml.start(constant: "w:pgSz")
            xml.attribute(constant: "w:w", number: page.width.twips)
            xml.attribute(constant: "w:h", number: page.height.twips)
            if page.orientation == .landscape { xml.attribute(constant: "w:orient", "landscape") }
            xml.end()
            let margins = page.margins
            let headerDistance = min(Length.mm(12.5), Length.mm(margins.top.millimetres / 2))
            let footerDistance = min(Length.mm(10), Length.mm(margins.bottom.millimetres / 2))
            xml.empty("w:pgMar", [
                "w:top": String(margins.top.twips), "w:right": String(margins.right.twips),
                "w:bottom": String(margins.bottom.twips), "w:left": String(margins.left.twips),
                "w:header": String(headerDistance.twips), "w:footer": String(footerDistance.twips), "w:gutter": "0",
            ])
            xml.empty("w:cols", ["w:space": "708"])
            xml.empty("w:docGrid", ["w:linePitch": "360"])
        }
    }
}
