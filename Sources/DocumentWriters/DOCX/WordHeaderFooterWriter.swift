import DocumentTree

/// The header and footer parts of a document: one part per distinct running content, named
/// `header1.xml`, `footer1.xml`… in order of first use, each with its own relationships.
struct WordHeaderFooterParts: Sendable {
    struct Part: Sendable {
        /// File name inside `word/`, e.g. `header1.xml`.
        var name: String
        var xml: [UInt8]
        /// The part's relationships (`word/_rels/<name>.rels`), nil when it has none.
        var relationshipsXML: [UInt8]?
    }

    /// The header and footer part names of each section, in section order.
    struct SectionReferences {
        var header: String
        var footer: String
    }

    private(set) var headers: [Part] = []
    private(set) var footers: [Part] = []
    private(set) var sections: [SectionReferences] = []

    /// The parts of `document`, taken from `cache` when a document with the same running contents
    /// (and so the same parts, images and drawing ids) was written before in the same style.
    ///
    /// Must be called on a fresh `state`, before the body: headers and footers are written first,
    /// so what they add to the state (the logo in `word/media`, drawing ids) is the same for every
    /// document with the same running contents, and is restored from the cache with the parts. Parts
    /// that leave anything else in the state (a list, a bookmark) are not cached.
    static func cached(document: Document, state: WordPackageState, cache: WriterPartCache) -> WordHeaderFooterParts {
        let key = document.sections.map {
            WordRunningKey(header: state.style.header(of: $0, in: document), footer: state.style.footer(of: $0, in: document),
                           width: $0.pageSetup.textWidth)
        }
        struct Cached: Sendable {
            /// Nil when the parts left more in the state than a snapshot holds.
            var parts: WordHeaderFooterParts?
            var snapshot: WordPackageState.RunningSnapshot?
        }
        var madeHere: WordHeaderFooterParts?
        let cached = cache.part(.wordRunning(key)) { () -> Cached in
            let parts = WordHeaderFooterParts(running: key, state: state)
            madeHere = parts
            guard let snapshot = state.runningSnapshot() else { return Cached(parts: nil, snapshot: nil) }
            return Cached(parts: parts, snapshot: snapshot)
        }
        if let madeHere { return madeHere }
        if let parts = cached.parts, let snapshot = cached.snapshot {
            state.restore(snapshot)
            return parts
        }
        return WordHeaderFooterParts(running: key, state: state)
    }

    /// `running` holds the running contents of each section of the document, in order (worked
    /// out once, for the cache key).
    private init(running: [WordRunningKey], state: WordPackageState) {
        var headerNames: [RunningContent: String] = [:]
        var footerNames: [RunningContent: String] = [:]
        for sectionRunning in running {
            let width = sectionRunning.width
            let header = sectionRunning.header
            let footer = sectionRunning.footer
            let headerName = headerNames[header] ?? {
                let name = "header\(headers.count + 1).xml"
                headers.append(Self.part(named: name, root: "w:hdr", content: header, style: "Header", width: width, state: state))
                headerNames[header] = name
                return name
            }()
            let footerName = footerNames[footer] ?? {
                let name = "footer\(footers.count + 1).xml"
                footers.append(Self.part(named: name, root: "w:ftr", content: footer, style: "Footer", width: width, state: state))
                footerNames[footer] = name
                return name
            }()
            sections.append(SectionReferences(header: headerName, footer: footerName))
        }
    }

    private static func part(named name: String, root: String, content: RunningContent, style: String, width: Length,
                             state: WordPackageState) -> Part {
        let xml = XMLWriter()
        let relationships = WordRelationships()
        xml.start(root)
        WordNamespace.declareBodyNamespaces(on: xml)
        let writer = WordDocumentWriter(xml: xml, relationships: relationships, state: state, kind: .headerOrFooter)
        if content.blocks.isEmpty {
            // A part with no paragraph is invalid; an empty one also stops the previous
            // section's header from carrying on.
            writer.writeParagraph([], properties: ParagraphProperties(style: style), BlockContext(paragraphStyle: style, width: width))
        } else {
            writer.writeBlocks(content.blocks, BlockContext(paragraphStyle: style, width: width))
        }
        xml.end()
        return Part(name: name, xml: xml.finish(), relationshipsXML: relationships.isEmpty ? nil : relationships.xml())
    }
}
