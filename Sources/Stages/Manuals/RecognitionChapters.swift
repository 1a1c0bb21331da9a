import DocumentTree
import ProjectModel

/// The generated chapters of the recognition manual (D4): the four stages of validation, the
/// evidence and routes, the recognition and transfer rules with worked examples, and the ECVET
/// memorandum and learning agreement.
struct RecognitionChapters: Sendable {
    let context: ManualContext

    private var recognition: Recognition { context.data.recognition }

    func blocks() -> [Block] {
        stages() + evidence() + rules() + WorkedExamples(context: context).blocks() + agreements()
    }

    private func stages() -> [Block] {
        var blocks: [Block] = [
            ManualBlocks.heading(1, context.label("recognition.stages"), id: "validation-stages"),
            ManualBlocks.paragraph(context.label("recognition.stagesText")),
        ]
        for (index, stage) in recognition.stages.enumerated() {
            blocks.append(ManualBlocks.heading(2, "\(index + 1). \(context.text(stage.title))", id: "stage-\(stage.id.rawValue)"))
            blocks.append(context.labelled(context.label("recognition.responsible"), context.text(stage.responsible)))
            let methods = context.list(stage.methods)
            if !methods.isEmpty {
                blocks.append(.paragraph(Paragraph([.strong([.text(context.label("recognition.methods"))])], keepWithNext: true)))
                blocks.append(ManualBlocks.bullets(methods))
            }
            let outputs = context.list(stage.outputs)
            if !outputs.isEmpty {
                blocks.append(.paragraph(Paragraph([.strong([.text(context.label("recognition.outputs"))])], keepWithNext: true)))
                blocks.append(ManualBlocks.bullets(outputs))
            }
        }
        return blocks
    }

    private func evidence() -> [Block] {
        let evidenceRows = recognition.evidenceTypes.map { type in
            TableRow(cells: [ManualBlocks.cell(context.text(type.title), bold: true), ManualBlocks.cell(context.text(type.description))])
        }
        let routeRows = recognition.routes.map { route in
            TableRow(cells: [
                ManualBlocks.cell(lines: [route.id, context.text(route.title)]),
                ManualBlocks.cell(context.label("recognition.routeKind.\(route.kind.rawValue)")),
                ManualBlocks.cell(route.units.joined(separator: ", ")),
                ManualBlocks.cell(route.evidence.map(evidenceTitle).joined(separator: ", ")),
                ManualBlocks.cell(context.text(route.passRule)),
            ])
        }
        return [
            ManualBlocks.heading(1, context.label("recognition.evidence"), id: "evidence"),
            ManualBlocks.table(header: [context.label("recognition.evidenceType"), context.label("framework.description")],
                               weights: [1.5, 6], rows: evidenceRows),
            ManualBlocks.heading(2, context.label("recognition.routes"), id: "routes"),
            ManualBlocks.table(header: [context.label("recognition.route"), context.label("recognition.kind"),
                                        context.label("programme.units"), context.label("recognition.evidence"),
                                        context.label("recognition.passRule")],
                               weights: [1.8, 1.4, 1.3, 1.5, 3.2], rows: routeRows),
        ]
    }

    private func evidenceTitle(_ id: String) -> String {
        recognition.evidenceTypes.first { $0.id == id }.map { context.text($0.title) } ?? id
    }

    private func rules() -> [Block] {
        let rows = recognition.rules.map { rule in
            TableRow(cells: [
                ManualBlocks.cell(lines: [rule.id, context.text(rule.title)]),
                ManualBlocks.cell(RuleWording(context: context).origin(rule)),
                ManualBlocks.cell(RuleWording(context: context).destination(rule)),
                ManualBlocks.cell(RuleWording(context: context).condition(rule)),
                ManualBlocks.cell(RuleWording(context: context).grant(rule)),
            ])
        }
        return [
            ManualBlocks.heading(1, context.label("recognition.rules"), id: "recognition-rules"),
            ManualBlocks.paragraph(context.label("recognition.rulesText")),
            ManualBlocks.table(header: [context.label("recognition.rule"), context.label("recognition.from"),
                                        context.label("recognition.to"), context.label("recognition.condition"),
                                        context.label("recognition.grant")],
                               weights: [2.2, 2.2, 1.6, 1.8, 1.8], rows: rows),
        ]
    }

    private func agreements() -> [Block] {
        var blocks: [Block] = [ManualBlocks.heading(1, context.label("recognition.memorandum"), id: "memorandum")]
        if let memorandum = recognition.memorandum {
            blocks.append(ManualBlocks.paragraph(context.text(memorandum.objectives)))
            if let from = memorandum.validFrom, let to = memorandum.validTo {
                blocks.append(context.labelled(context.label("recognition.validity"),
                                                    context.label("recognition.validityDates", ["from": context.format.date(from), "to": context.format.date(to)])))
            }
            let review = context.text(memorandum.review)
            if !review.isEmpty { blocks.append(context.labelled(context.label("recognition.review"), review)) }
            let fields = context.list(memorandum.fields)
            if !fields.isEmpty {
                blocks.append(.paragraph(Paragraph([.strong([.text(context.label("recognition.memorandumFields"))])], keepWithNext: true)))
                blocks.append(.list(List(kind: .ordered(start: 1), items: fields.map { [.paragraph(Paragraph(text: $0))] })))
            }
        }
        let fields = context.list(recognition.learningAgreementFields)
        if !fields.isEmpty {
            blocks.append(ManualBlocks.heading(2, context.label("recognition.learningAgreement"), id: "learning-agreement"))
            blocks.append(ManualBlocks.paragraph(context.label("recognition.learningAgreementText")))
            blocks.append(.list(List(kind: .ordered(start: 1), items: fields.map { [.paragraph(Paragraph(text: $0))] })))
        }
        return blocks
    }
}

/// The parts of a recognition rule in words, shared by the rules table and the worked examples.
struct RuleWording: Sendable {
    let context: ManualContext

    func origin(_ rule: RecognitionRule) -> String {
        switch rule.from {
        case .unit(let id, let country):
            let place = country.map { context.label("recognition.inCountry", ["country": context.countryName($0)]) }
                ?? context.label("recognition.anyCountry")
            return "\(context.unitName(id)) — \(place)"
        case .externalCredential(let name):
            return name
        }
    }

    func destination(_ rule: RecognitionRule) -> String {
        "\(context.unitName(rule.toUnit)) — \(country(rule.toCountry))"
    }

    func country(_ code: String?) -> String {
        code.map { context.label("recognition.inCountry", ["country": context.countryName($0)]) } ?? context.label("recognition.anyCountry")
    }

    func condition(_ rule: RecognitionRule) -> String {
        guard let level = rule.minimumLevel else { return "—" }
        let competences = rule.competences.map { "\($0) \(context.competenceTitle($0))" }.joined(separator: "; ")
        return context.label("recognition.levelIn", ["level": context.levelName(level), "competences": competences])
    }

    func grant(_ rule: RecognitionRule) -> String {
        switch rule.grant {
        case .exemption:
            let points = context.data.programme.unit(rule.toUnit)?.ecvetPoints ?? 0
            return context.label("recognition.exemption", ["pointsText": context.ecvetPoints(points)])
        case .points(let points):
            return context.label("recognition.points", ["pointsText": context.ecvetPoints(points)])
        }
    }
}
