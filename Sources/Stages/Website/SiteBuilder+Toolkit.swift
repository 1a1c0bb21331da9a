import ProjectModel

extension SiteBuilder {
    /// The toolkit page: the archives to download and what the toolkit holds, with its audience.
    func toolkitContext() -> [String: Any] {
        let here = location(of: .toolkit)
        let archives: [[String: Any]] = self.archives.sorted { lhs, rhs in
            let l = lhs.entry.language ?? "", r = rhs.entry.language ?? ""
            return (l == language ? 0 : l.isEmpty ? 2 : 1, l) < (r == language ? 0 : r.isEmpty ? 2 : 1, r)
        }.map { archive in
            ["name": archive.entry.path.split(separator: "/").last.map(String.init) ?? archive.entry.path,
             "href": here.link(toFile: archive.sitePath), "size": size(archive.entry.size),
             "language": archive.entry.language.map(t.languageName) ?? t("toolkit.allLanguages")]
        }
        let mine = downloads.filter { $0.entry.language == language || $0.entry.language == nil }
        let stages = Dictionary(grouping: mine, by: \.entry.stage)
        let titles = Dictionary(project.deliverables.map { ($0.id, "\($0.number) \(t.text($0.title))") },
                                uniquingKeysWith: { first, _ in first })
        let contents: [[String: Any]] = stages.keys.sorted().map { stage in
            let documents = Set((stages[stage] ?? []).map(\.documentKey)).count
            let formats = Set((stages[stage] ?? []).map(\.formatName)).sorted().joined(separator: ", ")
            return ["title": titles[stage] ?? humanName(stage), "audience": ToolkitCatalogue.audience(of: stage, labels: t),
                    "documents": format.number(documents), "formats": formats]
        }
        return ["archives": archives, "hasArchives": !archives.isEmpty, "contents": contents,
                "hasContents": !contents.isEmpty, "downloadsHref": here.link(to: location(of: .downloads))]
    }

    /// The verification page: the form, and where the script finds the index and the keys.
    func verifyContext() -> [String: Any] {
        let here = location(of: .verify)
        var context: [String: Any] = ["hasIndex": verificationIndexPath != nil]
        if let verificationIndexPath { context["index"] = here.link(toFile: verificationIndexPath) }
        if let keySetPath { context["keys"] = here.link(toFile: keySetPath) }
        let types = data.certification.certificateTypes.map { type -> [String: Any] in
            ["id": type.id, "title": t.text(type.title)]
        }
        context["types"] = types
        context["revoked"] = t("verify.revoked")
        return context
    }
}
