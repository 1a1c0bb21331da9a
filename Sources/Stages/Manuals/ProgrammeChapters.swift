import DocumentTree
import ProjectModel

/// The generated chapters of the programme manual (D3): overview with totals, hours by mode,
/// each module and unit, the customisations per country and the units × competences matrix.
struct ProgrammeChapters: Sendable {
    let context: ManualContext

    func blocks() -> [Block] {
        overview() + hours() + modules() + customisations() + UnitCompetenceMatrix(context: context).blocks()
    }

    private var programme: Programme { context.data.programme }

    private func units(of module: Module) -> [Unit] { module.units.compactMap(programme.unit) }

    private func overview() -> [Block] {
        var rows = programme.modules.map { module in
            let units = units(of: module)
            return TableRow(cells: [
                ManualBlocks.cell(module.id, bold: true),
                ManualBlocks.cell(context.text(module.title)),
                ManualBlocks.cell(context.label(module.mandatory ? "programme.mandatory" : "programme.optional")),
                ManualBlocks.cell(module.units.joined(separator: ", ")),
                ManualBlocks.cell(context.number(units.reduce(0) { $0 + $1.hours.total }), alignment: .end),
                ManualBlocks.cell(context.number(units.reduce(0) { $0 + $1.ecvetPoints }), alignment: .end),
            ])
        }
        rows.append(TableRow(cells: [
            ManualBlocks.cell(context.common("total"), shading: .totals, bold: true, columnSpan: 3),
            ManualBlocks.cell(context.format.number(programme.units.count), shading: .totals, bold: true),
            ManualBlocks.cell(context.number(programme.totalHours), shading: .totals, bold: true, alignment: .end),
            ManualBlocks.cell(context.number(programme.totalEcvetPoints), shading: .totals, bold: true, alignment: .end),
        ]))
        return [
            ManualBlocks.heading(1, context.label("programme.overview"), id: "programme-overview"),
            ManualBlocks.paragraph(context.label("programme.overviewText", [
                "title": context.text(programme.title),
                "eqf": String(programme.targetEqfLevel),
                "modules": context.format.number(programme.modules.count),
                "units": context.format.number(programme.units.count),
                "hours": context.number(programme.totalHours),
                "points": context.number(programme.totalEcvetPoints),
                "perPoint": context.number(context.data.project.hoursPerEcvetPoint),
            ]), style: "Lead"),
            ManualBlocks.table(
                header: [context.label("programme.module"), context.label("framework.title"), context.label("programme.status"),
                         context.label("programme.units"), context.label("programme.hours"), context.label("programme.ecvet")],
                weights: [1.1, 4, 1.3, 1.4, 1, 1.1], rows: rows, caption: context.label("programme.overviewCaption"),
                alignments: [.start, .start, .start, .start, .end, .end]),
        ]
    }

    private func hours() -> [Block] {
        let modes: [(String, KeyPath<UnitHours, Double>)] = [
            ("contact", \.contact), ("online", \.online), ("practice", \.practice), ("selfStudy", \.selfStudy),
        ]
        var rows: [TableRow] = []
        for module in programme.modules {
            for unit in units(of: module) {
                rows.append(TableRow(cells: [ManualBlocks.cell(unit.id, bold: true), ManualBlocks.cell(module.id)]
                    + modes.map { ManualBlocks.cell(context.number(unit.hours[keyPath: $0.1]), alignment: .end) }
                    + [ManualBlocks.cell(context.number(unit.hours.total), bold: true, alignment: .end),
                       ManualBlocks.cell(context.number(unit.ecvetPoints), alignment: .end)]))
            }
        }
        rows.append(TableRow(cells: [ManualBlocks.cell(context.common("total"), shading: .totals, bold: true, columnSpan: 2)]
            + modes.map { mode in
                ManualBlocks.cell(context.number(programme.units.reduce(0) { $0 + $1.hours[keyPath: mode.1] }),
                                  shading: .totals, bold: true, alignment: .end)
            }
            + [ManualBlocks.cell(context.number(programme.totalHours), shading: .totals, bold: true, alignment: .end),
               ManualBlocks.cell(context.number(programme.totalEcvetPoints), shading: .totals, bold: true, alignment: .end)]))
        return [
            ManualBlocks.heading(1, context.label("programme.hoursByMode"), id: "hours-by-mode"),
            ManualBlocks.paragraph(context.label("programme.hoursText", ["perPoint": context.number(context.data.project.hoursPerEcvetPoint)])),
            ManualBlocks.table(
                header: [context.label("programme.unit"), context.label("programme.module")]
                    + modes.map { context.label("programme.mode.\($0.0)") }
                    + [context.common("total"), context.label("programme.ecvet")],
                weights: [0.8, 0.9, 1, 1, 1, 1.1, 1, 1], rows: rows, caption: context.label("programme.hoursCaption"),
                alignments: [.start, .start, .end, .end, .end, .end, .end, .end]),
        ]
    }

    private func modules() -> [Block] {
        var blocks: [Block] = [ManualBlocks.heading(1, context.label("programme.modulesAndUnits"), id: "modules-and-units")]
        for module in programme.modules {
            blocks.append(ManualBlocks.heading(2, "\(module.id) \(context.text(module.title))", id: "module-\(Slug.id(module.id))"))
            blocks.append(ManualBlocks.paragraph(context.text(module.description), style: "Lead"))
            blocks.append(context.labelled(context.label("programme.status"),
                                                context.label(module.mandatory ? "programme.mandatory" : "programme.optional")))
            let prerequisites = module.prerequisites.map { "\($0) \(context.moduleTitle($0))" }
            blocks.append(context.labelled(context.label("programme.prerequisites"),
                                                prerequisites.isEmpty ? context.label("programme.none") : prerequisites.joined(separator: "; ")))
            for unit in units(of: module) {
                blocks += self.unit(unit)
            }
        }
        return blocks
    }

    private func unit(_ unit: Unit) -> [Block] {
        let hours = [("contact", unit.hours.contact), ("online", unit.hours.online), ("practice", unit.hours.practice),
                     ("selfStudy", unit.hours.selfStudy)]
            .map { "\(context.label("programme.mode.\($0.0)")) \(context.number($0.1))" }.joined(separator: " · ")
        var blocks: [Block] = [
            ManualBlocks.heading(3, "\(unit.id) \(context.text(unit.title))", id: "unit-\(Slug.id(unit.id))"),
            context.labelled(context.label("framework.eqf"), String(unit.eqfLevel)),
            context.labelled(context.label("programme.hours"),
                                  "\(hours) — \(context.common("total")) \(context.number(unit.hours.total)) \(context.common("hours"))"),
            context.labelled(context.label("programme.ecvet"), context.number(unit.ecvetPoints)),
            context.labelled(context.label("framework.competences"),
                                  unit.competences.map { "\($0) \(context.competenceTitle($0))" }.joined(separator: "; ")),
        ]
        let outcomes = unit.outcomes.compactMap { id in context.data.outcomes.first { $0.id == id } }
        if !outcomes.isEmpty {
            blocks.append(.paragraph(Paragraph([.strong([.text(context.label("framework.outcomes"))])], keepWithNext: true)))
            blocks.append(ManualBlocks.bulletBlocks(outcomes.map { outcome in
                [.strong([.text(outcome.id)]), .text(" (\(context.label("framework.dimension.\(outcome.dimension.rawValue)")), \(context.label("framework.eqf")) \(outcome.eqfLevel)) "),
                 .text(context.text(outcome.statement))]
            }))
        }
        let methods = context.list(unit.methods)
        if !methods.isEmpty { blocks.append(context.labelled(context.label("programme.methods"), methods.joined(separator: "; "))) }
        if !unit.tools.isEmpty { blocks.append(context.labelled(context.label("programme.tools"), unit.tools.joined(separator: ", "))) }
        let assessment = context.text(unit.assessment)
        if !assessment.isEmpty { blocks.append(context.labelled(context.label("programme.assessment"), assessment)) }
        return blocks
    }

    private func customisations() -> [Block] {
        let order = context.data.project.countries.map(\.code)
        var entries: [(country: String, module: Module, customisation: ModuleCustomisation)] = []
        for module in programme.modules {
            for customisation in module.customisations { entries.append((customisation.country, module, customisation)) }
        }
        entries.sort { ((order.firstIndex(of: $0.country) ?? Int.max), $0.module.id) < ((order.firstIndex(of: $1.country) ?? Int.max), $1.module.id) }
        let rows = entries.map { entry in
            TableRow(cells: [
                ManualBlocks.cell(context.countryName(entry.country), bold: true),
                ManualBlocks.cell("\(entry.module.id) \(context.text(entry.module.title))"),
                ManualBlocks.cell(context.text(entry.customisation.note)),
                ManualBlocks.cell(entry.customisation.extraTools.isEmpty ? "—" : entry.customisation.extraTools.joined(separator: ", ")),
            ])
        }
        var blocks: [Block] = [
            ManualBlocks.heading(1, context.label("programme.customisations"), id: "customisations"),
            ManualBlocks.paragraph(context.label("programme.customisationsText")),
        ]
        blocks.append(rows.isEmpty ? ManualBlocks.paragraph(context.label("programme.none"))
            : ManualBlocks.table(header: [context.common("country"), context.label("programme.module"),
                                          context.label("programme.adaptation"), context.label("programme.extraTools")],
                                 weights: [1.1, 2, 4.5, 1.4], rows: rows))
        return blocks
    }
}
