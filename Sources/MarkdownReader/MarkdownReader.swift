import CCmark
import DocumentTree

/// Reads CommonMark with the GitHub extensions (tables, strikethrough, autolinks, task lists,
/// footnotes) and YAML front matter into a `Document`, through libcmark-gfm.
///
/// Reading never fails: whatever cannot be carried over (raw HTML, a missing image, a control
/// character) is left out and reported as a `MarkdownWarning` with its line and column.
public struct MarkdownReader: Sendable {
    /// Returns the bytes of the image a Markdown file names (`![alt](path)`, the path as written,
    /// percent-decoded), or nil when there is no such file.
    public typealias ImageLoader = @Sendable (_ path: String) -> [UInt8]?

    /// Images wider than this are scaled down to it (the text width of the page).
    public var textWidth: Length
    /// Where images come from; nil reports every image as not loaded.
    public var loadImage: ImageLoader?

    /// - Parameters:
    ///   - textWidth: the widest an image may be; the house style's `page.textWidth`.
    ///   - loadImage: reads an image by the path the Markdown gives (see `fileImageLoader(relativeTo:)`).
    public init(textWidth: Length = PageSetup.a4Portrait.textWidth, loadImage: ImageLoader? = nil) {
        self.textWidth = textWidth
        self.loadImage = loadImage
    }

    /// What reading produced: the document (headings already carry ids) and the warnings, in file order.
    public struct Result: Sendable {
        public var document: Document
        public var warnings: [MarkdownWarning]
    }

    /// Reads Markdown text.
    /// - Parameter fallbackTitle: the document title when neither the front matter nor a level-1
    ///   heading gives one (the file name, typically).
    public func read(_ markdown: String, fallbackTitle: String = "Untitled") -> Result {
        var warnings: [MarkdownWarning] = []
        let cleaned = ControlCharacters.strip(markdown, warnings: &warnings)
        let (yaml, body) = FrontMatter.split(cleaned)
        let frontMatter = yaml.map { FrontMatter.parse($0, warnings: &warnings) } ?? FrontMatter()

        let converter = CmarkConverter(textWidth: textWidth, loadImage: loadImage)
        converter.tableOfContentsTitle = Self.contentsTitle(language: frontMatter.language ?? "en")
        let bodyBlocks = converter.convert(markdown: body)
        warnings += converter.warnings

        var blocks = frontMatter.titleBlock
        if frontMatter.tableOfContents {
            blocks.append(.tableOfContents(TableOfContents(title: Self.contentsTitle(language: frontMatter.language ?? "en"))))
        }
        blocks += bodyBlocks

        let firstHeading = bodyBlocks.lazy.compactMap { block -> String? in
            if case .heading(let heading) = block, heading.level == 1 { return heading.content.plainText }
            return nil
        }.first
        let metadata = Metadata(
            title: frontMatter.title ?? firstHeading ?? fallbackTitle, subtitle: frontMatter.subtitle,
            authors: frontMatter.authors, language: frontMatter.language ?? "en", date: frontMatter.date,
            description: frontMatter.description, keywords: frontMatter.keywords)
        let document = Document(metadata: metadata, blocks: blocks).withHeadingIDs()

        let anchors = Set(document.outline(depth: 6).map(\.anchor))
        for link in converter.internalLinks where !anchors.contains(link.anchor) {
            var message = "internal link to '#\(link.anchor)' matches no heading"
            if let suggestion = NameSuggestion.closest(to: link.anchor, among: anchors.sorted()) { message += " (did you mean '#\(suggestion)'?)" }
            warnings.append(MarkdownWarning(line: link.line, column: link.column, message: message))
        }
        warnings.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return Result(document: document, warnings: warnings)
    }

    /// The title of a table of contents in the document's language (English for languages it does not know).
    public static func contentsTitle(language: String) -> String {
        let titles = ["en": "Contents", "fr": "Table des matières", "pt": "Índice", "ro": "Cuprins", "it": "Indice",
                      "es": "Índice", "de": "Inhalt", "nl": "Inhoud"]
        let primary = language.split(separator: "-").first.map(String.init)?.lowercased() ?? "en"
        return titles[primary] ?? "Contents"
    }
}
