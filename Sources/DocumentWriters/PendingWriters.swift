// TEMPORARY, branch `markdown` only: stand-ins for the ODT, DOCX and HTML writers, which are
// written on the branches `odt`, `docx` and `html`. Delete this file when those branches are merged.
import DocumentTree

/// Thrown by the stand-in writers until the real ones are merged.
public struct WriterNotYetMerged: Error, CustomStringConvertible {
    public var format: OutputFormat
    public var description: String { "the \(format.rawValue.uppercased()) writer is not merged into this branch yet" }
}

public struct ODTWriter: DocumentWriter {
    public init() {}
    public var format: OutputFormat { .odt }
    public func write(_ document: Document, options: WriterOptions) throws -> [UInt8] { throw WriterNotYetMerged(format: format) }
}

public struct HTMLWriter: DocumentWriter {
    public init() {}
    public var format: OutputFormat { .html }
    public func write(_ document: Document, options: WriterOptions) throws -> [UInt8] { throw WriterNotYetMerged(format: format) }
}
