import DocumentTree

/// The output formats the writers produce.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case odt, docx, html
    public var fileExtension: String { rawValue }
}

/// What every writer is given besides the document.
public struct WriterOptions: Sendable {
    public var style: HouseStyle {
        // A part made for one style must never serve another: a new style, a new cache.
        didSet { partCache = WriterPartCache.shared(for: style) }
    }
    /// The parts already made in this process for `style` (stylesheets, running headers and footers).
    public internal(set) var partCache: WriterPartCache
    /// Seconds since 1970 recorded as the modification time of zip entries and in metadata;
    /// from `SOURCE_DATE_EPOCH` when set, so builds are reproducible.
    public var timestamp: Int
    /// Recorded as the generating application.
    public var generator: String
    /// HTML only: where the stylesheet goes.
    public var htmlStylesheet: HTMLStylesheet

    public init(style: HouseStyle = .default, timestamp: Int = WriterOptions.defaultTimestamp,
                generator: String = "deliverables", htmlStylesheet: HTMLStylesheet = .embedded) {
        self.style = style
        self.partCache = WriterPartCache.shared(for: style)
        self.timestamp = timestamp
        self.generator = generator
        self.htmlStylesheet = htmlStylesheet
    }

    /// 2026-01-01T00:00:00Z, used when `SOURCE_DATE_EPOCH` is not set.
    public static let defaultTimestamp = 1_767_225_600
}

/// HTML only: embed the generated CSS in the page, or link to a stylesheet.
public enum HTMLStylesheet: Sendable, Hashable {
    case embedded
    case linked(href: String)
}

/// A writer turns a document into the bytes of one file.
public protocol DocumentWriter: Sendable {
    var format: OutputFormat { get }
    /// - Throws: when the document cannot be written (an image that cannot be packed, a zip failure).
    func write(_ document: Document, options: WriterOptions) throws -> [UInt8]
}
