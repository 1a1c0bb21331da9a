import DocumentTree
import ProjectModel

/// The personal transcript of a unit-credit or full certificate (ECVET has no template, so this
/// is ours): each unit passed with its learning outcomes, assessment method and date, assessor,
/// result and ECVET points, and the total.
struct TranscriptSheet {
    let certificate: IssuedCertificate
    let data: ProjectData
    let wording: CertificateWording

    func document() -> Document {
        let c = certificate
        let seminar = c.seminar
        // Only the outcomes of the passed units (indexing every outcome per transcript showed in profiles).
        // Only their statements, read in place (copying every outcome of the project to test its
        // id was a tenth of building a transcript).
        let wanted = Set(c.units.flatMap(\.unit.outcomes))
        var statements: [String: LocalizedText] = [:]
        statements.reserveCapacity(wanted.count)
        let projectOutcomes = data.outcomes
        for index in projectOutcomes.indices where wanted.contains(projectOutcomes[index].id) {
            let id = projectOutcomes[index].id
            if statements[id] == nil { statements[id] = projectOutcomes[index].statement }
        }
        var blocks: [Block] = [
            .heading(Heading(level: 1, content: [.text(wording.label("transcript.title"))], id: "transcript")),
            .paragraph(Paragraph(text: wording.label("transcript.holder", ["name": c.participant.fullName]), style: "Lead")),
            .paragraph(Paragraph(text: wording.text(c.type.title))),
            .paragraph(Paragraph(text: wording.label("transcript.intro", [
                "activity": wording.text(seminar.title), "place": seminar.city,
                "start": wording.date(seminar.start), "end": wording.date(seminar.end),
            ]))),
        ]
        let header = TableRow(cells: ["unit", "outcomes", "method", "date", "assessor", "result", "points"].map {
            TableCell(text: wording.label("transcript." + $0))
        })
        var rows: [TableRow] = []
        for passed in c.units {
            let items: [[Block]] = passed.unit.outcomes.map { id in
                let statement = statements[id].map { wording.text($0) } ?? ""
                return [.paragraph(Paragraph([.strong([.text(id)]), .text(statement.isEmpty ? "" : " " + statement)], style: "Small"))]
            }
            let unitCell = TableCell(blocks: [
                .paragraph(Paragraph([.strong([.text(passed.unit.id)]), .text(" " + wording.text(passed.unit.title))])),
                .paragraph(Paragraph(text: wording.label("transcript.eqf") + " " + String(passed.unit.eqfLevel), style: "Small")),
            ])
            rows.append(TableRow(cells: [
                unitCell,
                TableCell(blocks: [.list(List(kind: .bullet, items: items))]),
                TableCell(text: wording.method(passed.result.method)),
                TableCell(text: wording.date(passed.result.date)),
                TableCell(text: data.people.first { $0.id == passed.result.assessor }?.fullName ?? passed.result.assessor),
                TableCell(text: wording.label(passed.result.passed ? "transcript.passed" : "transcript.failed")),
                TableCell(text: wording.number(passed.unit.ecvetPoints)),
            ]))
        }
        rows.append(TableRow(cells: [
            TableCell(blocks: [.paragraph(Paragraph([.strong([.text(wording.label("transcript.total"))])]))], columnSpan: 6),
            TableCell(blocks: [.paragraph(Paragraph([.strong([.text(wording.number(c.ecvetPoints))])]))]),
        ]))
        blocks.append(.table(Table(
            columns: [TableColumn(weight: 2.2), TableColumn(weight: 4.4), TableColumn(weight: 1.4), TableColumn(weight: 1.5),
                      TableColumn(weight: 1.5), TableColumn(weight: 1.4), TableColumn(weight: 1.0, alignment: .end)],
            headerRows: [header], bodyRows: rows)))
        let operatorName = c.issuer.map { wording.text($0.name) } ?? seminar.host
        blocks.append(.paragraph(Paragraph(text: wording.label("certificate.issuedBy", ["operator": operatorName]) + " — "
                                           + wording.label("certificate.placeDate", ["place": seminar.city, "date": wording.date(c.issued)]),
                                           style: "Signature")))
        blocks.append(.paragraph(Paragraph(text: wording.label("certificate.id") + ": " + c.id
                                           + (c.verificationCode.map { " · " + wording.label("certificate.code") + ": " + $0 } ?? ""),
                                           style: "Small", alignment: .center)))
        let metadata = Metadata(title: wording.label("transcript.title") + " — " + c.participant.fullName, authors: [operatorName],
                                language: c.language, date: c.issued?.description, keywords: [c.id])
        return Document(metadata: metadata, sections: [Section(pageSetup: .a4Landscape, blocks: blocks)])
    }
}
