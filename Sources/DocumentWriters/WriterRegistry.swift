import DocumentTree

/// The writers by output format: the one table every caller (the build, `deliverables convert`)
/// picks a writer from.
public enum Writers {
    /// The writer that produces `format`.
    public static func writer(for format: OutputFormat) -> any DocumentWriter {
        switch format {
        case .odt: ODTWriter()
        case .docx: DOCXWriter()
        case .html: HTMLWriter()
        }
    }
}
