import DocumentTree
import ProjectModel

/// The matrix of competences (rows) against units (columns): a shaded ● where a unit develops a
/// competence; a competence no unit develops is flagged.
struct UnitCompetenceMatrix: Sendable {
    let context: ManualContext

    func blocks() -> [Block] {
        let units = context.data.programme.units
        let rows = context.data.framework.competences.map { competence in
            let covered = units.contains { $0.competences.contains(competence.id) }
            return TableRow(cells: [
                ManualBlocks.cell("\(competence.id) \(context.text(competence.title))", shading: covered ? nil : .gap, style: "Small"),
            ] + units.map { unit in
                unit.competences.contains(competence.id)
                    ? ManualBlocks.cell("●", shading: .covered, style: "Small", alignment: .center)
                    : ManualBlocks.cell("", style: "Small")
            })
        }
        let uncovered = context.data.framework.competences.filter { competence in
            !units.contains { $0.competences.contains(competence.id) }
        }
        var blocks: [Block] = [
            ManualBlocks.heading(1, context.label("programme.matrix"), id: "units-and-competences"),
            ManualBlocks.paragraph(context.label("programme.matrixText")),
            ManualBlocks.table(header: [context.label("framework.competence")] + units.map(\.id),
                               weights: [3.4] + units.map { _ in 0.8 }, rows: rows,
                               caption: context.label("programme.matrixCaption"),
                               alignments: [.start] + units.map { _ in .center }),
        ]
        if !uncovered.isEmpty {
            blocks.append(ManualBlocks.paragraph(context.label("programme.uncovered", [
                "competences": uncovered.map { "\($0.id) \(context.text($0.title))" }.joined(separator: "; "),
            ])))
        }
        return blocks
    }
}
