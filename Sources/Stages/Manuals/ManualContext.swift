import Foundation
import DocumentTree
import ProjectModel

/// What a manual's chapters are rendered with: the data, the labels, the language and its
/// fallback, and the locale formats. One value per (manual, language) item.
struct ManualContext: Sendable {
    let data: ProjectData
    let labels: LabelCatalog
    let style: HouseStyle
    /// The language being written.
    let language: String
    /// The project's default language, used where `language` has no text.
    let fallback: String
    let format: LocaleFormat

    init(inputs: BuildInputs, language: String) {
        data = inputs.data
        labels = inputs.labels
        style = inputs.style
        self.language = language
        fallback = inputs.defaultLanguage
        format = LocaleFormat(language: language)
    }

    /// A manuals label (`manuals.<key>`), falling back to the default language.
    func label(_ key: String) -> String { labels.text("manuals.\(key)", language) }

    /// A shared label (`common.<key>`).
    func common(_ key: String) -> String { labels.text("common.\(key)", language) }

    /// A manuals label with `{name}` placeholders filled in.
    func label(_ key: String, _ values: [String: String]) -> String {
        LabelTemplate.fill(label(key), values)
    }

    /// `Label: value` with the language's colon (`Statut : Obligatoire` in French).
    func field(_ name: String, _ value: String) -> String { name + label("colon") + value }

    /// A paragraph that starts with a bold label: **Label:** text.
    func labelled(_ name: String, _ text: String) -> Block {
        .paragraph(Paragraph([.strong([.text(name + label("colon"))]), .text(text)]))
    }

    /// Localised data text in the manual's language, else the default language, else "".
    func text(_ value: LocalizedText) -> String { value.resolved(in: language, fallback: fallback) ?? "" }

    /// A localised list in the manual's language, else the default language.
    func list(_ value: LocalizedList) -> [String] { value.resolved(in: language, fallback: fallback) }

    /// A number in the language's notation (`1 234,5`).
    func number(_ value: Double) -> String { format.number(value, maximumFractionDigits: 1) }

    /// A number of ECVET points with the noun in the right number: `1 ECVET point`, `2 points ECVET`.
    func ecvetPoints(_ value: Double) -> String {
        label(value == 1 ? "recognition.pointOne" : "recognition.pointMany", ["points": number(value)])
    }

    /// The name of a country by its code, or the code.
    func countryName(_ code: String) -> String {
        data.project.country(code).map { text($0.name) } ?? code
    }

    /// A unit's code and title: `U3 Title`.
    func unitName(_ id: String) -> String {
        guard let unit = data.programme.unit(id) else { return id }
        return "\(id) \(text(unit.title))"
    }

    /// A module's title.
    func moduleTitle(_ id: String) -> String {
        data.programme.modules.first { $0.id == id }.map { text($0.title) } ?? id
    }

    /// A competence's title.
    func competenceTitle(_ id: String) -> String {
        data.framework.competences.first { $0.id == id }.map { text($0.title) } ?? id
    }

    /// The name of a proficiency level: `B1 Integrator`.
    func levelName(_ level: ProficiencyLevel) -> String {
        guard let info = data.framework.levels.first(where: { $0.code == level }) else { return level.rawValue }
        return "\(level.rawValue) (\(text(info.name)))"
    }

    /// Competence ids taught by a module's units, sorted as in the framework.
    func competences(ofModule module: Module) -> Set<String> {
        Set(module.units.compactMap { data.programme.unit($0) }.flatMap(\.competences))
    }
}

/// Fills `{name}` placeholders of a label.
enum LabelTemplate {
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = template
        for key in values.keys.sorted() {
            result = result.replacingOccurrences(of: "{\(key)}", with: values[key] ?? "")
        }
        return result
    }
}
