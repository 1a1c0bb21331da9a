/// One PDF joined from several PDFs of the same item, in a given order (a seminar kit printed as
/// one file). Made only when `--format pdf` is selected, right after LibreOffice has made the
/// item's PDFs, with `pdfunite` (Debian package poppler-utils).
public struct PDFBundle: Sendable, Hashable {
    /// The combined PDF, relative to `Build/` (`seminars/SEM-RO/ro/kit.pdf`).
    public var path: String
    /// The PDFs to join, in print order: PDF paths of documents the item writes
    /// (`seminars/SEM-RO/ro/agenda.pdf` for `agenda.odt`).
    public var parts: [String]
    /// Recorded in the manifest; defaults to the item's language.
    public var language: String?

    public init(path: String, parts: [String], language: String? = nil) {
        self.path = path
        self.parts = parts
        self.language = language
    }
}

extension Stage {
    /// The same stage, whose items also get the combined PDFs `bundles` describes whenever PDFs
    /// are built. The combined PDF belongs to the item: it is rebuilt with it, listed in the
    /// manifest with `"format" : "pdf"`, and removed when the item goes away.
    /// - Parameter bundles: for an item, the combined PDFs to make (none: an empty array).
    public func combiningPDFs(_ bundles: @escaping @Sendable (StageItem) -> [PDFBundle]) -> Stage {
        var copy = self
        copy.pdfBundles = bundles
        return copy
    }
}
