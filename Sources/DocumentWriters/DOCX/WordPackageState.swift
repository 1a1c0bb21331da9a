import DocumentTree

/// What the parts of one DOCX share while it is written: the house style, the list instances,
/// the media files, and the counters behind drawing and bookmark ids.
///
/// Lives for one `DOCXWriter.write` call only, on one thread.
final class WordPackageState {
    let style: HouseStyle
    /// The document being written (with heading ids), for the table of contents.
    let document: Document
    let numbering = WordNumbering()
    let media = WordMedia()
    private(set) var nextDrawingID = 0
    /// Whether anything written so far depends on the document's headings (a table of contents).
    private(set) var usedDocumentOutline = false
    private(set) var nextBookmarkID = -1

    /// The alignment of the `Normal` style: that of paragraphs without a style of their own.
    private let normalAlignment: Alignment

    /// The Word ids of the house style's styles.
    private let styleIDs: WordStyleIDs

    /// `styleIDs` must be those of `style` (the writer takes them from the style's part cache).
    init(style: HouseStyle, document: Document, styleIDs: WordStyleIDs? = nil) {
        self.style = style
        self.document = document
        self.styleIDs = styleIDs ?? WordStyleIDs(style: style)
        normalAlignment = style.paragraphStyles["Normal"]?.alignment ?? .start
    }

    /// The `w:pStyle` id of a paragraph style name: `WordStyleID.paragraph`, or `Normal` for a
    /// name the house style does not have.
    func paragraphStyleID(_ name: String) -> String {
        styleIDs.paragraph[name] ?? "Normal"
    }

    /// The `w:rStyle` id of a character style of the house style, nil for a name it does not have.
    func characterStyleID(_ name: String) -> String? {
        styleIDs.character[name]
    }

    /// The alignment a paragraph of the named style has without a `w:jc` of its own: the style's,
    /// else `Normal`'s (every style is based on it), else left (the document defaults say none).
    /// A name that is not a paragraph style of the house style is written as `Normal`.
    func alignment(ofParagraphStyle name: String?) -> Alignment {
        guard let name, name != "Normal" else { return normalAlignment }
        return styleIDs.alignment[name] ?? normalAlignment
    }

    /// The document's headings for a table of contents.
    func documentOutline(depth: Int) -> [OutlineEntry] {
        usedDocumentOutline = true
        return document.outline(depth: depth)
    }

    /// A fresh `wp:docPr` id (unique in the whole package, starting at 1).
    func drawingID() -> Int {
        nextDrawingID += 1
        return nextDrawingID
    }

    /// A fresh `w:bookmarkStart` id (starting at 0).
    func bookmarkID() -> Int {
        nextBookmarkID += 1
        return nextBookmarkID
    }

    /// What writing the running headers and footers into a fresh state left in it.
    struct RunningSnapshot: Sendable {
        var media: [WordMedia.Item]
        var drawingID: Int
    }

    /// The media and drawing ids used so far, or nil when lists, bookmarks or the document's
    /// headings were used too (a snapshot does not hold those).
    func runningSnapshot() -> RunningSnapshot? {
        guard numbering.isEmpty, nextBookmarkID == -1, !usedDocumentOutline else { return nil }
        return RunningSnapshot(media: media.items, drawingID: nextDrawingID)
    }

    /// Puts a fresh state where `snapshot`'s was.
    func restore(_ snapshot: RunningSnapshot) {
        for item in snapshot.media { media.add(item) }
        nextDrawingID = snapshot.drawingID
    }
}

/// The `w:pStyle` and `w:rStyle` ids of every paragraph and character style of a house style,
/// worked out once per style and process (each filters the name's scalars) rather than once per
/// document.
struct WordStyleIDs: Sendable {
    /// Paragraph style name → `WordStyleID.paragraph(name)`.
    let paragraph: [String: String]
    /// Character style name → `WordStyleID.character(name)`.
    let character: [String: String]
    /// Paragraph style name → its own alignment, for the styles that set one (looked up for every
    /// paragraph, without copying the style out of the house style).
    let alignment: [String: Alignment]

    init(style: HouseStyle) {
        var paragraph: [String: String] = [:]
        var alignment: [String: Alignment] = [:]
        for (name, paragraphStyle) in style.paragraphStyles {
            paragraph[name] = WordStyleID.paragraph(name)
            if let own = paragraphStyle.alignment { alignment[name] = own }
        }
        self.alignment = alignment
        var character: [String: String] = [:]
        for name in style.characterStyles.keys { character[name] = WordStyleID.character(name) }
        self.paragraph = paragraph
        self.character = character
    }
}

/// The files of `word/media`, named `image1.png`, `image2.svg`… in order of first use; the same
/// bytes used twice (a logo on every header) are stored once.
final class WordMedia {
    struct Item: Sendable {
        /// Path relative to `word/`, e.g. `media/image1.png`.
        var target: String
        var bytes: [UInt8]
        var fileExtension: String
    }

    private(set) var items: [Item] = []
    /// Items by their bytes, kept only once there are more than `linearSearchLimit` items: a
    /// document has a logo or two, which a look at each item finds faster than hashing (sampled
    /// bytes and a new dictionary in every certificate).
    private var targetsByBytes: [SampledBytesKey: String] = [:]
    private static let linearSearchLimit = 8

    func target(for bytes: [UInt8], fileExtension: String) -> String {
        if items.count <= Self.linearSearchLimit {
            if let item = items.first(where: { SampledBytesKey($0.bytes) == SampledBytesKey(bytes) }) { return item.target }
        } else if let target = targetsByBytes[SampledBytesKey(bytes)] {
            return target
        }
        let target = "media/image\(items.count + 1).\(fileExtension)"
        add(Item(target: target, bytes: bytes, fileExtension: fileExtension))
        return target
    }

    /// Adds an item made for an earlier document (see `WordPackageState.restore`).
    func add(_ item: Item) {
        items.append(item)
        if items.count == Self.linearSearchLimit + 1 {
            for item in items { targetsByBytes[SampledBytesKey(item.bytes)] = item.target }
        } else if items.count > Self.linearSearchLimit + 1 {
            targetsByBytes[SampledBytesKey(item.bytes)] = item.target
        }
    }

    var fileExtensions: [String] { Array(Set(items.map(\.fileExtension))) }
}
