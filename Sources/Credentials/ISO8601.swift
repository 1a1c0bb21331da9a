import Foundation

/// ISO 8601 date-times in UTC with second precision (`2027-04-07T00:00:00Z`), as the
/// Verifiable Credentials data model writes `validFrom` and `validUntil`.
enum ISO8601 {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()

    /// `2027-04-07T00:00:00Z` (fractional seconds are dropped).
    static func dateTime(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: wholeSeconds(date))
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    /// `2027-04-07` (the UTC day).
    static func day(_ date: Date) -> String { String(dateTime(date).prefix(10)) }

    /// Parses `YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)`; `nil` otherwise.
    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    /// Seconds since 1970 (a JWT NumericDate), rounded down to whole seconds.
    static func numericDate(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
