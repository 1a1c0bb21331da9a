import DocumentTree
import DocumentWriters
import ProjectModel

/// Builds one language version of a kit and hands its files to the stage context: each document
/// in every selected format, then the index page (HTML, always).
struct KitWriter {
    let stage: String
    let activity: KitActivity
    let language: String
    let inputs: BuildInputs
    let context: StageContext

    var folder: String { "\(stage)/\(activity.id)/\(language)" }

    func write() throws {
        let words = KitLanguage(language: language, labels: inputs.labels, fallback: inputs.defaultLanguage)
        let facts = KitFacts(activity: activity, data: inputs.data, words: words, style: inputs.style)
        let options = WriterOptions(style: inputs.style, timestamp: context.environment.timestamp)
        var entries: [KitIndexPage.Entry] = []
        for name in KitStage.documents(of: activity.kind) {
            let document = Self.document(name, facts: facts)
            for format in context.writerFormats {
                let bytes = try Writers.writer(for: format).write(document, options: options)
                let file = "\(name).\(format.fileExtension)"
                try context.write("\(folder)/\(file)", bytes: bytes, language: language, format: BuildFormat(format))
                entries.append(KitIndexPage.Entry(file: file, document: words.label(name), format: format.rawValue, size: bytes.count))
            }
        }
        let others = activity.kitLanguages(declared: inputs.data.project.languages).filter { $0 != language }
        let index = KitIndexPage(facts: facts, entries: entries, otherLanguages: others,
                                 certificatesPath: activity.kind == .seminar ? "../../../certificates/\(activity.id)/" : nil,
                                 combinedPDF: KitStage.combinedPDF)
        let bytes = try Writers.writer(for: .html).write(index.document(), options: options)
        try context.write("\(folder)/index.html", bytes: bytes, language: language, format: .html)
    }

    /// The document called `name` (`agenda`, `badges`…).
    static func document(_ name: String, facts: KitFacts) -> Document {
        switch name {
        case "invitation": EventInvitation(facts: facts).document()
        case "handbook": ParticipantHandbook(facts: facts).document()
        case "attendance": AttendanceSheet(facts: facts).document()
        case "badges": badgeSheet(facts).document()
        case "evaluation": EvaluationForm(facts: facts).document()
        default: AgendaDocument(facts: facts).document()
        }
    }

    /// Badges for the participants (in list order), then the people on the programme.
    static func badgeSheet(_ facts: KitFacts) -> BadgeSheet {
        let words = facts.words
        var badges = facts.participants.map { participant in
            BadgeSheet.Badge(name: participant.fullName, organisation: participant.organisation, country: participant.country,
                             role: words.label("role.\(participant.role.rawValue)"))
        }
        for member in facts.activity.staff {
            guard let person = facts.data.people.first(where: { $0.id == member.id }) else { continue }
            let organisation = facts.data.operators.first { $0.id == person.organisation }
            badges.append(BadgeSheet.Badge(name: person.fullName, organisation: facts.operatorName(person.organisation),
                                           country: organisation?.country ?? facts.activity.country,
                                           role: words.label("role.\(member.role.rawValue)")))
        }
        let date = facts.words.dateRange(facts.activity.firstDate, facts.activity.lastDate)
        let caption = [facts.data.project.acronym, facts.activity.city, date].filter { !$0.isEmpty }.joined(separator: " · ")
        return BadgeSheet(badges: badges, caption: caption, style: facts.style, metadata: facts.metadata(words.label("badges")))
    }
}
