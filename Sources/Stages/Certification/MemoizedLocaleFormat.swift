import Foundation
import ProjectModel

/// ``LocaleFormat`` with its results remembered per process: creating a date or number formatter
/// costs far more than writing a certificate, and certificates repeat the same few dates and
/// numbers thousands of times.
struct MemoizedLocaleFormat: Sendable {
    let language: String
    private let format: LocaleFormat
    private static let cache = Locked<[String: String]>([:])

    init(language: String) {
        self.language = language
        self.format = LocaleFormat(language: language)
    }

    func date(_ date: CalendarDate) -> String {
        remembered("d\(date.description)") { format.date(date) }
    }

    func number(_ value: Double) -> String {
        remembered("n\(value)") { format.number(value) }
    }

    func number(_ value: Int) -> String {
        remembered("i\(value)") { format.number(value) }
    }

    func percent(_ value: Double) -> String {
        remembered("p\(value)") { format.percent(value) }
    }

    private func remembered(_ key: String, _ make: () -> String) -> String {
        let full = language + "|" + key
        if let known = Self.cache.withLock({ $0[full] }) { return known }
        let text = make()
        Self.cache.withLock { cache in
            // Bounded: numbers are few in practice, but never let a long run grow without limit.
            if cache.count > 50_000 { cache.removeAll() }
            cache[full] = text
        }
        return text
    }
}
