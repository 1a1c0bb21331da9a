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
    private(set) var nextBookmarkID = -1

    init(style: HouseStyle, document: Document) {
        self.style = style
        self.document = document
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
}

/// The files of `word/media`, named `image1.png`, `image2.svg`… in order of first use; the same
/// bytes used twice (a logo on every header) are stored once.
final class WordMedia {
    struct Item {
        /// Path relative to `word/`, e.g. `media/image1.png`.
        var target: String
        var bytes: [UInt8]
        var fileExtension: String
    }

    private(set) var items: [Item] = []
    private var targetsByBytes: [ImageBytesKey: String] = [:]

    func target(for bytes: [UInt8], fileExtension: String) -> String {
        let key = ImageBytesKey(bytes)
        if let target = targetsByBytes[key] { return target }
        let target = "media/image\(items.count + 1).\(fileExtension)"
        items.append(Item(target: target, bytes: bytes, fileExtension: fileExtension))
        targetsByBytes[key] = target
        return target
    }

    var fileExtensions: [String] { Array(Set(items.map(\.fileExtension))) }
}
