import DocumentTree

/// Writes a document as one self-contained HTML5 page: landmarks, a skip link, the running
/// header and footer, a filled-in table of contents, footnotes as endnotes with back links,
/// images as `data:` URIs, and the stylesheet generated from the house style (embedded or linked).
///
/// The output is valid for the Nu HTML checker and byte-identical for the same input.
public struct HTMLWriter: DocumentWriter {
    public var format: OutputFormat { .html }

    public init() {}

    /// - Returns: the UTF-8 bytes of the page.
    public func write(_ document: Document, options: WriterOptions) throws -> [UInt8] {
        var renderer = HTMLPageRenderer(document: document.withHeadingIDs(), options: options)
        return renderer.render()
    }
}
