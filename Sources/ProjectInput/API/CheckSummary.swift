import ProjectModel

/// The one-screen summary `deliverables check` prints after the diagnostics.
public struct CheckSummary: Sendable {
    public var counts: [(kind: String, count: Int)]
    public var errors: Int
    public var warnings: Int
    public var languages: [String]
    public var coverage: [TranslationCoverage]

    /// The summary of `input`, counting warnings as errors when `strict`.
    public init(_ input: LoadedInput, strict: Bool) {
        let data = input.data
        counts = [
            ("languages", data.project.languages.count), ("countries", data.project.countries.count),
            ("partners", data.project.partners.count), ("areas", data.framework.areas.count),
            ("competences", data.framework.competences.count), ("assessment criteria", data.framework.assessmentCriteria.count),
            ("learning outcomes", data.outcomes.count), ("modules", data.programme.modules.count),
            ("units", data.programme.units.count), ("validation routes", data.recognition.routes.count),
            ("recognition rules", data.recognition.rules.count), ("certificate types", data.certification.certificateTypes.count),
            ("operators", data.operators.count), ("labour-market needs", data.needs.count),
            ("multiplier events", data.multiplierEvents.count), ("seminars", data.seminars.count),
            ("people", data.people.count), ("participants", data.participants.count),
            ("attendance rows", data.attendance.count), ("results", data.results.count),
            ("prose files", data.prose.count),
        ]
        let promoted = input.diagnostics.map { $0.promoted(strict: strict) }
        errors = promoted.count { $0.severity == .error }
        warnings = promoted.count { $0.severity == .warning }
        languages = data.project.languages
        coverage = data.translationCoverage
    }

    /// The summary as lines of text.
    public func render() -> String {
        var lines: [String] = []
        let countText = counts.map { "\($0.count) \($0.kind)" }
        var line = ""
        for item in countText {
            if !line.isEmpty, line.count + item.count + 2 > 96 {
                lines.append(line + ",")
                line = ""
            }
            line += (line.isEmpty ? "" : ", ") + item
        }
        if !line.isEmpty { lines.append(line) }
        if !coverage.isEmpty, !languages.isEmpty {
            lines.append("")
            lines.append("Translation coverage (% of texts per language):")
            let width = max(16, (coverage.map(\.name.count).max() ?? 0) + 2)
            lines.append(pad("file", width) + languages.map { pad($0, 6, left: true) }.joined())
            for row in coverage {
                lines.append(pad(row.name, width) + languages.map { pad("\(row.percent($0))%", 6, left: true) }.joined())
            }
        }
        lines.append("")
        lines.append("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        return lines.joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
}
