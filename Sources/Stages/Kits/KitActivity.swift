import ProjectModel

/// A multiplier event or a training seminar seen the way its printed kit needs it: one or more
/// days of sessions, a venue, a host, the people on the programme and an evaluation form.
struct KitActivity: Sendable {
    enum Kind: String, Sendable {
        /// D6: a one-day multiplier event (kit with an invitation).
        case multiplierEvent
        /// D7: a training seminar over several days (kit with a participant handbook).
        case seminar
    }

    /// A person on the programme and what they do at the activity.
    struct StaffMember: Sendable, Hashable {
        var id: String
        var role: PersonRole
    }

    struct Day: Sendable {
        var date: CalendarDate?
        var sessions: [AgendaSession]
    }

    var kind: Kind
    var id: String
    var country: String
    /// The language the activity is held in.
    var language: String
    var title: LocalizedText
    var days: [Day]
    var city: String
    var venue: String
    /// The host operator's id.
    var host: String
    var registration: LocalizedText
    var attendanceBy: AttendanceGranularity
    var evaluation: [EvaluationQuestion]
    /// Trainers, assessors or speakers, in the order of the data.
    var staff: [StaffMember]
    /// Unit ids (seminars).
    var units: [String]

    init(event: MultiplierEvent) {
        kind = .multiplierEvent
        id = event.id
        country = event.country
        language = event.language
        title = event.title
        days = [Day(date: event.date, sessions: event.sessions)]
        city = event.city
        venue = event.venue
        host = event.host
        registration = event.registration
        attendanceBy = .day
        evaluation = event.evaluation
        var speakers: [StaffMember] = []
        for id in event.sessions.compactMap(\.speaker) where !speakers.contains(where: { $0.id == id }) {
            speakers.append(StaffMember(id: id, role: .speaker))
        }
        staff = speakers
        units = []
    }

    init(seminar: Seminar) {
        kind = .seminar
        id = seminar.id
        country = seminar.country
        language = seminar.language
        title = seminar.title
        days = seminar.days.map { Day(date: $0.date, sessions: $0.sessions) }
        city = seminar.city
        venue = seminar.venue
        host = seminar.host
        registration = LocalizedText()
        attendanceBy = seminar.attendanceBy
        evaluation = seminar.evaluation
        var people = seminar.trainers.map { StaffMember(id: $0, role: .trainer) }
        for id in seminar.assessors where !people.contains(where: { $0.id == id }) {
            people.append(StaffMember(id: id, role: .assessor))
        }
        staff = people
        units = seminar.units
    }

    /// The first and last day.
    var firstDate: CalendarDate? { days.compactMap(\.date).min() }
    var lastDate: CalendarDate? { days.compactMap(\.date).max() }

    /// The languages of the kit: the activity's own, then English (the project's working
    /// language), each once and only when the project declares it.
    func kitLanguages(declared: [String]) -> [String] {
        var result: [String] = []
        for language in [self.language, "en"] where declared.contains(language) && !result.contains(language) {
            result.append(language)
        }
        return result
    }
}
