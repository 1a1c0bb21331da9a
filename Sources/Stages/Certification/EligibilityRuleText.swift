import Foundation
import ProjectModel

/// Eligibility rules written out in plain language, from the rule data and the labels
/// (`manuals.rules.*` in `Templates/labels/<lang>.yaml`).
///
/// The certification manual prints these sentences and the certificate stage can print the same
/// ones next to a decision, so the manual never says something the certificates do not do.
public enum EligibilityRuleText {
    /// One sentence stating what the rule requires.
    /// - Parameters:
    ///   - rule: the rule as loaded from `certification.yaml`.
    ///   - language: the language to write in (labels fall back to the default language).
    ///   - labels: the label catalogue.
    ///   - data: when given, units, modules, levels and routes are named by their titles, not only their ids.
    public static func describe(_ rule: EligibilityRule, language: String, labels: LabelCatalog,
                                data: ProjectData? = nil) -> String {
        describe(rule.condition, language: language, labels: labels, data: data)
    }

    /// One sentence stating what the condition requires.
    public static func describe(_ condition: EligibilityCondition, language: String, labels: LabelCatalog,
                                data: ProjectData? = nil) -> String {
        let words = Words(language: language, labels: labels, data: data)
        switch condition {
        case .attendance(let minimumPercent):
            return words.fill("attendance", ["percent": LocaleFormat(language: language).percent(minimumPercent)])
        case .unitsPassed(.any, let minimum):
            return words.fill(minimum == 1 ? "unitsPassedAnyOne" : "unitsPassedAny", ["count": words.number(minimum)])
        case .unitsPassed(.only(let units), let minimum):
            let names = words.join(units.map(words.unit))
            if minimum >= units.count { return words.fill("unitsPassedAll", ["units": names]) }
            return words.fill("unitsPassedSome", ["count": words.number(minimum), "units": names])
        case .mandatoryUnitsPassed:
            let modules = data?.programme.modules.filter(\.mandatory).map { words.module($0) } ?? []
            let list = modules.isEmpty ? "" : " (\(words.join(modules)))"
            return words.fill("mandatoryUnitsPassed", ["modules": list])
        case .proficiency(let level, .any, let count):
            return words.fill("proficiencyAny", ["level": words.level(level), "count": words.number(count)])
        case .proficiency(let level, .only(let competences), let count):
            return words.fill("proficiencySome", ["level": words.level(level), "count": words.number(count),
                                                  "competences": words.join(competences.map(words.competence))])
        case .route(let routes):
            return words.fill(routes.count == 1 ? "routeOne" : "route", ["routes": words.join(routes.map(words.route))])
        }
    }

    /// The vocabulary of one language.
    private struct Words {
        let language: String
        let labels: LabelCatalog
        let data: ProjectData?

        private var fallback: String { data?.project.defaultLanguage ?? labels.defaultLanguage }

        func fill(_ key: String, _ values: [String: String]) -> String {
            var text = labels.text("manuals.rules.\(key)", language)
            for name in values.keys.sorted() {
                text = text.replacingOccurrences(of: "{\(name)}", with: values[name] ?? "")
            }
            return text
        }

        func number(_ value: Int) -> String { LocaleFormat(language: language).number(value) }

        /// `A, B and C`.
        func join(_ items: [String]) -> String {
            guard items.count > 1, let last = items.last else { return items.first ?? "" }
            return items.dropLast().joined(separator: ", ") + " " + labels.text("manuals.rules.and", language) + " " + last
        }

        private func title(_ text: LocalizedText) -> String? { text.resolved(in: language, fallback: fallback) }

        func unit(_ id: String) -> String {
            guard let unit = data?.programme.unit(id), let name = title(unit.title) else { return id }
            return quote(id, name)
        }

        func module(_ module: Module) -> String {
            guard let name = title(module.title) else { return module.id }
            return quote(module.id, name)
        }

        func competence(_ id: String) -> String {
            guard let competence = data?.framework.competences.first(where: { $0.id == id }),
                  let name = title(competence.title) else { return id }
            return quote(id, name)
        }

        func level(_ level: ProficiencyLevel) -> String {
            guard let info = data?.framework.levels.first(where: { $0.code == level }),
                  let name = title(info.name) else { return level.rawValue }
            return "\(level.rawValue) (\(name))"
        }

        /// `U3 “Title”` with the language's quotation marks.
        func quote(_ id: String, _ name: String) -> String {
            let (open, close): (String, String) = switch language {
            case "fr": ("« ", " »")
            case "it", "pt": ("«", "»")
            case "ro": ("„", "”")
            default: ("“", "”")
            }
            return "\(id) \(open)\(name)\(close)"
        }

        func route(_ id: String) -> String {
            guard let route = data?.recognition.routes.first(where: { $0.id == id }),
                  let name = title(route.title) else { return id }
            return quote(id, name)
        }
    }
}
