import Foundation
import ProjectModel

/// The words, dates and numbers of one language version of a kit.
struct KitLanguage: Sendable {
    let language: String
    let labels: LabelCatalog
    let format: LocaleFormat
    /// The project's default language, used when a text is not translated.
    let fallback: String

    init(language: String, labels: LabelCatalog, fallback: String) {
        self.language = language
        self.labels = labels
        self.format = LocaleFormat(language: language)
        self.fallback = fallback
    }

    /// A label of the kits section (`kits.<key>`).
    func label(_ key: String) -> String { labels.text("kits." + key, language) }

    /// A label of the kits section with `{name}` placeholders filled in.
    func label(_ key: String, _ values: [String: String]) -> String {
        var text = label(key)
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    /// A label shared by every deliverable (`common.<key>`).
    func common(_ key: String) -> String { labels.text("common." + key, language) }

    /// A localised text in this language, else in the default language, else empty.
    func text(_ value: LocalizedText) -> String { value.resolved(in: language, fallback: fallback) ?? "" }

    /// `12 mai 2027` or `12–14 mai 2027` style range (written in full on both sides).
    func dateRange(_ first: CalendarDate?, _ last: CalendarDate?) -> String {
        switch (first, last) {
        case let (first?, last?) where first != last: format.date(first) + " – " + format.date(last)
        case let (first?, _): format.date(first)
        default: ""
        }
    }

    /// The name of a language in this language (`română`, `English`).
    func languageName(_ code: String) -> String {
        Locale(identifier: format.localeIdentifier).localizedString(forLanguageCode: code) ?? code
    }
}
