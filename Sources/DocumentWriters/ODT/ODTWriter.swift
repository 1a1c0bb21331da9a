import DocumentTree

/// Writes a document as an OpenDocument text file (ODF 1.3): `mimetype` (first, stored),
/// `content.xml`, `styles.xml`, `meta.xml`, the pictures and `META-INF/manifest.xml`.
///
/// Like pandoc's ODT writer it is a content writer plus a packager, but it fills the table of
/// contents at build time and gives each section its own page style. The same document and
/// options always give the same bytes.
public struct ODTWriter: DocumentWriter {
    public let format = OutputFormat.odt
    /// Deflate level (libdeflate) of the compressed parts (1 fastest … 9 smaller; up to 12).
    public var compressionLevel: UInt32

    public init(compressionLevel: UInt32 = ZipPackager.defaultCompressionLevel) {
        self.compressionLevel = compressionLevel
    }

    /// - Throws: `ZipError` when the package cannot be assembled.
    public func write(_ document: Document, options: WriterOptions) throws -> [UInt8] {
        try ZipPackager(timestamp: options.timestamp, compressionLevel: compressionLevel)
            .package(entries(document, options: options))
    }

    /// The package entries in their order, before zipping (what tests and goldens look at).
    func entries(_ document: Document, options: WriterOptions) -> [ArchiveEntry] {
        let document = document.withHeadingIDs()
        let catalog = ODFStyleCatalog(house: options.style)
        let pageStyles = ODFPageStyles(document: document, style: options.style)
        let pictures = ODFPictureStore()
        let content = ODFContentWriter(document: document, catalog: catalog, pageStyles: pageStyles, pictures: pictures).write()
        let styles = ODFStylesWriter(document: document, catalog: catalog, pageStyles: pageStyles, pictures: pictures,
                                     cache: options.partCache).write()
        let meta = ODFMetaWriter(metadata: document.metadata, timestamp: options.timestamp, generator: options.generator).write()

        var entries = [
            ArchiveEntry(path: "mimetype", bytes: Array(ODFManifest.mediaType.utf8), isStored: true),
            ArchiveEntry(path: "content.xml", bytes: content),
            ArchiveEntry(path: "styles.xml", bytes: styles, isRepeated: true),
            ArchiveEntry(path: "meta.xml", bytes: meta),
        ]
        var parts: [(path: String, mediaType: String)] = [
            ("content.xml", "text/xml"), ("styles.xml", "text/xml"), ("meta.xml", "text/xml"),
        ]
        for picture in pictures.pictures {
            // PNG is already compressed; deflating it again costs time for nothing.
            entries.append(ArchiveEntry(path: picture.path, bytes: picture.bytes, isStored: picture.mediaType == "image/png", isRepeated: true))
            parts.append((picture.path, picture.mediaType))
        }
        entries.append(ArchiveEntry(path: "META-INF/manifest.xml", bytes: ODFManifest(parts: parts).write(), isRepeated: true))
        return entries
    }
}
