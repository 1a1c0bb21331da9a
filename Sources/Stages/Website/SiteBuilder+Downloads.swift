import ProjectModel

extension SiteBuilder {
    /// Downloads: every published document of the build, grouped by deliverable, one row per
    /// document and language with a link per format and its size. The page's language comes first.
    func downloadsContext() -> [String: Any] {
        let here = location(of: .downloads)
        let titles = Dictionary(project.deliverables.map { ($0.id, "\($0.number) \(t.text($0.title))") },
                                uniquingKeysWith: { first, _ in first })
        var groups: [[String: Any]] = []
        let byStage = Dictionary(grouping: downloads, by: \.entry.stage)
        for stage in byStage.keys.sorted(by: { (titles[$0] ?? $0) < (titles[$1] ?? $1) }) {
            let files = byStage[stage] ?? []
            let byDocument = Dictionary(grouping: files, by: \.documentKey)
            let keys = byDocument.keys.sorted { lhs, rhs in
                let l = byDocument[lhs]?.first?.entry.language ?? "", r = byDocument[rhs]?.first?.entry.language ?? ""
                return (l == language ? 0 : 1, l, lhs) < (r == language ? 0 : 1, r, rhs)
            }
            let rows: [[String: Any]] = keys.compactMap { key in
                guard let formats = byDocument[key]?.sorted(by: { $0.formatName < $1.formatName }), let first = formats.first else { return nil }
                let name = [first.itemFolder, humanName(first.baseName)].compactMap { $0 }.joined(separator: " — ")
                return [
                    "name": name, "lang": first.entry.language ?? "",
                    "language": first.entry.language.map(t.languageName) ?? t("downloads.allLanguages"),
                    "files": formats.map { file in
                        ["format": file.formatName, "href": here.link(toFile: file.sitePath), "size": size(file.entry.size),
                         "type": file.formatName]
                    },
                ]
            }
            groups.append(["title": titles[stage] ?? humanName(stage), "anchor": "d-\(Self.slug(stage))", "rows": rows])
        }
        return ["groups": groups, "hasGroups": !groups.isEmpty, "count": format.number(downloads.count),
                "toolkitHref": here.link(to: location(of: .toolkit))]
    }

    /// `participant-handbook` → `Participant handbook`, or the label `site.files.<name>` when there is one.
    func humanName(_ name: String) -> String {
        if inputs.labels.has("site.files.\(name)", in: project.defaultLanguage) { return t("files.\(name)") }
        let spaced = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }
}
