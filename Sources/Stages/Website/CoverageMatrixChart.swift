import ProjectModel

/// Which module of the programme develops which competence of the framework, as an SVG matrix:
/// a row per competence, a column per module, a filled square where a unit of the module names
/// the competence.
struct CoverageMatrixChart: Sendable {
    static let rowHeight = 24
    static let columnWidth = 56
    static let labelWidth = 330

    var framework: Framework
    var programme: Programme
    var language: String
    var fallback: String
    var title: String

    /// Competence ids each module covers through its units.
    var coverage: [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for module in programme.modules {
            let competences = module.units.compactMap { programme.unit($0) }.flatMap(\.competences)
            result[module.id] = Set(competences)
        }
        return result
    }

    /// The drawing's width and height in pixels.
    var size: (width: Int, height: Int) {
        (Self.labelWidth + programme.modules.count * Self.columnWidth + 12, 40 + framework.competences.count * Self.rowHeight + 12)
    }

    func svg() -> String {
        let modules = programme.modules
        let competences = framework.competences
        let coverage = coverage
        let top = 40
        let width = Self.labelWidth + modules.count * Self.columnWidth + 12
        let height = top + competences.count * Self.rowHeight + 12
        var body = ""
        for (column, module) in modules.enumerated() {
            let x = Self.labelWidth + column * Self.columnWidth + Self.columnWidth / 2
            body += "<text x=\"\(x)\" y=\"26\" class=\"head\" text-anchor=\"middle\">\(SVGText.escape(module.id))</text>\n"
        }
        for (row, competence) in competences.enumerated() {
            let y = top + row * Self.rowHeight
            if row % 2 == 0 {
                body += "<rect x=\"0\" y=\"\(y)\" width=\"\(width)\" height=\"\(Self.rowHeight)\" fill=\"#EEF3F8\"/>\n"
            }
            let name = competence.id + " " + (competence.title.resolved(in: language, fallback: fallback) ?? "")
            let label = name.count > 44 ? String(name.prefix(43)) + "…" : name
            body += "<text x=\"8\" y=\"\(y + 17)\" class=\"label\">\(SVGText.escape(label))</text>\n"
            for (column, module) in modules.enumerated() where coverage[module.id]?.contains(competence.id) == true {
                let x = Self.labelWidth + column * Self.columnWidth + (Self.columnWidth - 16) / 2
                body += "<rect x=\"\(x)\" y=\"\(y + 4)\" width=\"16\" height=\"16\" rx=\"2\" fill=\"#007C89\"><title>\(SVGText.escape(module.id + " — " + competence.id))</title></rect>\n"
            }
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="img" aria-labelledby="matrix-title" lang="\(SVGText.escape(language))">
        <title id="matrix-title">\(SVGText.escape(title))</title>
        <style>text{font-family:"Liberation Sans",Arial,Helvetica,sans-serif;fill:#1A1A1A}.head{font-size:14px;font-weight:700;fill:#1F3A68}.label{font-size:13px}</style>
        <rect width="100%" height="100%" fill="#FFFFFF"/>
        \(body)</svg>

        """
    }
}
