import DocumentTree
import ProjectModel

/// The printed certificate: one landscape A4 page, framed, centred, meant to be printed and
/// framed. Holder, certificate type, activity, units, outcomes, EQF level, ECVET points,
/// DigCompEdu levels, issuer and signatories, place and date, id, verification code and QR code.
struct CertificateSheet {
    let certificate: IssuedCertificate
    let data: ProjectData
    let wording: CertificateWording
    let style: HouseStyle
    /// PNG of the QR code of the verification URL, when there is one.
    let qrCode: [UInt8]?

    /// The house style with the certificate's frame: a thick border in the heading colour and
    /// generous padding, no zebra stripes (the frame is the only table on the page).
    static func frameStyle(_ style: HouseStyle) -> HouseStyle {
        var framed = style
        framed.table.border = style.colors.heading
        framed.table.borderWidth = 3
        framed.table.stripe = nil
        framed.table.cellPadding = 5
        // Tighter spacing than on a cover: everything must stay on one page in every format.
        func tighten(_ name: String, before: Double, after: Double) {
            var paragraph = style.paragraphStyle(named: name)
            paragraph.spaceBefore = before
            paragraph.spaceAfter = after
            framed.paragraphStyles[name] = paragraph
        }
        tighten("CertificateTitle", before: 4, after: 6)
        tighten("CertificateHolder", before: 4, after: 4)
        tighten("Lead", before: 0, after: 4)
        tighten("CoverMeta", before: 0, after: 6)
        tighten("Signature", before: 10, after: 4)
        tighten("Small", before: 0, after: 3)
        return framed
    }

    static let page = PageSetup.a4Landscape.with(margins: .all(.mm(12)))
    /// The frame fills the page, less room for the empty paragraph DOCX puts after a table.
    static let frameHeight = Length.mm(page.textHeight.millimetres - 8)

    func document() -> Document {
        let c = certificate
        let seminar = c.seminar
        var blocks: [Block] = []
        if let logo = style.logo {
            var image = logo
            let height = 13.0
            let ratio = logo.height.millimetres > 0 ? logo.width.millimetres / logo.height.millimetres : 1
            image.height = .mm(height)
            image.width = .mm(height * ratio)
            blocks.append(.paragraph(Paragraph([.image(image)], alignment: .center)))
        }
        blocks.append(.paragraph(Paragraph(text: wording.text(c.type.title), style: "CertificateTitle")))
        blocks.append(.paragraph(Paragraph(text: wording.label("certificate.certifies"), style: "Lead", alignment: .center)))
        blocks.append(.paragraph(Paragraph(text: c.participant.fullName, style: "CertificateHolder")))
        let activity = wording.text(seminar.title)
        let sentence: String
        switch c.type.kind {
        case .participation: sentence = wording.label("certificate.attended", ["activity": activity])
        case .unitCredit: sentence = wording.label("certificate.completed", ["activity": activity])
        case .fullCertification: sentence = wording.label("certificate.certified", ["activity": activity])
        }
        blocks.append(.paragraph(Paragraph(text: sentence, style: "Lead", alignment: .center)))
        blocks.append(centred(wording.label("certificate.period", [
            "start": wording.date(seminar.start), "end": wording.date(seminar.end),
            "hours": wording.number(seminar.hours), "place": seminar.city,
        ]), style: "CoverMeta"))

        if c.type.kind != .participation {
            var credit: [String] = []
            if let level = c.eqfLevel { credit.append(wording.label("certificate.eqf", ["level": String(level)])) }
            if c.ecvetPoints > 0 { credit.append(wording.label("certificate.ecvet", ["points": wording.number(c.ecvetPoints)])) }
            let units = c.units.map { "\($0.unit.id) \(wording.text($0.unit.title))" }
            blocks.append(.paragraph(Paragraph([.strong([.text(wording.label("certificate.units") + ": ")]),
                                                .text(units.joined(separator: " · "))]
                                               + (credit.isEmpty ? [] : [.text(" — " + credit.joined(separator: " · "))]),
                                               alignment: .center)))
            if !c.outcomes.isEmpty {
                blocks.append(.paragraph(Paragraph([.strong([.text(wording.label("certificate.outcomes", ["count": String(c.outcomes.count)]) + ": ")]),
                                                    .text(c.outcomes.joined(separator: ", "))], style: "Small", alignment: .center)))
            }
            if !c.competences.isEmpty {
                let names = Dictionary(data.framework.levels.map { ($0.code, wording.text($0.name)) }, uniquingKeysWith: { a, _ in a })
                let levels = c.competences.map { item in
                    "\(item.competence) \(item.level.rawValue)" + (names[item.level].map { " \($0)" } ?? "")
                }
                blocks.append(.paragraph(Paragraph([.strong([.text(wording.label("certificate.competences") + ": ")]),
                                                    .text(levels.joined(separator: " · "))], style: "Small", alignment: .center)))
            }
        }

        let operatorName = c.issuer.map { wording.text($0.name) } ?? seminar.host
        var signatories: [String] = c.trainers.map { "\($0.fullName) (\(wording.label("certificate.trainer")))" }
        if c.type.kind != .participation {
            signatories += c.assessors.map { "\($0.fullName) (\(wording.label("certificate.assessor")))" }
        }
        blocks.append(.paragraph(Paragraph([.strong([.text(wording.label("certificate.issuedBy", ["operator": operatorName]))]),
                                            .lineBreak, .text(signatories.joined(separator: " · ")), .lineBreak,
                                            .text(wording.label("certificate.placeDate", ["place": seminar.city,
                                                                                           "date": wording.date(c.issued)]))],
                                           style: "Signature")))
        blocks.append(verificationLine())

        let frame = Table(columns: [TableColumn(weight: 1, alignment: .center)],
                          bodyRows: [TableRow(cells: [TableCell(blocks: blocks, verticalAlignment: .middle)], height: Self.frameHeight)])
        let metadata = Metadata(title: wording.text(c.type.title) + " — " + c.participant.fullName, authors: [operatorName],
                                language: c.language, date: c.issued?.description, keywords: [c.id])
        return Document(metadata: metadata,
                        sections: [Section(pageSetup: Self.page, header: .empty, footer: .empty, blocks: [.table(frame)])])
    }

    /// QR code, code and id, and where to verify.
    private func verificationLine() -> Block {
        let c = certificate
        var inlines: [Inline] = []
        if let qrCode {
            inlines.append(.image(Image(data: qrCode, format: .png, altText: wording.label("certificate.qrAlt"),
                                        width: .mm(20), height: .mm(20))))
            inlines.append(.lineBreak)
        }
        if let code = c.verificationCode {
            inlines.append(.strong([.text(wording.label("certificate.code") + ": " + code)]))
            inlines.append(.text(" · "))
        }
        inlines.append(.text(wording.label("certificate.id") + ": " + c.id))
        if let url = c.verificationURL {
            inlines.append(.lineBreak)
            inlines.append(.text(wording.label("certificate.verifyAt", ["url": ""])))
            inlines.append(.link(Link(target: .external(url), content: [.text(url)])))
        }
        return .paragraph(Paragraph(inlines, style: "Small", alignment: .center))
    }

    private func centred(_ text: String, style: String) -> Block {
        .paragraph(Paragraph(text: text, style: style, alignment: .center))
    }
}
