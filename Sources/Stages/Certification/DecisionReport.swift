import DocumentTree
import ProjectModel

/// The per-seminar decision report: every participant, every certificate type, granted or not,
/// and each rule's outcome with its numbers, in the seminar's language.
struct DecisionReport {
    let seminar: Seminar
    /// Each participant with their decisions, in list order.
    let decisions: [(participant: Participant, decisions: [CertificateDecision])]
    let types: [CertificateType]
    let reasons: EligibilityReasonText
    let fallback: String

    private func label(_ key: String, _ values: [String: String] = [:]) -> String {
        TemplateText.fill(reasons.labels.text("certificates." + key, reasons.language), values)
    }

    private func text(_ text: LocalizedText) -> String { text.resolved(in: reasons.language, fallback: fallback) ?? "" }

    func document() -> Document {
        let format = LocaleFormat(language: reasons.language)
        let title = label("report.title")
        let seminarTitle = text(seminar.title)
        var blocks: [Block] = [
            .heading(Heading(level: 1, content: [.text(title)], id: "decisions")),
            .paragraph(Paragraph(text: seminarTitle, style: "Lead")),
            .paragraph(Paragraph(text: [seminar.city, seminar.start.map(format.date), seminar.end.map(format.date)]
                .compactMap { $0 }.joined(separator: " · "), style: "CoverMeta")),
            .paragraph(Paragraph(text: label("report.intro"))),
        ]
        // Summary per type.
        let total = decisions.count
        let summary: [[Block]] = types.map { type in
            let granted = decisions.filter { entry in entry.decisions.contains { $0.certificateType == type.id && $0.granted } }.count
            return [.paragraph(Paragraph(text: label("report.summary", ["type": text(type.title), "granted": format.number(granted),
                                                                       "total": format.number(total)])))]
        }
        blocks.append(.list(List(kind: .bullet, items: summary)))

        // Rules applied per type.
        blocks.append(.heading(Heading(level: 2, content: [.text(label("report.rules"))], id: "rules")))
        let ruleItems: [[Block]] = types.map { type in
            let names = type.rules.map { reasons.ruleName($0.condition) }.joined(separator: ", ")
            return [.paragraph(Paragraph([.strong([.text(text(type.title))]), .text(": " + names)]))]
        }
        blocks.append(.list(List(kind: .bullet, items: ruleItems)))

        blocks.append(.heading(Heading(level: 2, content: [.text(label("report.participants"))], id: "participants")))
        let header = TableRow(cells: [label("report.participant"), label("report.certificate"), label("report.decision"),
                                      label("report.reasons")].map { TableCell(text: $0) })
        var rows: [TableRow] = []
        let titles = Dictionary(types.map { ($0.id, text($0.title)) }, uniquingKeysWith: { a, _ in a })
        for entry in decisions {
            for (index, decision) in entry.decisions.enumerated() {
                var cells: [TableCell] = []
                if index == 0 {
                    cells.append(TableCell(blocks: [
                        .paragraph(Paragraph([.strong([.text(entry.participant.fullName)])])),
                        .paragraph(Paragraph(text: entry.participant.id, style: "Small")),
                    ], rowSpan: entry.decisions.count))
                }
                cells.append(TableCell(text: titles[decision.certificateType] ?? decision.certificateType))
                let verdict = reasons.verdict(decision)
                cells.append(TableCell(blocks: [.paragraph(Paragraph(decision.granted ? [.strong([.text(verdict)])] : [.text(verdict)]))]))
                let lines: [[Block]] = decision.outcomes.map { outcome in
                    let name = reasons.ruleName(outcome.condition) + ": "
                    let reason = reasons.reason(outcome)
                    let inlines: [Inline] = outcome.passed
                        ? [.text(name + reason)]
                        : [.strong([.text(name)]), .strong([.text(reason)])]
                    return [.paragraph(Paragraph(inlines, style: "Small"))]
                }
                cells.append(TableCell(blocks: [.list(List(kind: .bullet, items: lines))]))
                rows.append(TableRow(cells: cells))
            }
        }
        blocks.append(.table(Table(columns: [TableColumn(weight: 2), TableColumn(weight: 2.2), TableColumn(weight: 1.2), TableColumn(weight: 6)],
                                   headerRows: [header], bodyRows: rows)))
        let metadata = Metadata(title: title + " — " + seminar.id, subtitle: seminarTitle, language: reasons.language,
                                date: seminar.end?.description)
        return Document(metadata: metadata, sections: [Section(pageSetup: .a4Landscape, blocks: blocks)])
    }
}
