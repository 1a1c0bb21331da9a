import DocumentTree

/// Name badges, eight to an A4 page (two across, four down, each 90 × 60 mm), cut along the thin
/// grey cell borders: a band in the colours of the holder's country flag, the holder's name
/// (shrunk to fit long names, see ``BadgeNameSize``), organisation and role. Empty badges fill the
/// last page for walk-ins; an empty list still prints one page of them.
struct BadgeSheet {
    /// What one badge shows; an empty name makes a badge to fill in by hand.
    struct Badge: Sendable, Hashable {
        var name: String
        var organisation: String
        var country: String
        var role: String
    }

    static let columns = 2
    static let rowsPerPage = 4
    static var badgesPerPage: Int { columns * rowsPerPage }
    static let badgeWidth = Length.mm(90)
    static let bandHeight = Length.mm(7)
    static let bodyHeight = Length.mm(53)
    /// Two 90 mm badges across; four 60 mm badges down (240 mm) in a 261 mm text height, which
    /// leaves room for the empty paragraphs Word needs after a table and before a section break.
    static let page = PageSetup.a4Portrait.with(margins: Margins(top: .mm(20), bottom: .mm(16), left: .mm(15), right: .mm(15)))
    /// Stripes of the flag band per badge (table columns per badge).
    static let stripes = 3

    let badges: [Badge]
    /// The line at the top of every badge: project, activity, place and date.
    let caption: String
    let style: HouseStyle
    let metadata: Metadata

    /// The badges, with empty ones added to fill the last page.
    var filledBadges: [Badge] {
        let pages = max(1, (badges.count + Self.badgesPerPage - 1) / Self.badgesPerPage)
        let blank = Badge(name: "", organisation: "", country: "", role: "")
        return badges + Array(repeating: blank, count: pages * Self.badgesPerPage - badges.count)
    }

    /// The name's font size on this sheet's badges.
    func nameSize(_ name: String) -> Double {
        let maximum = style.paragraphStyle(named: "BadgeName").fontSize ?? 22
        let padding = Length.mm(2 * style.table.cellPadding + 6)
        return BadgeNameSize.points(for: name, maximum: maximum, lineWidth: Self.badgeWidth - padding)
    }

    func document() -> Document {
        let all = filledBadges
        var sections: [Section] = []
        for start in stride(from: 0, to: all.count, by: Self.badgesPerPage) {
            let page = Array(all[start..<min(start + Self.badgesPerPage, all.count)])
            sections.append(Section(pageSetup: Self.page, header: .empty, footer: .empty, blocks: [.table(table(page))]))
        }
        return Document(metadata: metadata, sections: sections)
    }

    private func table(_ badges: [Badge]) -> Table {
        var rows: [TableRow] = []
        for start in stride(from: 0, to: badges.count, by: Self.columns) {
            let line = badges[start..<min(start + Self.columns, badges.count)]
            var band: [TableCell] = []
            var body: [TableCell] = []
            for badge in line {
                for colour in FlagColours.stripes(for: badge.country, fallback: style.colors.accent) {
                    band.append(TableCell(blocks: [], shading: badge.name.isEmpty ? style.colors.heading : colour))
                }
                body.append(cell(for: badge))
            }
            rows.append(TableRow(cells: band, height: Self.bandHeight))
            rows.append(TableRow(cells: body, height: Self.bodyHeight))
        }
        let columns = Array(repeating: TableColumn(weight: 1, alignment: .center), count: Self.columns * Self.stripes)
        return Table(columns: columns, bodyRows: rows)
    }

    private func cell(for badge: Badge) -> TableCell {
        var blocks: [Block] = [.paragraph(Paragraph(text: caption, style: "Small", alignment: .center))]
        if badge.name.isEmpty {
            blocks.append(.paragraph(Paragraph(text: " ", style: "BadgeName")))
        } else {
            blocks.append(.paragraph(Paragraph([.formatted(TextFormat(fontSize: nameSize(badge.name)), [.text(badge.name)])],
                                               style: "BadgeName")))
            if !badge.organisation.isEmpty {
                blocks.append(.paragraph(Paragraph(text: badge.organisation, style: "BadgeOrganisation")))
            }
            if !badge.role.isEmpty {
                blocks.append(.paragraph(Paragraph([.strong([.text(badge.role.uppercased())])], style: "Small", alignment: .center)))
            }
        }
        return TableCell(blocks: blocks, columnSpan: Self.stripes, shading: .white, verticalAlignment: .middle)
    }
}
