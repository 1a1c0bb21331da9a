import DocumentTree
import ProjectModel

/// The generated chapters of the network manual (D1): the directory of operators by country,
/// the coverage of labour-market needs by the modules, and a summary per country.
struct NetworkChapters: Sendable {
    let context: ManualContext

    func blocks() -> [Block] {
        directory() + CoverageMatrix(context: context).blocks() + summary()
    }

    /// The declared countries in order, then any other country an operator names.
    private var countries: [String] {
        let declared = context.data.project.countries.map(\.code)
        let others = Set(context.data.operators.map(\.country)).subtracting(declared).sorted()
        return declared + others
    }

    private func directory() -> [Block] {
        let operators = context.data.operators
        var blocks: [Block] = [
            ManualBlocks.heading(1, context.label("network.directory"), id: "operators"),
            ManualBlocks.paragraph(context.label("network.directoryText", [
                "operators": context.format.number(operators.count),
                "countries": context.format.number(Set(operators.map(\.country)).count),
            ])),
        ]
        for country in countries {
            let here = operators.filter { $0.country == country }
            guard !here.isEmpty else { continue }
            blocks.append(ManualBlocks.heading(2, context.countryName(country), id: "operators-\(Slug.id(country))"))
            for type in OperatorType.allCases {
                let ofType = here.filter { $0.type == type }
                guard !ofType.isEmpty else { continue }
                blocks.append(ManualBlocks.heading(3, context.label("network.types.\(type.rawValue)")))
                blocks.append(ManualBlocks.table(
                    header: [context.label("network.operator"), context.label("network.contact"), context.label("network.modules")],
                    weights: [2.2, 2.8, 2.6], rows: ofType.map(row)))
            }
        }
        return blocks
    }

    private func row(_ op: Operator) -> TableRow {
        var first: [Block] = [.paragraph(Paragraph([.strong([.text(context.text(op.name))])]))]
        first.append(.paragraph(Paragraph(text: op.city, style: "Small")))
        if !op.roles.isEmpty {
            let roles = op.roles.map { context.label("network.roles.\($0.rawValue)") }.joined(separator: ", ")
            first.append(.paragraph(Paragraph(text: roles, style: "Small")))
        }
        var contact: [Block] = [.paragraph(Paragraph(text: op.address, style: "Small"))]
        if let email = op.email {
            contact.append(.paragraph(Paragraph([.link(Link(target: .external("mailto:\(email)"), content: [.text(email)]))], style: "Small")))
        }
        if let phone = op.phone { contact.append(.paragraph(Paragraph(text: phone, style: "Small"))) }
        if let website = op.website {
            contact.append(.paragraph(Paragraph([.link(Link(target: .external(website), content: [.text(website)]))], style: "Small")))
        }
        let modules: [Block] = op.modules.isEmpty
            ? [.paragraph(Paragraph(text: "—"))]
            : op.modules.map { .paragraph(Paragraph([.strong([.text($0)]), .text(" \(context.moduleTitle($0))")], style: "Small")) }
        return TableRow(cells: [TableCell(blocks: first), TableCell(blocks: contact), TableCell(blocks: modules)])
    }

    private func summary() -> [Block] {
        let coverage = CoverageMatrix(context: context)
        var rows: [TableRow] = []
        for country in countries {
            let operators = context.data.operators.filter { $0.country == country }
            let needs = context.data.needs.filter { $0.country == country }
            guard !operators.isEmpty || !needs.isEmpty else { continue }
            let types = OperatorType.allCases.compactMap { type -> String? in
                let count = operators.filter { $0.type == type }.count
                return count == 0 ? nil : "\(context.label("network.types.\(type.rawValue)")): \(context.format.number(count))"
            }
            let modules = Set(operators.flatMap(\.modules)).sorted()
            let open = needs.filter { coverage.status(of: $0) != .covered }.map(\.id)
            rows.append(TableRow(cells: [
                ManualBlocks.cell(context.countryName(country), bold: true),
                ManualBlocks.cell(context.format.number(operators.count), alignment: .center),
                ManualBlocks.cell(lines: types, style: "Small"),
                ManualBlocks.cell(modules.joined(separator: ", ")),
                ManualBlocks.cell(context.format.number(needs.count), alignment: .center),
                open.isEmpty ? ManualBlocks.cell("—", alignment: .center)
                    : ManualBlocks.cell(open.joined(separator: ", "), shading: .gap),
            ]))
        }
        return [
            ManualBlocks.heading(1, context.label("network.summary"), id: "summary-by-country"),
            ManualBlocks.table(
                header: [context.common("country"), context.label("network.operators"), context.label("network.byType"),
                         context.label("network.modulesOffered"), context.label("network.needs"),
                         context.label("network.openNeeds")],
                weights: [1.3, 1.3, 2.3, 1.6, 1, 1.4], rows: rows),
        ]
    }
}
