import ProjectModel

/// The site's words in one language (`site.*` labels) and the project's localised texts.
struct SiteLabels: Sendable {
    var catalog: LabelCatalog
    var language: String
    var fallback: String

    /// `site.<key>` in the language (falling back to the default language).
    func callAsFunction(_ key: String) -> String { catalog.text("site.\(key)", language) }

    /// A localised text of the data in the language, else the default language, else `""`.
    func text(_ value: LocalizedText) -> String { value.resolved(in: language, fallback: fallback) ?? "" }

    /// The name of `language` in that language ("Français").
    func languageName(_ code: String) -> String { catalog.text("site.languageName", code) }

    /// Every `site.*` label as nested dictionaries, for templates (`{{t.nav.home}}`).
    var templateDictionary: [String: Any] {
        var root: [String: Any] = [:]
        let keys = Set((catalog.labels[fallback] ?? [:]).keys).union((catalog.labels[language] ?? [:]).keys)
        for key in keys.sorted() where key.hasPrefix("site.") {
            let parts = key.split(separator: ".").dropFirst().map(String.init)
            Self.insert(catalog.text(key, language), at: parts[...], into: &root)
        }
        return root
    }

    private static func insert(_ value: String, at path: ArraySlice<String>, into dictionary: inout [String: Any]) {
        guard let first = path.first else { return }
        if path.count == 1 {
            if dictionary[first] == nil { dictionary[first] = value }
            return
        }
        var child = dictionary[first] as? [String: Any] ?? [:]
        insert(value, at: path.dropFirst(), into: &child)
        dictionary[first] = child
    }
}
