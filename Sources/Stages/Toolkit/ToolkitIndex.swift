import DocumentTree
import ProjectModel

/// The index document of a toolkit archive: what each item is, for whom, in which formats and
/// where it is in the archive.
struct ToolkitIndex {
    var project: Project
    var labels: SiteLabels
    /// The files the archive bundles (without the index itself).
    var files: [SiteDownload]
    /// The archive's language, or `nil` for the archive with every language.
    var archiveLanguage: String?
    var format: LocaleFormat

    func document() -> Document {
        let title = "\(project.acronym) — \(labels("toolkit.indexTitle"))"
        var blocks: [Block] = [
            .heading(Heading(level: 1, content: [.text(title)])),
            .paragraph(Paragraph(text: labels.text(project.title), style: "Lead")),
            .paragraph(Paragraph(text: labels("toolkit.indexIntro"))),
        ]
        let byStage = Dictionary(grouping: files, by: \.entry.stage)
        let titles = Dictionary(project.deliverables.map { ($0.id, "\($0.number) \(labels.text($0.title))") },
                                uniquingKeysWith: { first, _ in first })
        for stage in byStage.keys.sorted(by: { (titles[$0] ?? $0) < (titles[$1] ?? $1) }) {
            let stageFiles = byStage[stage] ?? []
            blocks.append(.heading(Heading(level: 2, content: [.text(titles[stage] ?? stage)])))
            blocks.append(.paragraph(Paragraph([.strong([.text(labels("toolkit.audienceHeading") + ": ")]),
                                                .text(ToolkitCatalogue.audience(of: stage, labels: labels))])))
            let documents = Dictionary(grouping: stageFiles, by: \.documentKey)
            var rows: [TableRow] = []
            for key in documents.keys.sorted() {
                guard let formats = documents[key]?.sorted(by: { $0.formatName < $1.formatName }), let first = formats.first else { continue }
                let name = [first.itemFolder, Self.humanName(first.baseName)].compactMap { $0 }.joined(separator: " — ")
                rows.append(TableRow(cells: [
                    TableCell(text: name),
                    TableCell(text: first.entry.language.map(labels.languageName) ?? "—"),
                    TableCell(text: formats.map(\.formatName).joined(separator: ", ")),
                    TableCell(text: formats.map { Self.sizeText($0.entry.size, format) }.joined(separator: ", ")),
                    TableCell(text: key),
                ]))
            }
            let header = TableRow(cells: [labels("toolkit.item"), labels("toolkit.language"), labels("toolkit.format"),
                                          labels("toolkit.size"), labels("toolkit.location")].map { TableCell(text: $0) })
            blocks.append(.table(Table(columns: [TableColumn(weight: 3), TableColumn(weight: 1.3), TableColumn(weight: 1.5),
                                                 TableColumn(weight: 2), TableColumn(weight: 3.5)],
                                       headerRows: [header], bodyRows: rows)))
        }
        if files.isEmpty {
            blocks.append(.paragraph(Paragraph(text: labels("toolkit.empty"))))
        }
        let language = archiveLanguage ?? project.defaultLanguage
        return Document(metadata: Metadata(title: title, language: language, description: labels("toolkit.indexIntro")),
                        blocks: blocks)
    }

    static func humanName(_ name: String) -> String {
        let spaced = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    static func sizeText(_ bytes: Int, _ format: LocaleFormat) -> String {
        if bytes >= 1_000_000 { return format.number(Double(bytes) / 1_000_000, maximumFractionDigits: 1) + "\u{A0}MB" }
        return format.number(max(0.1, Double(bytes) / 1000), maximumFractionDigits: 1) + "\u{A0}kB"
    }
}
