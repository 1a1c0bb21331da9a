import DocumentTree
import ProjectModel

/// What every document of one language version of a kit draws on: the activity, the project
/// data it refers to (people, operators, programme), the words of the language and the house style.
struct KitFacts: Sendable {
    let activity: KitActivity
    let data: ProjectData
    let words: KitLanguage
    let style: HouseStyle
    /// The activity's participants, in the order of printed lists.
    let participants: [Participant]
    let timeZone: KitTimeZone

    init(activity: KitActivity, data: ProjectData, words: KitLanguage, style: HouseStyle) {
        self.activity = activity
        self.data = data
        self.words = words
        self.style = style
        // Lists are collated the way the activity's country sorts, whatever the kit's language.
        let collation = LocaleFormat(language: activity.language).localeIdentifier
        self.participants = ParticipantOrder.sorted(data.participants(of: activity.id), localeIdentifier: collation)
        self.timeZone = KitTimeZone(identifier: data.project.country(activity.country)?.timeZone ?? "UTC")
    }

    var language: String { words.language }
    var title: String { words.text(activity.title) }

    /// `Seminar de formare` or `Multiplier event`.
    var kindName: String { words.label(activity.kind == .seminar ? "seminar" : "multiplierEvent") }

    var countryName: String {
        data.project.country(activity.country).map { words.text($0.name) } ?? activity.country
    }

    /// The host operator's name, else its id.
    var hostName: String { operatorName(activity.host) }

    func operatorName(_ id: String) -> String {
        data.operators.first { $0.id == id }.map { words.text($0.name) } ?? id
    }

    /// A person's full name, else the id (or nothing for no person).
    func personName(_ id: String?) -> String {
        guard let id else { return "" }
        return data.people.first { $0.id == id }?.fullName ?? id
    }

    /// `EEST (ora de vară a Europei de Est)`: the zone of the first day.
    var zoneDescription: String {
        let abbreviation = timeZone.abbreviation(on: activity.firstDate)
        guard let name = timeZone.name(on: activity.firstDate, localeIdentifier: words.format.localeIdentifier),
              name != abbreviation else { return abbreviation }
        return "\(abbreviation) (\(name))"
    }

    /// `Cluj-Napoca, 12 mai 2027 – 14 mai 2027 · venue`.
    var whereAndWhen: String {
        [words.dateRange(activity.firstDate, activity.lastDate), activity.venue, activity.city]
            .filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// The document title block: the kind of document, the activity, where and when.
    func titleBlocks(_ documentName: String) -> [Block] {
        [.paragraph(Paragraph(text: documentName, style: "Title")),
         .paragraph(Paragraph(text: title, style: "Subtitle")),
         .paragraph(Paragraph(text: whereAndWhen, style: "CoverMeta"))]
    }

    func metadata(_ documentName: String) -> Metadata {
        // Short: the house style prints the title in every page header.
        Metadata(title: "\(documentName) — \(kindName), \(activity.city)", subtitle: title, authors: [hostName],
                 language: language, date: activity.firstDate?.description)
    }

    /// A footer with the activity and `Page n of m`.
    var pageFooter: RunningContent {
        let left = "\(data.project.acronym) · \(activity.id) · "
        return RunningContent(blocks: [.paragraph(Paragraph(
            [.text(left + words.common("page") + " "), .field(.pageNumber), .text(" " + words.common("of") + " "), .field(.pageCount)],
            style: "Footer", alignment: .end))])
    }
}
