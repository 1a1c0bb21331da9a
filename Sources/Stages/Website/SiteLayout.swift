/// The values of the page layout (`layout.mustache`): head, language switcher with `hreflang`
/// alternates, main navigation, footer with the funding notice.
struct SiteLayout {
    var builder: SiteBuilder

    func context(location: SiteLocation, section: SiteSection?, title: String, content: String,
                 scripts: [String]) -> [String: Any] {
        let t = builder.t
        let project = builder.project
        let languages = project.languages
        let home = SiteLocation(language: builder.language)
        var alternates: [[String: Any]] = []
        if location.language != nil {
            for code in languages {
                let target = location.translated(to: code)
                alternates.append(["lang": code, "href": location.link(to: target), "name": t.languageName(code),
                                   "current": code == builder.language])
            }
        } else {
            for code in languages {
                alternates.append(["lang": code, "href": location.link(to: SiteLocation(language: code)),
                                   "name": t.languageName(code), "current": code == builder.language])
            }
        }
        let defaultTarget = location.language == nil ? SiteLocation(language: project.defaultLanguage)
            : location.translated(to: project.defaultLanguage)
        let nav: [[String: Any]] = SiteSection.allCases.map { item in
            ["label": t(item.labelKey.replacingOccurrences(of: "site.", with: "")),
             "href": location.link(to: SiteLocation(language: builder.language, folders: item.folders)),
             "current": item == section]
        }
        let siteName = project.acronym
        var context: [String: Any] = [
            "lang": builder.language,
            "title": title == t("nav.home") ? "\(siteName) — \(t.text(project.title))" : "\(title) — \(siteName)",
            "description": t.text(project.title),
            "siteName": siteName,
            "projectTitle": t.text(project.title),
            "stylesheet": location.link(toFile: "assets/site.css"),
            "logo": location.link(toFile: "assets/logo.svg"),
            "homeHref": location.link(to: home),
            "alternates": alternates,
            "hasAlternates": location.language != nil,
            "xDefault": location.link(to: defaultTarget),
            "nav": nav,
            "content": content,
            "scripts": scripts.map { ["src": location.link(toFile: $0)] },
            "funding": t.text(project.fundingNotice),
            "t": builder.labelDictionary,
        ]
        if let website = project.website {
            context["website"] = website
        }
        return context
    }
}
