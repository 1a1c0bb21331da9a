import DocumentTree
import ProjectModel

/// The generated chapters of the certification manual (D5): certificate types and their
/// eligibility rules in plain language (``EligibilityRuleText``), the EQF/ECVET mapping, the
/// EQAVET quality cycle and the indicators the project reports.
struct CertificationChapters: Sendable {
    let context: ManualContext

    private var certification: Certification { context.data.certification }

    func blocks() -> [Block] {
        types() + mapping() + quality()
    }

    /// The sentence the manual prints for a rule (the same the certificate stage can print).
    func ruleText(_ rule: EligibilityRule) -> String {
        EligibilityRuleText.describe(rule, language: context.language, labels: context.labels, data: context.data)
    }

    private func types() -> [Block] {
        var blocks: [Block] = [
            ManualBlocks.heading(1, context.label("certification.types"), id: "certificate-types"),
            ManualBlocks.paragraph(context.label("certification.typesText")),
        ]
        for type in certification.certificateTypes {
            blocks.append(ManualBlocks.heading(2, context.text(type.title), id: "certificate-\(Slug.id(type.id))"))
            blocks.append(context.labelled(context.label("certification.kind"), context.label("certification.kinds.\(type.kind.rawValue)")))
            blocks.append(context.labelled(context.label("certification.eqfLevel"),
                                                type.eqfLevel.map(String.init) ?? context.label("certification.noLevel")))
            if !type.achievementType.isEmpty {
                blocks.append(context.labelled(context.label("certification.achievementType"), type.achievementType))
            }
            blocks.append(.paragraph(Paragraph([.strong([.text(context.label("certification.rules"))])], keepWithNext: true)))
            blocks.append(.list(List(kind: .ordered(start: 1), items: type.rules.map { [.paragraph(Paragraph(text: ruleText($0)))] })))
        }
        return blocks
    }

    private func mapping() -> [Block] {
        let programme = context.data.programme
        let typeRows = certification.certificateTypes.map { type in
            TableRow(cells: [
                ManualBlocks.cell(context.text(type.title), bold: true),
                ManualBlocks.cell(context.label("certification.kinds.\(type.kind.rawValue)")),
                ManualBlocks.cell(type.eqfLevel.map(String.init) ?? "—", alignment: .center),
                ManualBlocks.cell(context.label("certification.pointsOf.\(type.kind.rawValue)", [
                    "total": context.number(programme.totalEcvetPoints),
                ])),
            ])
        }
        var unitRows = programme.units.map { unit in
            TableRow(cells: [
                ManualBlocks.cell(unit.id, bold: true),
                ManualBlocks.cell(context.text(unit.title)),
                ManualBlocks.cell(String(unit.eqfLevel), alignment: .center),
                ManualBlocks.cell(context.number(unit.hours.total), alignment: .end),
                ManualBlocks.cell(context.number(unit.ecvetPoints), alignment: .end),
            ])
        }
        unitRows.append(TableRow(cells: [
            ManualBlocks.cell(context.common("total"), shading: .totals, bold: true, columnSpan: 3),
            ManualBlocks.cell(context.number(programme.totalHours), shading: .totals, bold: true, alignment: .end),
            ManualBlocks.cell(context.number(programme.totalEcvetPoints), shading: .totals, bold: true, alignment: .end),
        ]))
        return [
            ManualBlocks.heading(1, context.label("certification.mapping"), id: "eqf-ecvet"),
            ManualBlocks.paragraph(context.label("certification.mappingText", [
                "eqf": String(programme.targetEqfLevel),
                "perPoint": context.number(context.data.project.hoursPerEcvetPoint),
            ])),
            ManualBlocks.table(header: [context.label("certification.type"), context.label("certification.kind"),
                                        context.label("framework.eqf"), context.label("programme.ecvet")],
                               weights: [3, 1.8, 0.8, 3], rows: typeRows),
            ManualBlocks.table(header: [context.label("programme.unit"), context.label("framework.title"), context.label("framework.eqf"),
                                        context.label("programme.hours"), context.label("programme.ecvet")],
                               weights: [0.8, 5, 0.8, 1, 1], rows: unitRows, caption: context.label("certification.unitsCaption"),
                               alignments: [.start, .start, .center, .end, .end]),
        ]
    }

    private func quality() -> [Block] {
        let cycleRows = certification.eqavetCycle.map { phase in
            TableRow(cells: [ManualBlocks.cell(context.text(phase.title), bold: true), ManualBlocks.cell(context.text(phase.description))])
        }
        let indicatorRows = certification.eqavetIndicators.map { indicator in
            TableRow(cells: [
                ManualBlocks.cell(String(indicator.number), bold: true, alignment: .center),
                ManualBlocks.cell(context.text(indicator.title)),
                ManualBlocks.cell(context.common(indicator.reported ? "yes" : "no"), shading: indicator.reported ? .covered : .empty,
                                  alignment: .center),
                ManualBlocks.cell(context.text(indicator.how)),
            ])
        }
        let reported = certification.eqavetIndicators.filter(\.reported).count
        return [
            ManualBlocks.heading(1, context.label("certification.quality"), id: "eqavet"),
            ManualBlocks.paragraph(context.label("certification.qualityText")),
            ManualBlocks.table(header: [context.label("certification.phase"), context.label("framework.description")],
                               weights: [1.4, 6], rows: cycleRows),
            ManualBlocks.heading(2, context.label("certification.indicators"), id: "eqavet-indicators"),
            ManualBlocks.paragraph(context.label("certification.indicatorsText", [
                "reported": context.format.number(reported), "total": context.format.number(certification.eqavetIndicators.count),
            ])),
            ManualBlocks.table(header: ["#", context.label("certification.indicator"), context.label("certification.reported"),
                                        context.label("certification.how")],
                               weights: [0.4, 2.6, 1.2, 4], rows: indicatorRows,
                               alignments: [.center, .start, .center, .start]),
        ]
    }
}
