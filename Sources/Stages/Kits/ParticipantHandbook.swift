import DocumentTree
import ProjectModel

/// The participant handbook of a seminar: for every programme unit the seminar covers, its
/// level, hours and ECVET points, the seminar's sessions on it, the learning outcomes, methods,
/// ICT tools (with the tools the country adds) and how it is assessed.
struct ParticipantHandbook {
    let facts: KitFacts

    func document() -> Document {
        let words = facts.words
        let data = facts.data
        var blocks = facts.titleBlocks(words.label("handbook"))
        blocks.append(.paragraph(Paragraph(text: words.label("handbookIntro"), style: "Lead")))
        let trainers = facts.activity.staff.filter { $0.role == .trainer }.map(\.id)
        let assessors = facts.activity.staff.filter { $0.role == .assessor }.map(\.id)
        for (key, ids) in [("trainers", trainers), ("assessors", assessors)] where !ids.isEmpty {
            let names = ids.map { id -> String in
                let person = data.people.first { $0.id == id }
                let organisation = person.map { facts.operatorName($0.organisation) } ?? ""
                return organisation.isEmpty ? facts.personName(id) : "\(facts.personName(id)) (\(organisation))"
            }
            blocks.append(.paragraph(Paragraph([.strong([.text(words.label(key) + ": ")]), .text(names.joined(separator: "; "))])))
        }
        blocks.append(.heading(Heading(level: 1, content: [.text(words.label("units"))], id: "units")))
        for unitID in facts.activity.units {
            guard let unit = data.programme.units.first(where: { $0.id == unitID }) else { continue }
            blocks += unitBlocks(unit)
        }
        return Document(metadata: facts.metadata(words.label("handbook")),
                        sections: [Section(pageSetup: facts.style.page, blocks: blocks)])
    }

    private func unitBlocks(_ unit: ProjectModel.Unit) -> [Block] {
        let words = facts.words
        let format = words.format
        var blocks: [Block] = [
            .heading(Heading(level: 2, content: [.text("\(unit.id) · \(words.text(unit.title))")], id: "unit-\(unit.id)")),
            .paragraph(Paragraph(text: "\(words.label("eqfLevel")) \(unit.eqfLevel) · \(format.number(unit.hours.total)) \(words.common("hours")) · "
                + "\(words.label("ecvetPoints")): \(format.number(unit.ecvetPoints))", style: "CoverMeta")),
        ]
        var sessions: [[Block]] = []
        for day in facts.activity.days {
            for session in day.sessions where session.unit == unit.id {
                let date = day.date.map(format.shortDate) ?? ""
                sessions.append([.paragraph(Paragraph(text: "\(date), \(AgendaDocument.timeRange(session, words: words)): \(words.text(session.title))"))])
            }
        }
        if !sessions.isEmpty {
            blocks.append(.heading(Heading(level: 3, content: [.text(words.label("sessions"))], inTableOfContents: false)))
            blocks.append(.list(List(kind: .bullet, items: sessions)))
        }
        let outcomes = unit.outcomes.compactMap { id in facts.data.outcomes.first { $0.id == id } }
        if !outcomes.isEmpty {
            blocks.append(.heading(Heading(level: 3, content: [.text(words.label("outcomes"))], inTableOfContents: false)))
            blocks.append(.list(List(kind: .bullet, items: outcomes.map { outcome in
                [.paragraph(Paragraph([.strong([.text(outcome.id + " ")]), .text(words.text(outcome.statement))]))]
            })))
        }
        let methods = unit.methods.resolved(in: words.language, fallback: words.fallback)
        if !methods.isEmpty {
            blocks.append(.heading(Heading(level: 3, content: [.text(words.label("methods"))], inTableOfContents: false)))
            blocks.append(.list(List(kind: .bullet, items: methods.map { [.paragraph(Paragraph(text: $0))] })))
        }
        let local = facts.data.programme.modules.filter { $0.units.contains(unit.id) }
            .flatMap(\.customisations).filter { $0.country == facts.activity.country }
        var tools: [[Block]] = unit.tools.map { [.paragraph(Paragraph(text: $0))] }
        for tool in local.flatMap(\.extraTools) where !unit.tools.contains(tool) {
            tools.append([.paragraph(Paragraph([.text(tool + " "), .emphasis([.text("(" + words.label("localTools", ["country": facts.countryName]) + ")")])]))])
        }
        if !tools.isEmpty {
            blocks.append(.heading(Heading(level: 3, content: [.text(words.label("tools"))], inTableOfContents: false)))
            blocks.append(.list(List(kind: .bullet, items: tools)))
        }
        for note in local.map({ words.text($0.note) }) where !note.isEmpty {
            blocks.append(.paragraph(Paragraph([.emphasis([.text(note)])])))
        }
        let assessment = words.text(unit.assessment)
        if !assessment.isEmpty {
            blocks.append(.heading(Heading(level: 3, content: [.text(words.label("assessment"))], inTableOfContents: false)))
            blocks.append(.paragraph(Paragraph(text: assessment)))
        }
        return blocks
    }
}
