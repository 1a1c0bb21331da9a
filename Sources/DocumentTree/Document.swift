/// A format-neutral document: what every writer (ODT, DOCX, HTML) turns into bytes.
///
/// The tree follows the pandoc model: one tree, many writers. It knows nothing of the project's
/// domain; stages build it from the model, and the Markdown reader builds it from prose.
public struct Document: Sendable, Hashable {
    /// Title, language and other facts about the document as a whole.
    public var metadata: Metadata
    /// Runs of content, each with its own page setup and running header and footer.
    public var sections: [Section]

    public init(metadata: Metadata, sections: [Section]) {
        self.metadata = metadata
        self.sections = sections
    }

    /// A document of one section with the default page setup.
    public init(metadata: Metadata, blocks: [Block]) {
        self.init(metadata: metadata, sections: [Section(blocks: blocks)])
    }
}

/// Facts about a document as a whole; written to `meta.xml`, `docProps/core.xml` and `<head>`.
public struct Metadata: Sendable, Hashable {
    public var title: String
    public var subtitle: String?
    public var authors: [String]
    /// BCP 47 language tag of the content, e.g. `fr` or `pt-PT`.
    public var language: String
    /// The date shown and recorded, as ISO 8601 (`2027-03-12`); nil leaves it out.
    public var date: String?
    public var description: String?
    public var keywords: [String]

    public init(
        title: String, subtitle: String? = nil, authors: [String] = [], language: String = "en",
        date: String? = nil, description: String? = nil, keywords: [String] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.language = language
        self.date = date
        self.description = description
        self.keywords = keywords
    }
}

/// A run of blocks sharing one page setup and one running header and footer.
///
/// A new section always starts on a new page.
public struct Section: Sendable, Hashable {
    public var pageSetup: PageSetup
    /// Running header; nil means the house style's default header.
    public var header: RunningContent?
    /// Running footer; nil means the house style's default footer.
    public var footer: RunningContent?
    public var blocks: [Block]

    public init(
        pageSetup: PageSetup = .a4Portrait, header: RunningContent? = nil,
        footer: RunningContent? = nil, blocks: [Block]
    ) {
        self.pageSetup = pageSetup
        self.header = header
        self.footer = footer
        self.blocks = blocks
    }
}

/// What a running header or footer shows: paragraphs that may hold page fields.
public struct RunningContent: Sendable, Hashable {
    public var blocks: [Block]
    public init(blocks: [Block]) { self.blocks = blocks }
    /// No header or footer at all on these pages. (Not `none`: `Section(header: .none)` would
    /// read as `Optional.none`, which means the house style's default.)
    public static let empty = RunningContent(blocks: [])
}
