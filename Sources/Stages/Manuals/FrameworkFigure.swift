import DocumentTree
import ProjectModel

/// The picture of the framework: one coloured block per area (3 per row) holding a box per
/// competence with its code and short title, drawn as SVG from the data.
///
/// SVG is used as is by all three writers: HTML inlines it, ODT stores it in `Pictures/`, and
/// DOCX embeds it directly as the picture part (LibreOffice and current Word render it; see
/// Docs/manuals.md for why there is no PNG fallback).
struct FrameworkFigure: Sendable {
    let context: ManualContext

    /// Area colours, in area order (repeats after six).
    static let palette = ["#1F3A68", "#007C89", "#6A4C93", "#B5541B", "#2F7D4F", "#A4336E"]
    /// Tints of the palette for the competence boxes.
    static let tints = ["#DDE4F0", "#D4EEF0", "#E6DFF0", "#F6E2D6", "#DCEFE3", "#F3DCE8"]

    // Drawing units: one unit is 0.1 mm, so the figure is drawn at its printed size.
    private let width = 1660.0
    private let columns = 3
    private let gap = 30.0
    private let padding = 18.0
    private let titleSize = 34.0
    private let textSize = 27.0
    private let lineHeight = 33.0

    /// The figure block, with caption and alt text.
    func block() -> Block {
        let (svg, height) = drawing()
        let alt = context.label("framework.figureAlt", [
            "areas": String(context.data.framework.areas.count),
            "competences": String(context.data.framework.competences.count),
        ])
        let image = Image(data: Array(svg.utf8), format: .svg, altText: alt,
                          width: .mm(width / 10), height: .mm(height / 10))
        return .figure(Figure(image: image, caption: [.text(context.label("framework.figureCaption"))]))
    }

    /// The SVG text and its height in drawing units.
    func drawing() -> (svg: String, height: Double) {
        let areas = context.data.framework.areas
        let columnWidth = (width - gap * Double(columns - 1)) / Double(columns)
        let titleChars = Int((columnWidth - 2 * padding) / (titleSize * 0.55))
        let textChars = Int((columnWidth - 4 * padding - 70) / (textSize * 0.52))
        var body = ""
        var y = 0.0
        var index = 0
        while index < areas.count {
            let row = Array(areas[index..<min(index + columns, areas.count)])
            let titles = row.map { SVGText.wrap("\($0.id) \(context.text($0.title))", width: titleChars, maximumLines: 3) }
            let titleLines = titles.map(\.count).max() ?? 1
            let boxes = row.map { area in
                area.competences.map { SVGText.wrap(context.text($0.title), width: textChars, maximumLines: 3) }
            }
            let boxLines = boxes.flatMap { $0.map(\.count) }.max() ?? 1
            let boxHeight = Double(boxLines) * lineHeight + 2 * padding - 6
            let headerHeight = Double(titleLines) * (titleSize + 6) + 2 * padding
            let maxBoxes = boxes.map(\.count).max() ?? 0
            let blockHeight = headerHeight + Double(maxBoxes) * (boxHeight + padding) + padding
            for (column, area) in row.enumerated() {
                let colour = Self.palette[(index + column) % Self.palette.count]
                let tint = Self.tints[(index + column) % Self.tints.count]
                let x = Double(column) * (columnWidth + gap)
                body += rect(x, y, columnWidth, blockHeight, fill: colour, radius: 14)
                for (line, text) in titles[column].enumerated() {
                    body += self.text(text, x: x + padding, y: y + padding + titleSize * 0.85 + Double(line) * (titleSize + 6),
                                      size: titleSize, fill: "#FFFFFF", bold: true)
                }
                var boxY = y + headerHeight
                for (offset, competence) in area.competences.enumerated() {
                    body += rect(x + padding, boxY, columnWidth - 2 * padding, boxHeight, fill: tint, radius: 8)
                    body += self.text(competence.id, x: x + 2 * padding, y: boxY + padding + textSize * 0.8,
                                      size: textSize, fill: colour, bold: true)
                    for (line, text) in boxes[column][offset].enumerated() {
                        body += self.text(text, x: x + 2 * padding + 70, y: boxY + padding + textSize * 0.8 + Double(line) * lineHeight,
                                          size: textSize, fill: "#1A1A1A", bold: false)
                    }
                    boxY += boxHeight + padding
                }
            }
            y += blockHeight + gap
            index += columns
        }
        let height = max(y - gap, 1)
        let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(format(width / 10))mm" height="\(format(height / 10))mm" \
        viewBox="0 0 \(format(width)) \(format(height))" font-family="Liberation Sans, DejaVu Sans, Arial, sans-serif">
        \(body)</svg>

        """
        return (svg, height)
    }

    private func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, radius: Double) -> String {
        "<rect x=\"\(format(x))\" y=\"\(format(y))\" width=\"\(format(w))\" height=\"\(format(h))\" rx=\"\(format(radius))\" fill=\"\(fill)\"/>\n"
    }

    private func text(_ content: String, x: Double, y: Double, size: Double, fill: String, bold: Bool) -> String {
        let weight = bold ? " font-weight=\"bold\"" : ""
        return "<text x=\"\(format(x))\" y=\"\(format(y))\" font-size=\"\(format(size))\" fill=\"\(fill)\"\(weight)>\(SVGText.escape(content))</text>\n"
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
