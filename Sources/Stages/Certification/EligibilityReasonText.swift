import ProjectModel

/// The plain-language reason for a rule's outcome, in the participant's language, with the
/// numbers: "attended 9.5 h of 14 h (68 %), needs 80 %".
///
/// Sentences come from the `certificates.reason.*` labels, with `{name}` placeholders filled
/// in here; numbers and percentages go through ``LocaleFormat``.
public struct EligibilityReasonText: Sendable {
    public let labels: LabelCatalog
    public let language: String
    private let format: LocaleFormat

    public init(labels: LabelCatalog, language: String) {
        self.labels = labels
        self.language = language
        self.format = LocaleFormat(language: language)
    }

    /// The short name of the rule ("Attendance", "Mandatory units").
    public func ruleName(_ condition: EligibilityCondition) -> String {
        switch condition {
        case .attendance: label("rule.attendance")
        case .unitsPassed: label("rule.unitsPassed")
        case .mandatoryUnitsPassed: label("rule.mandatoryUnitsPassed")
        case .proficiency: label("rule.proficiency")
        case .route: label("rule.route")
        }
    }

    /// Why the rule holds or fails, with the numbers.
    public func reason(_ outcome: RuleOutcome) -> String {
        switch outcome.measure {
        case .attendance(let attended, let hours, let minimumPercent):
            let percent = hours > 0 ? attended * 100 / hours : 0
            return fill("reason.attendance", ["attended": format.number(attended), "hours": format.number(hours),
                                              "percent": format.percent((percent * 10).rounded() / 10),
                                              "minimum": format.percent(minimumPercent)])
        case .units(let passed, let failed, let missing, let minimum):
            if passed.isEmpty && failed.isEmpty && missing.isEmpty { return label("reason.noResults") }
            var parts = [fill("reason.unitsPassed", ["passed": format.number(passed.count), "minimum": format.number(minimum),
                                                     "list": list(passed)])]
            if !failed.isEmpty { parts.append(fill("reason.failed", ["list": list(failed)])) }
            if !missing.isEmpty { parts.append(fill("reason.missing", ["list": list(missing)])) }
            return parts.joined(separator: "; ")
        case .mandatoryUnits(let required, let passed, let failed, let missing):
            var parts = [fill("reason.mandatory", ["passed": format.number(passed.count), "required": format.number(required.count)])]
            if !failed.isEmpty { parts.append(fill("reason.failed", ["list": list(failed)])) }
            if !missing.isEmpty { parts.append(fill("reason.missing", ["list": list(missing)])) }
            return parts.joined(separator: "; ")
        case .proficiency(let reached, let minimumLevel, let minimumCount, _):
            let levels = reached.map { "\($0.competence) \($0.level.rawValue)" }
            return fill("reason.proficiency", ["level": minimumLevel.rawValue, "count": format.number(reached.count),
                                               "minimum": format.number(minimumCount), "list": list(levels)])
        case .route(let followed, let accepted):
            if let followed { return fill("reason.route", ["route": followed]) }
            return fill("reason.noRoute", ["list": list(accepted)])
        }
    }

    /// "Granted" or "Not granted".
    public func verdict(_ decision: CertificateDecision) -> String {
        label(decision.granted ? "decision.granted" : "decision.refused")
    }

    private func label(_ key: String) -> String { labels.text("certificates." + key, language) }

    private func list(_ items: [String]) -> String { items.isEmpty ? "–" : items.joined(separator: ", ") }

    private func fill(_ key: String, _ values: [String: String]) -> String {
        TemplateText.fill(label(key), values)
    }
}
