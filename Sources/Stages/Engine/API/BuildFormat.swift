import DocumentWriters

/// A file format `--format` can select: the writers' three, plus PDF made from the ODT by LibreOffice.
public enum BuildFormat: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case odt, docx, html, pdf

    /// The writer that produces this format; `nil` for PDF, which LibreOffice makes after the stages.
    public var writerFormat: OutputFormat? {
        switch self {
        case .odt: .odt
        case .docx: .docx
        case .html: .html
        case .pdf: nil
        }
    }

    public init(_ format: OutputFormat) {
        switch format {
        case .odt: self = .odt
        case .docx: self = .docx
        case .html: self = .html
        }
    }

    public static func < (lhs: BuildFormat, rhs: BuildFormat) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
