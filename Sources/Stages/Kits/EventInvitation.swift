import DocumentTree
import ProjectModel

/// The invitation letter of a multiplier event: from the host operator, with the event, date,
/// times, venue, a summary of the programme and how to register.
struct EventInvitation {
    let facts: KitFacts

    func document() -> Document {
        let words = facts.words
        let activity = facts.activity
        let host = facts.data.operators.first { $0.id == activity.host }
        var blocks: [Block] = []
        var sender: [Inline] = [.strong([.text(facts.hostName)])]
        for line in [host?.address, host?.email, host?.website].compactMap({ $0 }) where !line.isEmpty {
            sender += [.lineBreak, .text(line)]
        }
        blocks.append(.paragraph(Paragraph(sender, style: "CoverMeta")))
        blocks.append(.paragraph(Paragraph(text: words.label("invitation"), style: "Title")))
        blocks.append(.paragraph(Paragraph(text: facts.title, style: "Subtitle")))
        blocks.append(.paragraph(Paragraph(text: words.label("dear"))))

        let sessions = activity.days.flatMap(\.sessions)
        let date = activity.firstDate.map { words.format.longDate($0) } ?? ""
        let start = sessions.first?.start.map(words.format.time) ?? ""
        let end = sessions.last?.end.map(words.format.time) ?? ""
        let zone = facts.timeZone.abbreviation(on: activity.firstDate)
        blocks.append(.paragraph(Paragraph(text: words.label("invitationBody", [
            "title": facts.title, "date": date, "start": start, "end": "\(end) (\(zone))",
            "venue": activity.venue, "city": activity.city, "host": facts.hostName,
        ]))))
        blocks.append(.paragraph(Paragraph(text: words.label("invitationPurpose", [
            "project": "\(facts.data.project.acronym) — \(words.text(facts.data.project.title))",
        ]))))

        blocks.append(.heading(Heading(level: 2, content: [.text(words.label("programmeOfDay"))], id: "programme", inTableOfContents: false)))
        let items: [[Block]] = sessions.map { session in
            var line: [Inline] = [.strong([.text(AgendaDocument.timeRange(session, words: words))]), .text("  " + words.text(session.title))]
            if session.kind == .session, let speaker = session.speaker {
                line.append(.emphasis([.text(" — " + facts.personName(speaker))]))
            }
            return [.paragraph(Paragraph(line))]
        }
        blocks.append(.list(List(kind: .bullet, items: items)))

        let registration = words.text(activity.registration)
        if !registration.isEmpty {
            blocks.append(.heading(Heading(level: 2, content: [.text(words.label("registration"))], id: "registration", inTableOfContents: false)))
            blocks.append(.paragraph(Paragraph(text: registration)))
        }
        blocks.append(.paragraph(Paragraph(text: words.label("closing"))))
        blocks.append(.paragraph(Paragraph(text: words.label("regards"))))
        blocks.append(.paragraph(Paragraph([.strong([.text(facts.hostName)])])))
        return Document(metadata: facts.metadata(words.label("invitation")),
                        sections: [Section(pageSetup: facts.style.page, blocks: blocks)])
    }
}
