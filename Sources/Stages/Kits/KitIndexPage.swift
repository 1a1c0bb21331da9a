import Foundation
import DocumentTree
import ProjectModel

/// The kit's index page (HTML): every file of this language version with its document, format,
/// language and size; the combined PDF; the certificates (seminars); the other language versions.
struct KitIndexPage {
    /// One file the kit wrote.
    struct Entry: Sendable {
        var file: String
        var document: String
        var format: String
        var size: Int
    }

    let facts: KitFacts
    let entries: [Entry]
    /// The other languages of the kit, each with its index beside this one (`../en/index.html`).
    let otherLanguages: [String]
    /// The certificates folder relative to this page, for seminars (`../../../certificates/SEM-RO/`).
    let certificatesPath: String?
    let combinedPDF: String

    func document() -> Document {
        let words = facts.words
        var blocks = facts.titleBlocks(words.label("index"))
        let header = TableRow(cells: [words.label("document"), words.label("file"), words.label("format"),
                                      words.label("language"), words.label("size")].map { TableCell(text: $0) })
        let language = words.languageName(words.language)
        let rows = entries.map { entry in
            TableRow(cells: [
                TableCell(text: entry.document),
                TableCell(blocks: [.paragraph(Paragraph([.link(Link(target: .external(entry.file), content: [.code(entry.file)]))]))]),
                TableCell(text: entry.format.uppercased()),
                TableCell(text: language),
                TableCell(text: size(entry.size)),
            ])
        }
        blocks.append(.table(Table(columns: [TableColumn(weight: 3), TableColumn(weight: 3), TableColumn(weight: 1),
                                             TableColumn(weight: 1.5), TableColumn(weight: 1.2, alignment: .end)],
                                   headerRows: [header], bodyRows: rows)))
        blocks.append(.paragraph(Paragraph([.text(words.label("pdfNote", ["file": combinedPDF]))])))
        if let certificatesPath {
            blocks.append(.heading(Heading(level: 2, content: [.text(words.label("certificates"))], id: "certificates", inTableOfContents: false)))
            // The label holds `{path}` where the link goes.
            let parts = words.label("certificatesNote").components(separatedBy: "{path}")
            var line: [Inline] = [.text(parts[0]), .link(Link(target: .external(certificatesPath), content: [.code(certificatesPath)]))]
            if parts.count > 1 { line.append(.text(parts[1...].joined())) }
            blocks.append(.paragraph(Paragraph(line)))
        }
        if !otherLanguages.isEmpty {
            blocks.append(.heading(Heading(level: 2, content: [.text(words.label("otherLanguages"))], id: "languages", inTableOfContents: false)))
            blocks.append(.list(List(kind: .bullet, items: otherLanguages.map { code in
                [.paragraph(Paragraph([.link(Link(target: .external("../\(code)/index.html"), content: [.text(words.languageName(code))]))]))]
            })))
        }
        return Document(metadata: facts.metadata(words.label("index")),
                        sections: [Section(pageSetup: facts.style.page, blocks: blocks)])
    }

    private func size(_ bytes: Int) -> String {
        let format = facts.words.format
        if bytes < 1024 { return format.number(bytes) + " B" }
        if bytes < 1024 * 1024 { return format.number(Double(bytes) / 1024, maximumFractionDigits: 1) + " KB" }
        return format.number(Double(bytes) / 1024 / 1024, maximumFractionDigits: 1) + " MB"
    }
}
