import DocumentTree
import ProjectModel

/// The skeleton every manual shares: a title page, a table of contents, the staff's prose as the
/// introduction, the chapters generated from the data, and an annex of sources; running header
/// and footer with page numbers on every page but the title page.
struct ManualDocument: Sendable {
    /// The manual's id in `project.yaml`'s `deliverables:` (`framework`).
    let manual: String
    let context: ManualContext

    /// The deliverable record of this manual, if the project declares it.
    var deliverable: DeliverableInfo? { context.data.project.deliverables.first { $0.id == manual } }

    /// `D2`, or the manual's id when the project does not number it.
    var number: String { deliverable?.number ?? manual }

    /// The manual's title in its language.
    var title: String { deliverable.map { context.text($0.title) } ?? manual }

    /// Assembles the document.
    /// - Parameters:
    ///   - prose: the introduction chapter(s), from the staff's Markdown.
    ///   - chapters: the generated chapters.
    ///   - sources: extra sources this manual's data cites (URLs, surveys), added to the annex.
    func document(prose: [Block], chapters: [Block], sources: [String]) -> Document {
        let project = context.data.project
        let metadata = Metadata(
            title: "\(number) \(title)", subtitle: context.text(project.title),
            authors: partnerNames, language: context.language,
            date: project.date?.description,
            description: "\(project.acronym) — \(number) \(title)",
            keywords: [project.acronym, number, manual])
        let cover = Section(header: .empty, footer: .empty, blocks: coverBlocks())
        var body: [Block] = [.tableOfContents(TableOfContents(title: context.common("contents"), depth: 2)), .pageBreak]
        body += prose
        body += Self.chaptersOnNewPages(chapters + SourcesAnnex(context: context).blocks(extra: sources))
        let main = Section(header: header(), footer: footer(), blocks: body)
        return Document(metadata: metadata, sections: [cover, main]).withHeadingIDs()
    }

    /// The blocks with a page break before every level-1 heading, so each chapter opens a page.
    static func chaptersOnNewPages(_ blocks: [Block]) -> [Block] {
        blocks.flatMap { block -> [Block] in
            if case .heading(let heading) = block, heading.level == 1 { return [.pageBreak, block] }
            return [block]
        }
    }

    private var partnerNames: [String] {
        context.data.project.partners.compactMap { partner in
            context.data.operators.first { $0.id == partner.operatorID }.map { context.text($0.name) }
        }
    }

    private func coverBlocks() -> [Block] {
        let project = context.data.project
        var blocks: [Block] = []
        if var logo = context.style.logo, logo.height.millimetres > 0 {
            let scale = 22 / logo.height.millimetres
            logo.width = .mm(logo.width.millimetres * scale)
            logo.height = .mm(22)
            blocks.append(.paragraph(Paragraph([.image(logo)])))
        }
        blocks.append(.paragraph(Paragraph(text: "\(project.acronym) — \(context.text(project.title))", style: "CoverMeta")))
        blocks.append(.paragraph(Paragraph(text: title, style: "CoverTitle")))
        blocks.append(.paragraph(Paragraph(text: "\(context.common("deliverable")) \(number)", style: "CoverSubtitle")))
        var meta = [
            context.field(context.common("language"), context.label("languageName")),
            context.field(context.common("version"), project.version),
        ]
        if let date = project.date { meta.append(context.field(context.common("date"), context.format.date(date))) }
        if let website = project.website { meta.append(context.field(context.common("website"), website)) }
        blocks += meta.map { .paragraph(Paragraph(text: $0, style: "CoverMeta")) }
        blocks.append(.paragraph(Paragraph(text: context.common("partners"), style: "FormLabel")))
        blocks.append(ManualBlocks.bullets(project.partners.map { partner in
            let op = context.data.operators.first { $0.id == partner.operatorID }
            let name = op.map { context.text($0.name) } ?? partner.operatorID
            let place = op.map { "\($0.city), \(context.countryName($0.country))" } ?? ""
            let role = context.common(partner.role == "coordinator" ? "coordinator" : "partner")
            return place.isEmpty ? "\(name) — \(role)" : "\(name) (\(place)) — \(role)"
        }))
        let notice = context.text(project.fundingNotice)
        if !notice.isEmpty {
            blocks.append(.paragraph(Paragraph(text: context.common("fundingNotice"), style: "FormLabel")))
            blocks.append(.paragraph(Paragraph(text: notice, style: "Small")))
        }
        return blocks
    }

    private func header() -> RunningContent {
        var content: [Inline] = []
        if let logo = context.style.logo { content += [.image(logo), .text("  ")] }
        content.append(.text("\(context.data.project.acronym) · \(number) · \(title)"))
        return RunningContent(blocks: [.paragraph(Paragraph(content, style: "Header"))])
    }

    private func footer() -> RunningContent {
        var blocks: [Block] = []
        let notice = context.text(context.data.project.fundingNotice)
        if !notice.isEmpty { blocks.append(.paragraph(Paragraph(text: notice, style: "Footer"))) }
        blocks.append(.paragraph(Paragraph([
            .text("\(context.common("page")) "), .field(.pageNumber),
            .text(" \(context.common("of")) "), .field(.pageCount),
        ], style: "Footer", alignment: .end)))
        return RunningContent(blocks: blocks)
    }
}
