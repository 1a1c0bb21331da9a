/// Where a page lives in the site: its language and the folders below it
/// (`fr` + `["framework", "2-3"]` is `fr/framework/2-3/index.html`).
///
/// Every link the site writes is relative to the page that holds it, so the folder works from any
/// host path and from `file://`; links name `index.html` explicitly for `file://`.
struct SiteLocation: Sendable, Hashable {
    /// The language folder, or `nil` for pages at the site root (`404.html`, the language chooser).
    var language: String?
    /// Folders below the language folder.
    var folders: [String]
    /// The file name (`index.html`, `all.ics`).
    var file: String

    init(language: String?, folders: [String] = [], file: String = "index.html") {
        self.language = language
        self.folders = folders
        self.file = file
    }

    /// The path below the site folder: `fr/framework/2-3/index.html`.
    var path: String { (components + [file]).joined(separator: "/") }

    /// The path of the folder, for sitemaps: `fr/framework/2-3/`.
    var components: [String] { (language.map { [$0] } ?? []) + folders }

    /// The prefix that leads from this page back to the site root: `../../../` for three folders.
    var rootPrefix: String { String(repeating: "../", count: components.count) }

    /// A link from this page to `target`.
    func link(to target: SiteLocation) -> String { rootPrefix + target.path }

    /// A link from this page to a file given by its path below the site root (`assets/site.css`).
    func link(toFile path: String) -> String { rootPrefix + path }

    /// The same page in another language.
    func translated(to language: String) -> SiteLocation {
        SiteLocation(language: language, folders: folders, file: file)
    }
}
