import DocumentTree
import ProjectModel

/// The matching report: labour-market needs (rows) against the training offer (columns: the
/// modules). A cell is shaded and shows the competences the module teaches that the need asks
/// for; the last column flags needs no module covers, or that no operator in the country offers.
struct CoverageMatrix: Sendable {
    let context: ManualContext

    /// How well the training offer answers one need.
    enum Status: Sendable, Equatable {
        /// A module teaches one of its competences and an operator in the need's country offers it.
        case covered
        /// A module teaches it, but no operator in the need's country offers that module.
        case notOfferedInCountry
        /// No module teaches any competence the need asks for.
        case gap
    }

    /// The competences of `need` that `module` teaches, in the need's order.
    func matches(_ need: LabourMarketNeed, _ module: Module) -> [String] {
        let taught = context.competences(ofModule: module)
        return need.competences.filter(taught.contains)
    }

    func status(of need: LabourMarketNeed) -> Status {
        let covering = context.data.programme.modules.filter { !matches(need, $0).isEmpty }.map(\.id)
        guard !covering.isEmpty else { return .gap }
        let offered = Set(context.data.operators.filter { $0.country == need.country }.flatMap(\.modules))
        return covering.contains(where: offered.contains) ? .covered : .notOfferedInCountry
    }

    func blocks() -> [Block] {
        let modules = context.data.programme.modules
        let needs = context.data.needs
        var rows: [TableRow] = []
        let countryOrder = context.data.project.countries.map(\.code)
        let sorted = needs.sorted { a, b in
            (countryOrder.firstIndex(of: a.country) ?? Int.max, a.id) < (countryOrder.firstIndex(of: b.country) ?? Int.max, b.id)
        }
        for need in sorted {
            var cells: [TableCell] = [
                TableCell(blocks: [
                    .paragraph(Paragraph([.strong([.text(need.id)]), .text(" \(context.text(need.title))")], style: "Small")),
                    .paragraph(Paragraph(text: "\(context.countryName(need.country)) · \(context.label("network.priority.\(need.priority.rawValue)")) · \(need.competences.joined(separator: ", "))", style: "Small")),
                ]),
            ]
            for module in modules {
                let found = matches(need, module)
                cells.append(found.isEmpty
                    ? ManualBlocks.cell("", shading: .empty)
                    : ManualBlocks.cell(found.joined(separator: ", "), shading: .covered, style: "Small", alignment: .center))
            }
            let status = status(of: need)
            switch status {
            case .covered: cells.append(ManualBlocks.cell(context.label("network.status.covered"), style: "Small"))
            case .notOfferedInCountry:
                cells.append(ManualBlocks.cell(context.label("network.status.notOffered"), shading: .gap, style: "Small"))
            case .gap: cells.append(ManualBlocks.cell(context.label("network.status.gap"), shading: .gap, bold: true, style: "Small"))
            }
            rows.append(TableRow(cells: cells))
        }
        let gaps = sorted.filter { status(of: $0) == .gap }
        var blocks: [Block] = [
            ManualBlocks.heading(1, context.label("network.coverage"), id: "coverage"),
            ManualBlocks.paragraph(context.label("network.coverageText")),
            ManualBlocks.table(
                header: [context.label("network.need")] + modules.map(\.id) + [context.label("network.status.heading")],
                weights: [4] + modules.map { _ in 0.9 } + [1.5], rows: rows,
                caption: context.label("network.coverageCaption"),
                alignments: [.start] + modules.map { _ in .center } + [.start]),
            ManualBlocks.bullets(modules.map { "\($0.id): \(context.text($0.title))" }),
        ]
        if gaps.isEmpty {
            blocks.append(ManualBlocks.paragraph(context.label("network.noGaps")))
        } else {
            blocks.append(ManualBlocks.paragraph(context.label("network.gapsText")))
            blocks.append(ManualBlocks.bullets(gaps.map { "\($0.id) \(context.text($0.title)) (\($0.competences.joined(separator: ", ")))" }))
        }
        return blocks
    }
}
