import DocumentTree

/// The annex listing the standards every manual rests on and the sources its data cites.
struct SourcesAnnex: Sendable {
    let context: ManualContext

    /// Label keys of the standards, in the order they are cited.
    static let standards = ["digcompedu", "eqf", "ecvet", "eqavet", "validation"]

    func blocks(extra: [String]) -> [Block] {
        var blocks: [Block] = [
            ManualBlocks.heading(1, context.common("annexSources"), id: "annex-sources"),
            ManualBlocks.heading(2, context.label("sources.standardsHeading")),
            ManualBlocks.bullets(Self.standards.map { context.label("sources.\($0)") }),
        ]
        var data: [String] = []
        if let url = context.data.framework.sourceURL { data.append(url) }
        data += context.data.framework.basedOn
        data += extra
        if let website = context.data.project.website { data.append(website) }
        var seen = Set<String>()
        let unique = data.filter { !$0.isEmpty && seen.insert($0).inserted }
        if !unique.isEmpty {
            blocks.append(ManualBlocks.heading(2, context.label("sources.dataHeading")))
            blocks.append(ManualBlocks.bullets(unique))
        }
        return blocks
    }
}
