import DocumentTree
import ProjectModel

/// The generated chapters of the framework manual (D2): the figure, the proficiency levels, and
/// per area and competence the description, the learning outcomes by EQF dimension and the rubric.
struct FrameworkChapters: Sendable {
    let context: ManualContext

    func blocks() -> [Block] {
        overview() + levels() + areas()
    }

    private var framework: Framework { context.data.framework }

    private func overview() -> [Block] {
        var blocks: [Block] = [
            ManualBlocks.heading(1, context.label("framework.overview"), id: "framework-overview"),
            ManualBlocks.paragraph(context.label("framework.overviewText", [
                "title": context.text(framework.title),
                "areas": context.format.number(framework.areas.count),
                "competences": context.format.number(framework.competences.count),
                "levels": context.format.number(framework.levels.count),
            ]), style: "Lead"),
            FrameworkFigure(context: context).block(),
        ]
        let rows = framework.areas.map { area in
            TableRow(cells: [
                ManualBlocks.cell(area.id, bold: true),
                ManualBlocks.cell(context.text(area.title), bold: true),
                ManualBlocks.cell(context.text(area.description)),
                ManualBlocks.cell(area.competences.map(\.id).joined(separator: ", ")),
            ])
        }
        blocks.append(ManualBlocks.table(
            header: [context.label("framework.area"), context.label("framework.title"),
                     context.label("framework.description"), context.label("framework.competences")],
            weights: [1.1, 2, 5, 1.6], rows: rows, caption: context.label("framework.areasCaption")))
        return blocks
    }

    private func levels() -> [Block] {
        let rows = framework.levels.map { level in
            TableRow(cells: [
                ManualBlocks.cell(level.code.rawValue, bold: true),
                ManualBlocks.cell(context.text(level.name), bold: true),
                ManualBlocks.cell(context.text(level.description)),
            ])
        }
        return [
            ManualBlocks.heading(1, context.label("framework.levels"), id: "proficiency-levels"),
            ManualBlocks.paragraph(context.label("framework.levelsText")),
            ManualBlocks.table(header: [context.label("framework.level"), context.label("framework.name"),
                                        context.label("framework.meaning")],
                               weights: [1, 1.6, 6], rows: rows),
        ]
    }

    private func areas() -> [Block] {
        var blocks: [Block] = [
            ManualBlocks.heading(1, context.label("framework.areasAndCompetences"), id: "areas-and-competences"),
            ManualBlocks.paragraph(context.label("framework.areasText")),
        ]
        for area in framework.areas {
            blocks.append(ManualBlocks.heading(2, "\(area.id) \(context.text(area.title))", id: "area-\(Slug.id(area.id))"))
            blocks.append(ManualBlocks.paragraph(context.text(area.description), style: "Lead"))
            for competence in area.competences {
                blocks += self.competence(competence)
            }
        }
        return blocks
    }

    private func competence(_ competence: Competence) -> [Block] {
        var blocks: [Block] = [
            ManualBlocks.heading(3, "\(competence.id) \(context.text(competence.title))",
                                 id: "competence-\(Slug.id(competence.id))"),
            ManualBlocks.paragraph(context.text(competence.description)),
        ]
        let descriptors = ProficiencyLevel.allCases.compactMap { level in
            competence.levelDescriptors[level].map { "\(context.levelName(level)): \(context.text($0))" }
        }
        if !descriptors.isEmpty { blocks.append(ManualBlocks.bullets(descriptors)) }
        let outcomes = context.data.outcomes.filter { $0.competenceID == competence.id }
        if outcomes.isEmpty {
            blocks.append(ManualBlocks.paragraph(context.label("framework.noOutcomes"), style: "Small"))
        } else {
            blocks.append(.paragraph(Paragraph([.strong([.text(context.label("framework.outcomes"))])], keepWithNext: true)))
            blocks.append(OutcomeTable(context: context).block(outcomes))
        }
        let criteria = framework.assessmentCriteria.filter { $0.competenceID == competence.id }
        if !criteria.isEmpty {
            blocks.append(.paragraph(Paragraph([.strong([.text(context.label("framework.rubric"))])], keepWithNext: true)))
            blocks.append(RubricTable(context: context).block(criteria))
        }
        return blocks
    }
}

/// Anchor-safe pieces of ids (`2.3` → `2-3`).
enum Slug {
    static func id(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
