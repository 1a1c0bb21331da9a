import Foundation

/// A time zone that follows the European Union's summer-time rule, described as an iCalendar
/// `VTIMEZONE`: standard and summer offsets taken from the system's zone database, transitions
/// on the last Sunday of March and October at 01:00 UTC.
///
/// The rule is checked against the database for every year of the calendar's events; a zone that
/// does not follow it is refused (`nil`), and its events are written in UTC.
struct EuropeanTimeZone: Sendable {
    let identifier: String
    let standardOffset: Int
    let summerOffset: Int

    init?(identifier: String, years: Set<Int>) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(secondsFromGMT: 0) ?? utc.timeZone
        let year = years.min() ?? 2027
        guard let january = utc.date(from: DateComponents(year: year, month: 1, day: 15, hour: 12)),
              let july = utc.date(from: DateComponents(year: year, month: 7, day: 15, hour: 12)) else { return nil }
        standardOffset = zone.secondsFromGMT(for: january)
        summerOffset = zone.secondsFromGMT(for: july)
        self.identifier = identifier
        guard summerOffset != standardOffset else { return }
        for year in years {
            for month in [3, 10] {
                guard let change = Self.lastSunday(month: month, year: year, calendar: utc),
                      let instant = utc.date(from: DateComponents(year: year, month: month, day: change, hour: 1)) else { return nil }
                let before = zone.secondsFromGMT(for: instant.addingTimeInterval(-60))
                let after = zone.secondsFromGMT(for: instant.addingTimeInterval(60))
                let expected = month == 3 ? (standardOffset, summerOffset) : (summerOffset, standardOffset)
                guard before == expected.0, after == expected.1 else { return nil }
            }
        }
    }

    /// The `VTIMEZONE` lines.
    var vtimezone: [String] {
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(identifier)"]
        if summerOffset == standardOffset {
            lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:\(Self.offset(standardOffset))",
                      "TZOFFSETTO:\(Self.offset(standardOffset))", "END:STANDARD"]
        } else {
            // Local wall time of the change: 01:00 UTC in the offset in force before it.
            lines += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:\(Self.offset(standardOffset))", "TZOFFSETTO:\(Self.offset(summerOffset))",
                      "TZNAME:\(Self.name(summerOffset))", "DTSTART:\(Self.onset(1970, 3, 29, offset: standardOffset))",
                      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT"]
            lines += ["BEGIN:STANDARD", "TZOFFSETFROM:\(Self.offset(summerOffset))", "TZOFFSETTO:\(Self.offset(standardOffset))",
                      "TZNAME:\(Self.name(standardOffset))", "DTSTART:\(Self.onset(1970, 10, 25, offset: summerOffset))",
                      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD"]
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    /// `+0200`.
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + ICalendarWriter.pad(minutes / 60, 2) + ICalendarWriter.pad(minutes % 60, 2)
    }

    /// `UTC+02`, a neutral zone name (abbreviations such as EET are not in every database).
    static func name(_ seconds: Int) -> String {
        let hours = seconds / 3600
        return hours == 0 ? "UTC" : "UTC" + (hours < 0 ? "-" : "+") + ICalendarWriter.pad(abs(hours), 2)
    }

    /// The local time of 01:00 UTC on the given day under `offset` (1970-03-29 and 1970-10-25 were
    /// the last Sundays of their months).
    static func onset(_ year: Int, _ month: Int, _ day: Int, offset: Int) -> String {
        let minutes = 60 + offset / 60
        return ICalendarWriter.pad(year, 4) + ICalendarWriter.pad(month, 2) + ICalendarWriter.pad(day, 2) + "T"
            + ICalendarWriter.pad(minutes / 60, 2) + ICalendarWriter.pad(minutes % 60, 2) + "00"
    }

    static func lastSunday(month: Int, year: Int, calendar: Calendar) -> Int? {
        for day in stride(from: 31, through: 22, by: -1) {
            guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
                  calendar.component(.month, from: date) == month else { continue }
            if calendar.component(.weekday, from: date) == 1 { return day }
        }
        return nil
    }
}
