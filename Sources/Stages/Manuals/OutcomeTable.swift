import DocumentTree
import ProjectModel

/// The learning outcomes of a competence, grouped by EQF dimension (knowledge, skills,
/// responsibility and autonomy), each with its id, statement, EQF level and target proficiency.
struct OutcomeTable: Sendable {
    let context: ManualContext

    func block(_ outcomes: [LearningOutcome]) -> Block {
        var rows: [TableRow] = []
        for dimension in OutcomeDimension.allCases {
            let group = outcomes.filter { $0.dimension == dimension }
            guard !group.isEmpty else { continue }
            rows.append(TableRow(cells: [ManualBlocks.cell(context.label("framework.dimension.\(dimension.rawValue)"),
                                                           shading: .totals, bold: true, columnSpan: 4)]))
            rows += group.map { outcome in
                TableRow(cells: [
                    ManualBlocks.cell(outcome.id, style: "Small"),
                    ManualBlocks.cell(context.text(outcome.statement)),
                    ManualBlocks.cell(String(outcome.eqfLevel), alignment: .center),
                    ManualBlocks.cell(outcome.proficiency?.rawValue ?? "—", alignment: .center),
                ])
            }
        }
        return ManualBlocks.table(
            header: [context.label("framework.outcomeID"), context.label("framework.statement"),
                     context.label("framework.eqf"), context.label("framework.proficiency")],
            weights: [1.4, 6, 1.2, 1], rows: rows)
    }
}
