import ProjectModel

/// The skills framework as an SVG figure: one band per area, its competences as boxes under it,
/// each box with the competence number and title. Colours come from a fixed palette whose every
/// colour gives white text a contrast of at least 4.5:1.
struct FrameworkChart: Sendable {
    static let palette = ["#1F3A68", "#00646E", "#6B3A8C", "#8A4B08", "#2F6B2F", "#A1283B", "#4A4A4A"]
    static let boxWidth = 200
    static let boxHeight = 92
    static let gap = 12
    static let bandHeight = 34

    var framework: Framework
    var language: String
    var fallback: String
    /// The accessible title of the figure.
    var title: String

    /// The drawing's width and height in pixels.
    var size: (width: Int, height: Int) {
        let columns = max(1, framework.areas.map(\.competences.count).max() ?? 1)
        return (columns * Self.boxWidth + (columns + 1) * Self.gap,
                Self.gap + framework.areas.count * (Self.bandHeight + 6 + Self.boxHeight + Self.gap + 6))
    }

    func svg() -> String {
        let columns = max(1, framework.areas.map(\.competences.count).max() ?? 1)
        let width = columns * Self.boxWidth + (columns + 1) * Self.gap
        var y = Self.gap
        var body = ""
        for (index, area) in framework.areas.enumerated() {
            let colour = Self.palette[index % Self.palette.count]
            let areaTitle = "\(area.id). " + (area.title.resolved(in: language, fallback: fallback) ?? area.id)
            body += "<rect x=\"\(Self.gap)\" y=\"\(y)\" width=\"\(width - 2 * Self.gap)\" height=\"\(Self.bandHeight)\" rx=\"4\" fill=\"\(colour)\"/>\n"
            body += "<text x=\"\(Self.gap + 12)\" y=\"\(y + 22)\" class=\"area\">\(SVGText.escape(areaTitle))</text>\n"
            y += Self.bandHeight + 6
            for (column, competence) in area.competences.enumerated() {
                let x = Self.gap + column * (Self.boxWidth + Self.gap)
                body += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(Self.boxWidth)\" height=\"\(Self.boxHeight)\" rx=\"4\" fill=\"#FFFFFF\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
                body += "<text x=\"\(x + 10)\" y=\"\(y + 22)\" class=\"id\" fill=\"\(colour)\">\(SVGText.escape(competence.id))</text>\n"
                let title = competence.title.resolved(in: language, fallback: fallback) ?? competence.id
                for (line, text) in SVGText.wrap(title, width: 27, maximumLines: 3).enumerated() {
                    body += "<text x=\"\(x + 10)\" y=\"\(y + 44 + line * 16)\" class=\"title\">\(SVGText.escape(text))</text>\n"
                }
            }
            y += Self.boxHeight + Self.gap + 6
        }
        let height = y
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="img" aria-labelledby="chart-title" lang="\(SVGText.escape(language))">
        <title id="chart-title">\(SVGText.escape(title))</title>
        <style>text{font-family:"Liberation Sans",Arial,Helvetica,sans-serif}.area{font-size:16px;font-weight:700;fill:#FFFFFF}.id{font-size:17px;font-weight:700}.title{font-size:13px;fill:#1A1A1A}</style>
        <rect width="100%" height="100%" fill="#FFFFFF"/>
        \(body)</svg>

        """
    }
}
