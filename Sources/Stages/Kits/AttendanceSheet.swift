import DocumentTree
import ProjectModel

/// Attendance sheets: one per day (or per half-day when the activity records attendance by
/// half-day), each starting on a new landscape page, with the participants pre-filled in the
/// order of printed lists, a signature box of fixed height per row, the header repeated on every
/// page, `Page n of m` in the footer and blank rows for walk-ins.
struct AttendanceSheet {
    let facts: KitFacts

    /// Height of a row: room for a signature.
    static let rowHeight = Length.mm(9)
    /// Empty rows after the participants, for people who come without registering.
    static let walkInRows = 5
    /// Rows that fit on the first page of a sheet (landscape A4, 12 mm margins, title block and
    /// header row) and on each following page (header row only), measured in LibreOffice and kept
    /// a little under the measure so that rounding never spills one row onto a new page.
    static let rowsOnFirstPage = 13
    static let rowsOnNextPages = 18
    static let page = PageSetup.a4Landscape.with(margins: Margins(top: .mm(12), bottom: .mm(12), left: .mm(15), right: .mm(15)))

    /// One sheet: a day or half-day, and the sessions it covers.
    struct Sheet {
        var date: CalendarDate?
        var dayNumber: Int
        /// `nil` for a whole day.
        var part: DayPart?
        var sessions: [AgendaSession]
    }

    /// The sheets, in order: per day, or per half-day (sessions starting before 13:00 are the morning).
    var sheets: [Sheet] {
        var result: [Sheet] = []
        for (index, day) in facts.activity.days.enumerated() {
            guard facts.activity.attendanceBy == .halfDay else {
                result.append(Sheet(date: day.date, dayNumber: index + 1, part: nil, sessions: day.sessions))
                continue
            }
            let morning = day.sessions.filter { ($0.start?.minutes ?? 0) < 13 * 60 }
            let afternoon = day.sessions.filter { ($0.start?.minutes ?? 0) >= 13 * 60 }
            for (part, sessions) in [(DayPart.am, morning), (DayPart.pm, afternoon)] where sessions.contains(where: { $0.kind == .session }) {
                result.append(Sheet(date: day.date, dayNumber: index + 1, part: part, sessions: sessions))
            }
        }
        return result
    }

    /// How many rows a sheet has: every participant and the walk-in rows, then blank rows to the
    /// end of the last page (so an empty list still prints a full page to sign).
    static func rowCount(participants: Int) -> Int {
        let needed = participants + walkInRows
        if needed <= rowsOnFirstPage { return rowsOnFirstPage }
        let morePages = (needed - rowsOnFirstPage + rowsOnNextPages - 1) / rowsOnNextPages
        return rowsOnFirstPage + morePages * rowsOnNextPages
    }

    func document() -> Document {
        let words = facts.words
        let sections = sheets.map { sheet in
            Section(pageSetup: Self.page, header: .empty, footer: facts.pageFooter, blocks: blocks(for: sheet))
        }
        return Document(metadata: facts.metadata(words.label("attendance")), sections: sections)
    }

    private func blocks(for sheet: Sheet) -> [Block] {
        let words = facts.words
        var heading = words.label("attendance") + " — " + words.label("day", ["number": String(sheet.dayNumber)])
        if let part = sheet.part { heading += ", " + words.label(part == .am ? "morning" : "afternoon") }
        let content = sheet.sessions.filter { $0.kind == .session }
        let start = content.first?.start.map(words.format.time) ?? ""
        let end = content.last?.end.map(words.format.time) ?? ""
        var when = sheet.date.map { words.format.longDate($0) } ?? ""
        if !start.isEmpty { when += ", \(start)–\(end) (\(facts.timeZone.abbreviation(on: sheet.date)))" }
        var blocks: [Block] = [
            .heading(Heading(level: 1, content: [.text(heading)], id: "sheet-\(sheet.dayNumber)\(sheet.part?.rawValue ?? "")",
                             inTableOfContents: false)),
            .paragraph(Paragraph([.strong([.text(facts.title)])])),
            .paragraph(Paragraph(text: [when, facts.activity.venue, facts.activity.city].filter { !$0.isEmpty }.joined(separator: " · "))),
            .paragraph(Paragraph(text: words.label("attendanceNote"), style: "Small")),
        ]
        blocks.append(.table(table()))
        return blocks
    }

    private func table() -> Table {
        let words = facts.words
        let header = TableRow(cells: [words.label("number"), words.label("familyName"), words.label("givenName"),
                                      words.common("organisation"), words.common("signature")].map { TableCell(text: $0) })
        var rows: [TableRow] = []
        for (index, participant) in facts.participants.enumerated() {
            rows.append(row(number: index + 1, cells: [participant.familyName, participant.givenName, participant.organisation]))
        }
        let total = Self.rowCount(participants: facts.participants.count)
        // total is at least the participants plus the walk-in rows, so the range is never empty.
        for number in (facts.participants.count + 1)...total {
            rows.append(row(number: number, cells: ["", "", ""]))
        }
        return Table(columns: [TableColumn(weight: 0.5, alignment: .end), TableColumn(weight: 2.2), TableColumn(weight: 2),
                               TableColumn(weight: 3.6), TableColumn(weight: 4.4)],
                     headerRows: [header], bodyRows: rows)
    }

    private func row(number: Int, cells: [String]) -> TableRow {
        var all = [TableCell(text: String(number))]
        all += cells.map { TableCell(blocks: $0.isEmpty ? [] : [.paragraph(Paragraph(text: $0))], verticalAlignment: .middle) }
        all.append(TableCell(blocks: []))
        all[0].verticalAlignment = .middle
        return TableRow(cells: all, height: Self.rowHeight)
    }
}
