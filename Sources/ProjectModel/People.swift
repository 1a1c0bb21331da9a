/// A trainer or assessor (`people.yaml`).
public struct Person: Sendable {
    public var id = ""
    public var givenName = ""
    public var familyName = ""
    /// The operator id of their organisation.
    public var organisation = ""
    public var roles: [PersonRole] = []
    public var email: String?
    public var source = SourceMap.generated

    public init() {}

    /// "Given Family".
    public var fullName: String { givenName.isEmpty ? familyName : givenName + " " + familyName }
}

/// What a person does in the project.
public enum PersonRole: String, Sendable, Hashable, CaseIterable {
    case trainer, assessor, speaker, coordinator
}

/// A participant of a seminar or multiplier event (`participants/<id>.csv`).
public struct Participant: Sendable {
    public var id = ""
    public var givenName = ""
    public var familyName = ""
    public var email = ""
    /// Free text: participants come from anywhere.
    public var organisation = ""
    public var country = ""
    public var language = ""
    public var role = ParticipantRole.participant
    /// The seminar or event the list belongs to.
    public var activity = ""
    public var source = SourceMap.generated

    public init() {}

    public var fullName: String { givenName.isEmpty ? familyName : givenName + " " + familyName }
}

/// A participant's role at an activity.
public enum ParticipantRole: String, Sendable, Hashable, CaseIterable {
    case participant, speaker, organiser, observer
}

/// Hours attended by one participant on one day or half-day (`attendance/<seminar>.csv`).
public struct AttendanceRecord: Sendable {
    public var seminar = ""
    public var participant = ""
    public var date: CalendarDate?
    public var part = DayPart.day
    public var hours: Double = 0
    public var source = SourceMap.generated

    public init() {}
}

/// The part of a day attendance refers to.
public enum DayPart: String, Sendable, Hashable, CaseIterable {
    case day, am, pm
}

/// The assessment of one unit for one participant (`results/<seminar>.csv`).
public struct AssessmentResult: Sendable {
    public var seminar = ""
    public var participant = ""
    public var unit = ""
    public var date: CalendarDate?
    public var assessor = ""
    public var method = ""
    public var passed = false
    /// Proficiency reached per competence id.
    public var levels: [String: ProficiencyLevel] = [:]
    public var source = SourceMap.generated

    public init() {}
}

/// The Markdown prose of one manual in one language, read as text.
public struct ProseDocument: Sendable {
    /// The manual (`network`, `framework`…).
    public var manual = ""
    public var language = ""
    /// The path relative to `Input/`.
    public var path = ""
    public var text = ""
    public var source = SourceMap.generated

    public init() {}
}
