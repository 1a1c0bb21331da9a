import ProjectModel

/// The words of certificates and transcripts in one language: labels, localised data and
/// numbers and dates through ``LocaleFormat``.
struct CertificateWording: Sendable {
    let labels: LabelCatalog
    let language: String
    let fallback: String
    let format: LocaleFormat

    init(labels: LabelCatalog, language: String, fallback: String) {
        self.labels = labels
        self.language = language
        self.fallback = fallback
        self.format = LocaleFormat(language: language)
    }

    /// A `certificates.*` label, with `{name}` placeholders filled in.
    func label(_ key: String, _ values: [String: String] = [:]) -> String {
        let text = labels.text("certificates." + key, language)
        return values.isEmpty ? text : TemplateText.fill(text, values)
    }

    /// A localised text in the language, else the project's default language.
    func text(_ text: LocalizedText) -> String { text.resolved(in: language, fallback: fallback) ?? "" }

    func date(_ date: CalendarDate?) -> String { date.map(format.date) ?? "" }

    func number(_ value: Double) -> String { format.number(value) }

    /// The assessment method in words (`portfolio` → "Portfolio"), the code itself when unknown.
    func method(_ code: String) -> String {
        let key = "certificates.method." + code
        let text = labels.text(key, language)
        return text == key ? code : text
    }
}
