/// A multiplier event: a one-day event presenting the results in one country.
public struct MultiplierEvent: Sendable {
    public var id = ""
    public var country = ""
    public var language = ""
    public var title = LocalizedText()
    public var date: CalendarDate?
    public var city = ""
    public var venue = ""
    /// The host operator's id.
    public var host = ""
    public var registration = LocalizedText()
    public var sessions: [AgendaSession] = []
    public var evaluation: [EvaluationQuestion] = []
    public var source = SourceMap.generated

    public init() {}
}

/// A training seminar over several days, covering some units.
public struct Seminar: Sendable {
    public var id = ""
    public var country = ""
    public var language = ""
    public var title = LocalizedText()
    public var start: CalendarDate?
    public var end: CalendarDate?
    /// Total contact hours; no participant may attend more.
    public var hours: Double = 0
    public var attendanceBy = AttendanceGranularity.day
    public var city = ""
    public var venue = ""
    public var host = ""
    /// Person ids.
    public var trainers: [String] = []
    /// Person ids.
    public var assessors: [String] = []
    /// Unit ids covered.
    public var units: [String] = []
    public var days: [SeminarDay] = []
    public var evaluation: [EvaluationQuestion] = []
    public var source = SourceMap.generated

    public init() {}
}

/// How attendance is recorded.
public enum AttendanceGranularity: String, Sendable, Hashable, CaseIterable {
    case day, halfDay
}

/// One day of a seminar and its sessions.
public struct SeminarDay: Sendable {
    public var date: CalendarDate?
    public var sessions: [AgendaSession] = []
    public var source = SourceMap.generated

    public init() {}
}

/// One line of an agenda.
public struct AgendaSession: Sendable {
    public var start: TimeOfDay?
    public var end: TimeOfDay?
    public var title = LocalizedText()
    /// A person id (multiplier events).
    public var speaker: String?
    /// A person id (seminars).
    public var trainer: String?
    /// A unit id (seminars).
    public var unit: String?
    public var room: String?
    public var kind = SessionKind.session
    public var source = SourceMap.generated

    public init() {}

    /// Length in hours, 0 when a time is missing.
    public var hours: Double {
        guard let start, let end else { return 0 }
        return Double(end.minutes - start.minutes) / 60
    }
}

/// Whether an agenda line is content or a break.
public enum SessionKind: String, Sendable, Hashable, CaseIterable {
    case session, `break`
}

/// A question of an evaluation form.
public struct EvaluationQuestion: Sendable {
    public var id = ""
    public var kind = QuestionKind.likert
    public var text = LocalizedText()
    public var source = SourceMap.generated

    public init() {}
}

/// The answer format of an evaluation question.
public enum QuestionKind: String, Sendable, Hashable, CaseIterable {
    case likert, text, yesNo
}
