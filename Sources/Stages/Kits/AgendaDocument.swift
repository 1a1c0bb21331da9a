import DocumentTree
import ProjectModel

/// The agenda: each day's sessions with times (local time, zone named), titles, speakers or
/// trainers and rooms; breaks shaded across the row.
struct AgendaDocument {
    let facts: KitFacts

    func document() -> Document {
        let words = facts.words
        var blocks = facts.titleBlocks(words.label("agenda"))
        blocks.append(.paragraph(Paragraph(text: "\(words.label("host")): \(facts.hostName)", style: "CoverMeta")))
        blocks.append(.paragraph(Paragraph([.strong([.text(words.label("timeZone", ["zone": facts.zoneDescription]))])])))
        let many = facts.activity.days.count > 1
        for (index, day) in facts.activity.days.enumerated() {
            if many {
                // A seminar prints a day per page, so no session is split across pages.
                if index > 0 { blocks.append(.pageBreak) }
                let date = day.date.map { words.format.longDate($0) } ?? ""
                blocks.append(.heading(Heading(level: 2, content: [.text(words.label("day", ["number": String(index + 1)]) + " — " + date)],
                                               id: "day-\(index + 1)", inTableOfContents: false)))
            }
            blocks.append(.table(table(for: day.sessions)))
        }
        return Document(metadata: facts.metadata(words.label("agenda")),
                        sections: [Section(pageSetup: facts.style.page, blocks: blocks)])
    }

    /// `U1 · title` for seminar sessions of a unit, the title otherwise.
    static func sessionTitle(_ session: AgendaSession, words: KitLanguage) -> String {
        let title = words.text(session.title)
        guard let unit = session.unit else { return title }
        return "\(unit) · \(title)"
    }

    static func timeRange(_ session: AgendaSession, words: KitLanguage) -> String {
        let start = session.start.map(words.format.time) ?? ""
        let end = session.end.map(words.format.time) ?? ""
        return end.isEmpty ? start : start + "–" + end
    }

    private func table(for sessions: [AgendaSession]) -> Table {
        let words = facts.words
        let who = words.label(facts.activity.kind == .seminar ? "trainer" : "speaker")
        let header = TableRow(cells: [words.label("time"), words.label("session"), who, words.label("room")].map { TableCell(text: $0) })
        let breakShade = Color(hex: "#E8ECF1")
        let rows = sessions.map { session -> TableRow in
            let time = TableCell(text: Self.timeRange(session, words: words))
            if session.kind == .break {
                return TableRow(cells: [
                    TableCell(text: Self.timeRange(session, words: words), shading: breakShade),
                    TableCell(blocks: [.paragraph(Paragraph([.emphasis([.text(words.text(session.title))])]))], columnSpan: 3, shading: breakShade),
                ])
            }
            return TableRow(cells: [
                time,
                TableCell(blocks: [.paragraph(Paragraph([.strong([.text(Self.sessionTitle(session, words: words))])]))]),
                TableCell(text: facts.personName(session.trainer ?? session.speaker)),
                TableCell(text: session.room ?? ""),
            ])
        }
        return Table(columns: [TableColumn(weight: 1.75), TableColumn(weight: 4.3), TableColumn(weight: 2), TableColumn(weight: 1.8)],
                     headerRows: [header], bodyRows: rows)
    }
}
