import DocumentTree
import ProjectModel

/// A rubric: one row per assessment criterion, one column per proficiency level the criteria
/// describe (criteria × levels).
struct RubricTable: Sendable {
    let context: ManualContext

    func block(_ criteria: [AssessmentCriterion]) -> Block {
        let levels = ProficiencyLevel.allCases.filter { level in criteria.contains { $0.levels[level] != nil } }
        let rows = criteria.map { criterion in
            TableRow(cells: [ManualBlocks.cell(context.text(criterion.title), bold: true)]
                + levels.map { level in
                    criterion.levels[level].map { ManualBlocks.cell(context.text($0)) } ?? ManualBlocks.cell("—", shading: .empty)
                })
        }
        return ManualBlocks.table(
            header: [context.label("framework.criterion")] + levels.map(context.levelName),
            weights: [1.6] + levels.map { _ in 2.2 }, rows: rows)
    }
}
