import Foundation
import ProjectModel

/// Makes the pages of the site in one language: every section, the competence pages, the event
/// calendars and the figures. The page layout comes from ``SiteTemplates``; this type only gathers
/// the values each template shows.
struct SiteBuilder {
    var inputs: BuildInputs
    var templates: SiteTemplates
    var language: String
    /// Files of other stages the site publishes (all languages), in manifest order.
    var downloads: [SiteDownload]
    /// The toolkit archives, among ``downloads``' kind, published under `files/`.
    var archives: [SiteDownload]
    /// Below the site folder, when published: the verification index and the issuer's key set.
    var verificationIndexPath: String?
    var keySetPath: String?
    var timestamp: Int
    /// The words of the site in ``language``.
    let t: SiteLabels
    /// ``t`` as the nested dictionaries the templates read, made once.
    let labelDictionary: [String: Any]
    let format: LocaleFormat

    init(inputs: BuildInputs, templates: SiteTemplates, language: String, downloads: [SiteDownload], archives: [SiteDownload],
         verificationIndexPath: String?, keySetPath: String?, timestamp: Int) {
        self.inputs = inputs
        self.templates = templates
        self.language = language
        self.downloads = downloads
        self.archives = archives
        self.verificationIndexPath = verificationIndexPath
        self.keySetPath = keySetPath
        self.timestamp = timestamp
        t = SiteLabels(catalog: inputs.labels, language: language, fallback: inputs.data.project.defaultLanguage)
        labelDictionary = t.templateDictionary
        format = LocaleFormat(language: language)
    }

    var data: ProjectData { inputs.data }
    var project: Project { inputs.data.project }

    /// Every file of the language folder.
    func files() throws -> [SiteFile] {
        var files: [SiteFile] = []
        files.append(try page(.home, title: t("nav.home"), template: "home", context: homeContext()))
        files.append(try page(.framework, title: t("framework.title"), template: "framework", context: frameworkContext()))
        for area in data.framework.areas {
            for competence in area.competences {
                let location = competenceLocation(competence.id)
                files.append(try render(location: location, section: .framework,
                                        title: "\(competence.id) \(t.text(competence.title))",
                                        template: "competence", context: competenceContext(competence, in: area, at: location)))
            }
        }
        files.append(try page(.programme, title: t("programme.title"), template: "programme", context: programmeContext()))
        files.append(try page(.network, title: t("network.title"), template: "network", context: networkContext(),
                              scripts: ["assets/network-filter.js"]))
        files.append(try page(.events, title: t("events.title"), template: "events", context: eventsContext()))
        files.append(try page(.downloads, title: t("downloads.title"), template: "downloads", context: downloadsContext()))
        files.append(try page(.toolkit, title: t("toolkit.title"), template: "toolkit", context: toolkitContext()))
        files.append(try page(.verify, title: t("verify.title"), template: "verify", context: verifyContext(),
                              scripts: (verificationIndexPath == nil ? [] : ["verify/verification-index.js"])
                                + (keySetPath == nil ? [] : ["verify/keys.js"]) + ["assets/verify.js"]))
        files += calendars()
        files.append(SiteFile(path: "\(language)/framework/framework-chart.svg", text: frameworkChart().svg()))
        files.append(SiteFile(path: "\(language)/programme/coverage-matrix.svg", text: coverageMatrix().svg()))
        return files
    }

    // MARK: - Rendering

    func location(of section: SiteSection) -> SiteLocation { SiteLocation(language: language, folders: section.folders) }

    func competenceLocation(_ id: String) -> SiteLocation {
        SiteLocation(language: language, folders: ["framework", Self.slug(id)])
    }

    /// `2.3` → `2-3`: competence ids as folder names.
    static func slug(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    private func page(_ section: SiteSection, title: String, template: String, context: [String: Any],
                      scripts: [String] = []) throws -> SiteFile {
        try render(location: location(of: section), section: section, title: title, template: template,
                   context: context, scripts: scripts)
    }

    /// A page: its template rendered with `context`, inside the layout.
    func render(location: SiteLocation, section: SiteSection?, title: String, template: String,
                context: [String: Any], scripts: [String] = []) throws -> SiteFile {
        var context = context
        context["t"] = labelDictionary
        context["root"] = location.rootPrefix
        let content = try templates.render(template, context)
        let layout = SiteLayout(builder: self)
        let html = try templates.render("layout", layout.context(location: location, section: section, title: title,
                                                                 content: content, scripts: scripts))
        return SiteFile(path: location.path, text: html)
    }

    // MARK: - Shared values

    func operatorName(_ id: String) -> String {
        data.operators.first { $0.id == id }.map { t.text($0.name) } ?? id
    }

    func countryName(_ code: String) -> String {
        project.country(code).map { t.text($0.name) } ?? code
    }

    func personName(_ id: String?) -> String? {
        guard let id, let person = data.people.first(where: { $0.id == id }) else { return nil }
        return "\(person.givenName) \(person.familyName)"
    }

    /// `18.3 kB`, `1.2 MB` with the language's decimal separator.
    func size(_ bytes: Int) -> String {
        if bytes >= 1_000_000 { return format.number(Double(bytes) / 1_000_000, maximumFractionDigits: 1) + "\u{A0}MB" }
        return format.number(max(0.1, Double(bytes) / 1000), maximumFractionDigits: 1) + "\u{A0}kB"
    }

    func hours(_ value: Double) -> String { format.number(value, maximumFractionDigits: 1) }

    func frameworkChart() -> FrameworkChart {
        FrameworkChart(framework: data.framework, language: language, fallback: project.defaultLanguage,
                       title: t("framework.chartTitle"))
    }

    func coverageMatrix() -> CoverageMatrixChart {
        CoverageMatrixChart(framework: data.framework, programme: data.programme, language: language,
                            fallback: project.defaultLanguage, title: t("programme.matrixTitle"))
    }
}
