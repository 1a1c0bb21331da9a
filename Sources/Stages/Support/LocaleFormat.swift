import Foundation
import ProjectModel

/// Dates, times and numbers written the way each language writes them
/// (`12 mars 2027`, `2 martie 2027`, `1 234,5`).
public struct LocaleFormat: Sendable {
    public let language: String
    /// The Foundation locale used for the language (`fr` → `fr_BE`… see `localeIdentifier`).
    public let localeIdentifier: String

    public init(language: String) {
        self.language = language
        self.localeIdentifier = LocaleFormat.localeIdentifiers[language] ?? language
    }

    /// The locale each project language is formatted in.
    public static let localeIdentifiers = ["en": "en_GB", "fr": "fr_FR", "pt": "pt_PT", "ro": "ro_RO", "it": "it_IT", "nl": "nl_BE", "de": "de_DE", "es": "es_ES"]

    /// A date in words: `12 March 2027`, `12 mars 2027`, `2 martie 2027`.
    public func date(_ date: CalendarDate) -> String { format(date, template: "dMMMMyyyy") }

    /// A short numeric date: `12/03/2027`, `12.03.2027` in Romanian.
    public func shortDate(_ date: CalendarDate) -> String { format(date, template: "ddMMyyyy") }

    /// The weekday and date: `Tuesday 6 April 2027`, `mardi 6 avril 2027`.
    public func longDate(_ date: CalendarDate) -> String { format(date, template: "EEEEdMMMMyyyy") }

    /// `date` in the language's own order and words for a date-format template (UTC, so the day
    /// never shifts).
    private func format(_ date: CalendarDate, template: String) -> String {
        // The Date is made only when the memo does not know the text yet (a Calendar computation).
        FormatterCache.shared.format(.date(localeIdentifier, template), date.description) { formatter in
            date.utcDate.flatMap { (formatter as? DateFormatter)?.string(from: $0) }
        } ?? date.description
    }

    /// A time of day on the 24-hour clock used in all five countries: `09:30`.
    public func time(_ time: TimeOfDay) -> String { time.description }

    /// A number with the language's separators and at most `maximumFractionDigits` decimals:
    /// `1,234.5` in English, `1 234,5` in French.
    public func number(_ value: Double, maximumFractionDigits: Int = 1) -> String {
        FormatterCache.shared.format(.number(localeIdentifier, maximumFractionDigits), String(value)) {
            ($0 as? NumberFormatter)?.string(from: NSNumber(value: value))
        } ?? String(value)
    }

    /// A whole number with the language's grouping: `1 234`.
    public func number(_ value: Int) -> String { number(Double(value), maximumFractionDigits: 0) }

    /// A percentage: `80 %` in French, `80%` in English.
    public func percent(_ value: Double) -> String {
        FormatterCache.shared.format(.percent(localeIdentifier), String(value)) { ($0 as? NumberFormatter)?.string(from: NSNumber(value: value / 100)) }
            ?? "\(value) %"
    }
}

/// Foundation formatters made once per locale and pattern, and what they wrote remembered:
/// making a formatter costs far more than using it, and using one still costs more than a
/// lookup when a certificates run writes the same few dates and numbers thousands of times.
/// Formatters are not safe to share between threads, so each use happens under the cache's lock.
private final class FormatterCache: @unchecked Sendable {
    enum Key: Hashable {
        case date(String, String)
        case number(String, Int)
        case percent(String)
    }

    private struct Result: Hashable {
        var key: Key
        var value: String
    }

    static let shared = FormatterCache()
    /// Bounded: values are few in practice, but a long run never grows without limit.
    static let maximumResults = 50_000
    private var formatters: [Key: Formatter] = [:]
    private var results: [Result: String] = [:]
    private let lock = NSLock()

    /// The text for `value` (its description, the memo's key) through the formatter for `key`.
    func format(_ key: Key, _ value: String, _ body: (Formatter) -> String?) -> String? {
        lock.lock()
        defer { lock.unlock() }
        let result = Result(key: key, value: value)
        if let known = results[result] { return known }
        let formatter: Formatter
        if let made = formatters[key] {
            formatter = made
        } else {
            formatter = Self.make(key)
            formatters[key] = formatter
        }
        guard let text = body(formatter) else { return nil }
        if results.count >= Self.maximumResults { results.removeAll() }
        results[result] = text
        return text
    }

    private static func make(_ key: Key) -> Formatter {
        switch key {
        case let .date(locale, template):
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: locale)
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.setLocalizedDateFormatFromTemplate(template)
            return formatter
        case let .number(locale, digits):
            let formatter = NumberFormatter()
            formatter.locale = Locale(identifier: locale)
            formatter.numberStyle = .decimal
            formatter.minimumFractionDigits = 0
            formatter.maximumFractionDigits = digits
            return formatter
        case let .percent(locale):
            let formatter = NumberFormatter()
            formatter.locale = Locale(identifier: locale)
            formatter.numberStyle = .percent
            formatter.maximumFractionDigits = 1
            return formatter
        }
    }
}

extension CalendarDate {
    /// Midnight UTC of this day.
    var utcDate: Date? {
        var components = DateComponents()
        components.year = year
        components.month = month
        components.day = day
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.date(from: components)
    }
}
