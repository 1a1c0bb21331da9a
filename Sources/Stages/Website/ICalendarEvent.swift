import ProjectModel

/// One calendar entry: a multiplier event, or one day of a seminar, in local time of its zone.
struct ICalendarEvent: Sendable, Hashable {
    /// Globally unique and stable across builds (`ME-BE@digitrain.example.eu`).
    var uid: String
    var date: CalendarDate
    var start: TimeOfDay
    var end: TimeOfDay
    /// An IANA zone (`Europe/Bucharest`).
    var timeZone: String
    var summary: String
    var location: String
    var description: String
    var url: String?
}
