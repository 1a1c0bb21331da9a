import DocumentTree
import ProjectModel

/// One worked example per recognition rule, written from the rule: who the candidate is, what
/// they bring, where they continue and what they obtain.
struct WorkedExamples: Sendable {
    let context: ManualContext

    func blocks() -> [Block] {
        let wording = RuleWording(context: context)
        var blocks: [Block] = [
            ManualBlocks.heading(1, context.label("recognition.examples"), id: "worked-examples"),
            ManualBlocks.paragraph(context.label("recognition.examplesText")),
        ]
        for (index, rule) in context.data.recognition.rules.enumerated() {
            blocks.append(ManualBlocks.heading(2, context.label("recognition.example", ["n": String(index + 1), "title": context.text(rule.title)])))
            let level = rule.minimumLevel.map(context.levelName) ?? "—"
            let competences = rule.competences.map { "\($0) \(context.competenceTitle($0))" }.joined(separator: ", ")
            let situation: String
            switch rule.from {
            case .unit(let id, let country):
                situation = context.label("recognition.exampleUnit", [
                    "unit": context.unitName(id),
                    "place": country.map { context.countryName($0) } ?? context.label("recognition.anyCountry"),
                    "level": level, "competences": competences,
                ])
            case .externalCredential(let name):
                situation = context.label("recognition.exampleCredential", [
                    "credential": name, "level": level, "competences": competences,
                ])
            }
            let outcome: String
            switch rule.grant {
            case .exemption:
                let points = context.data.programme.unit(rule.toUnit)?.ecvetPoints ?? 0
                outcome = context.label("recognition.exampleExemption", [
                    "unit": context.unitName(rule.toUnit), "where": wording.country(rule.toCountry), "pointsText": context.ecvetPoints(points),
                ])
            case .points(let points):
                outcome = context.label("recognition.examplePoints", [
                    "unit": context.unitName(rule.toUnit), "where": wording.country(rule.toCountry), "pointsText": context.ecvetPoints(points),
                ])
            }
            blocks.append(ManualBlocks.paragraph(situation))
            blocks.append(ManualBlocks.paragraph(outcome))
        }
        return blocks
    }
}
