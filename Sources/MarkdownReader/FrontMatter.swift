import DocumentTree
import Yams

/// The YAML block between `---` lines at the top of a Markdown file.
struct FrontMatter {
    var title: String?
    var subtitle: String?
    var authors: [String] = []
    var language: String?
    var date: String?
    var description: String?
    var keywords: [String] = []
    var tableOfContents = false

    static let knownKeys = ["title", "subtitle", "author", "lang", "date", "description", "keywords", "toc"]

    /// Splits the front matter off `text`. The lines it took are replaced by empty lines, so the
    /// line numbers cmark reports for the body are those of the file.
    static func split(_ text: String) -> (yaml: String?, body: String) {
        guard text.utf8.starts(with: "---".utf8) else { return (nil, text) }
        var lines: [Substring] = []
        var lineStart = text.startIndex
        while lineStart < text.endIndex {
            // Scalars, not characters: "\r\n" is one character.
            let scalars = text.unicodeScalars
            let lineEnd = scalars[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let line = Substring(scalars[lineStart..<lineEnd])
            lines.append(line)
            let trimmed = line.trimmingTrailingSpace
            if lines.count == 1, trimmed != "---" { return (nil, text) }
            if lines.count > 1, trimmed == "---" || trimmed == "..." {
                let yaml = lines[1..<(lines.count - 1)].joined(separator: "\n")
                let rest = lineEnd < text.endIndex ? Substring(scalars[scalars.index(after: lineEnd)...]) : ""
                return (yaml, String(repeating: "\n", count: lines.count) + rest)
            }
            lineStart = lineEnd < text.endIndex ? scalars.index(after: lineEnd) : text.endIndex
        }
        return (nil, text)
    }

    /// Reads the YAML; problems become warnings positioned in the Markdown file (the YAML starts on line 2).
    static func parse(_ yaml: String, warnings: inout [MarkdownWarning]) -> FrontMatter {
        var result = FrontMatter()
        let node: Node?
        do {
            // The basic resolver (no rules): the default one compiles a dozen regular expressions
            // (a few milliseconds, more than the rest of a small file's front matter) and runs them
            // on every key; the one value that is not text, `toc`, is read by `bool(_:)`.
            node = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            warnings.append(position(of: error, message: "front matter is not valid YAML and was ignored"))
            return result
        } catch {
            warnings.append(MarkdownWarning(line: 1, column: 1, message: "front matter could not be read: \(error)"))
            return result
        }
        guard let node else { return result }
        guard let mapping = node.mapping else {
            warnings.append(warning(at: node, "front matter must be a mapping of keys to values; ignored"))
            return result
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "title": result.title = scalar(value, key, &warnings)
            case "subtitle": result.subtitle = scalar(value, key, &warnings)
            case "lang": result.language = scalar(value, key, &warnings)
            case "date": result.date = scalar(value, key, &warnings)
            case "description": result.description = scalar(value, key, &warnings)
            case "author": result.authors = list(value, key, &warnings)
            case "keywords":
                result.keywords = list(value, key, &warnings).flatMap { $0.split(separator: ",") }
                    .map { $0.trimmingSpace }.filter { !$0.isEmpty }
            case "toc":
                if let flag = bool(value) { result.tableOfContents = flag } else {
                    warnings.append(warning(at: value, "front matter key 'toc' takes true or false"))
                }
            default:
                var message = "unknown front matter key '\(key)' ignored"
                if let suggestion = NameSuggestion.closest(to: key, among: knownKeys) { message += " (did you mean '\(suggestion)'?)" }
                warnings.append(warning(at: keyNode, message))
            }
        }
        return result
    }

    private static let booleanWords: [String: Bool] = [
        "true": true, "True": true, "TRUE": true, "yes": true, "Yes": true, "YES": true, "on": true, "On": true, "ON": true,
        "false": false, "False": false, "FALSE": false, "no": false, "No": false, "NO": false, "off": false, "Off": false, "OFF": false,
    ]

    /// A boolean as Yams' default resolver reads one: a plain scalar that is one of the words of
    /// YAML 1.1 in one of its three cases; a scalar with an explicit tag other than `!!str` when its
    /// lower-cased text is one; a quoted scalar never.
    static func bool(_ node: Node) -> Bool? {
        guard let scalar = node.scalar else { return nil }
        // `Tag.description` is the tag as written: empty for a plain scalar without a tag (reading
        // it does not run the resolver), `tag:yaml.org,2002:str` for a quoted one.
        let tag = scalar.tag.description
        if tag.isEmpty { return scalar.style == .plain || scalar.style == .any ? booleanWords[scalar.string] : nil }
        if tag == Tag.Name.str.rawValue { return nil }
        return booleanWords[scalar.string.lowercased()]
    }

    private static func scalar(_ node: Node, _ key: String, _ warnings: inout [MarkdownWarning]) -> String? {
        guard let text = node.scalar?.string else {
            warnings.append(warning(at: node, "front matter key '\(key)' takes a single text value"))
            return nil
        }
        return text
    }

    private static func list(_ node: Node, _ key: String, _ warnings: inout [MarkdownWarning]) -> [String] {
        if let text = node.scalar?.string { return [text] }
        if let sequence = node.sequence {
            return sequence.compactMap { item in
                guard let text = item.scalar?.string else {
                    warnings.append(warning(at: item, "front matter key '\(key)' takes text items"))
                    return nil
                }
                return text
            }
        }
        warnings.append(warning(at: node, "front matter key '\(key)' takes text or a list of text"))
        return []
    }

    private static func warning(at node: Node, _ message: String) -> MarkdownWarning {
        MarkdownWarning(line: (node.mark?.line ?? 0) + 1, column: node.mark?.column ?? 1, message: message)
    }

    private static func position(of error: YamlError, message: String) -> MarkdownWarning {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return MarkdownWarning(line: mark.line + 1, column: mark.column, message: "\(message): \(problem)")
        default:
            return MarkdownWarning(line: 1, column: 1, message: "\(message): \(error)")
        }
    }

    /// The title block: title, subtitle, authors and date as styled paragraphs.
    var titleBlock: [Block] {
        var blocks: [Block] = []
        if let title { blocks.append(.paragraph(Paragraph(text: title, style: "Title"))) }
        if let subtitle { blocks.append(.paragraph(Paragraph(text: subtitle, style: "Subtitle"))) }
        if !authors.isEmpty { blocks.append(.paragraph(Paragraph(text: authors.joined(separator: ", "), style: "CoverMeta"))) }
        if let date { blocks.append(.paragraph(Paragraph(text: date, style: "CoverMeta"))) }
        return blocks
    }
}

extension Substring {
    var trimmingTrailingSpace: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result = result.dropLast() }
        return result
    }

    var trimmingSpace: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).trimmingTrailingSpace)
    }
}

extension String {
    var trimmingSpace: String { Substring(self).trimmingSpace }
}
