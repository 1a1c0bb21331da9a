/// Small helpers for writing SVG by hand: escaping and wrapping text into lines.
enum SVGText {
    /// Text escaped for XML content and attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Words packed into at most `maximumLines` lines of about `width` characters; the last line
    /// ends with an ellipsis when text was left out.
    static func wrap(_ text: String, width: Int, maximumLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        let words = text.split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() {
            let candidate = current.isEmpty ? word : current + " " + word
            if candidate.count <= width || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = word
                if lines.count == maximumLines {
                    let last = lines.removeLast()
                    lines.append(index < words.count ? String(last.prefix(width - 1)) + "…" : last)
                    return lines
                }
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maximumLines {
            lines = Array(lines.prefix(maximumLines))
        }
        return lines
    }
}
