import Foundation
import ProjectModel

/// Writes iCalendar files (RFC 5545): CRLF line ends, lines folded at 75 octets without cutting a
/// UTF-8 sequence, text escaped, `DTSTAMP` from the build's timestamp so builds are reproducible.
///
/// Times are local with `TZID` and a `VTIMEZONE` per zone when the zone follows the European rule
/// (summer time from the last Sunday of March to the last Sunday of October at 01:00 UTC, or no
/// summer time at all); otherwise they are written in UTC, which every reader understands.
struct ICalendarWriter: Sendable {
    /// Seconds since 1970 (`SOURCE_DATE_EPOCH`).
    var timestamp: Int
    /// `-//deliverables//<name>//EN`.
    var productName: String

    /// The bytes of a calendar holding `events`.
    func calendar(_ events: [ICalendarEvent], name: String) -> [UInt8] {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//deliverables//\(escapeProductName(productName))//EN",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:\(escape(name))"]
        var zones: [String: EuropeanTimeZone] = [:]
        for event in events where zones[event.timeZone] == nil {
            if let zone = EuropeanTimeZone(identifier: event.timeZone, years: Set(events.map(\.date.year))) {
                zones[event.timeZone] = zone
            }
        }
        for identifier in zones.keys.sorted() {
            if let zone = zones[identifier] { lines += zone.vtimezone }
        }
        let stamp = Self.utcStamp(Date(timeIntervalSince1970: TimeInterval(timestamp)))
        for event in events {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:\(escape(event.uid))")
            lines.append("DTSTAMP:\(stamp)")
            if zones[event.timeZone] != nil {
                lines.append("DTSTART;TZID=\(event.timeZone):\(Self.local(event.date, event.start))")
                lines.append("DTEND;TZID=\(event.timeZone):\(Self.local(event.date, event.end))")
            } else {
                lines.append("DTSTART:\(Self.utc(event.date, event.start, zone: event.timeZone))")
                lines.append("DTEND:\(Self.utc(event.date, event.end, zone: event.timeZone))")
            }
            lines.append("SUMMARY:\(escape(event.summary))")
            if !event.location.isEmpty { lines.append("LOCATION:\(escape(event.location))") }
            if !event.description.isEmpty { lines.append("DESCRIPTION:\(escape(event.description))") }
            if let url = event.url { lines.append("URL:\(url)") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return Array(lines.map(Self.fold).joined().utf8)
    }

    /// A content line folded into lines of at most 75 octets (continuations start with a space),
    /// each ended by CRLF.
    static func fold(_ line: String) -> String {
        var result = ""
        var current = ""
        var octets = 0
        var limit = 75
        for character in line {
            let size = String(character).utf8.count
            if octets + size > limit {
                result += current + "\r\n"
                current = " "
                octets = 1
                limit = 75
            }
            current.append(character)
            octets += size
        }
        return result + current + "\r\n"
    }

    /// TEXT escaping: backslash, semicolon, comma and line breaks.
    func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            case "\r": continue
            default: result.append(character)
            }
        }
        return result
    }

    private func escapeProductName(_ text: String) -> String {
        String(text.map { $0 == "/" || $0 == "\n" ? "-" : $0 })
    }

    static func local(_ date: CalendarDate, _ time: TimeOfDay) -> String {
        pad(date.year, 4) + pad(date.month, 2) + pad(date.day, 2) + "T" + pad(time.hour, 2) + pad(time.minute, 2) + "00"
    }

    /// The UTC form of a local time in `zone` (UTC itself when the zone is unknown).
    static func utc(_ date: CalendarDate, _ time: TimeOfDay, zone: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let components = DateComponents(year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute)
        guard let instant = calendar.date(from: components) else { return local(date, time) + "Z" }
        return utcStamp(instant)
    }

    static func utcStamp(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return pad(c.year ?? 1970, 4) + pad(c.month ?? 1, 2) + pad(c.day ?? 1, 2) + "T"
            + pad(c.hour ?? 0, 2) + pad(c.minute ?? 0, 2) + pad(c.second ?? 0, 2) + "Z"
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
