import DocumentWriters
import ProjectModel

/// The files at the root of the site: the stylesheet and scripts, the logo, the language chooser,
/// the 404 page, `robots.txt` and `sitemap.xml`.
struct SiteRootFiles {
    var builder: SiteBuilder
    /// The site's own CSS rules (`Templates/html/site.css`), appended to the house style's.
    var siteCSS: String
    var scripts: [String: [UInt8]]
    var logo: [UInt8]?

    func files() throws -> [SiteFile] {
        let project = builder.project
        var files: [SiteFile] = [
            SiteFile(path: "assets/site.css", text: HouseStyleCSS.stylesheet(for: builder.inputs.style)
                + "\n/* Site rules: Templates/html/site.css */\n" + siteCSS),
        ]
        for (name, bytes) in scripts.sorted(by: { $0.key < $1.key }) {
            files.append(SiteFile(path: "assets/\(name)", bytes: bytes))
        }
        if let logo { files.append(SiteFile(path: "assets/logo.svg", bytes: logo)) }
        let languages: [[String: Any]] = project.languages.map { code in
            ["lang": code, "name": builder.t.languageName(code), "href": "\(code)/index.html",
             "title": SiteLabels(catalog: builder.inputs.labels, language: code, fallback: project.defaultLanguage).text(project.title)]
        }
        files.append(try builder.render(location: SiteLocation(language: nil), section: nil, title: builder.t("nav.home"),
                                        template: "languages", context: ["languages": languages]))
        files.append(try builder.render(location: SiteLocation(language: nil, file: "404.html"), section: nil,
                                        title: builder.t("notFound.title"), template: "not-found",
                                        context: ["languages": languages]))
        var robots = "User-agent: *\nAllow: /\n"
        if let base = baseURL { robots += "Sitemap: \(base)sitemap.xml\n" }
        files.append(SiteFile(path: "robots.txt", text: robots))
        if let sitemap = sitemap() { files.append(SiteFile(path: "sitemap.xml", text: sitemap)) }
        return files
    }

    /// The project's website with a final slash, when it has one.
    var baseURL: String? {
        builder.project.website.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    /// Every page in every language with its `hreflang` alternates (sitemaps need absolute URLs,
    /// so there is none without the project's `website`).
    func sitemap() -> String? {
        guard let base = baseURL else { return nil }
        let project = builder.project
        var folders: [[String]] = SiteSection.allCases.map(\.folders)
        for competence in builder.data.framework.competences {
            folders.append(["framework", SiteBuilder.slug(competence.id)])
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for folder in folders {
            for language in project.languages {
                let location = SiteLocation(language: language, folders: folder)
                xml += "  <url>\n    <loc>\(SVGText.escape(base + location.path))</loc>\n"
                for other in project.languages {
                    xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(other)\" href=\"\(SVGText.escape(base + location.translated(to: other).path))\"/>\n"
                }
                xml += "  </url>\n"
            }
        }
        xml += "</urlset>\n"
        return xml
    }
}
