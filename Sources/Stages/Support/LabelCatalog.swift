import Foundation
import ProjectInput
import ProjectModel
import Yams

/// The words of the deliverables that are not data ("Learning outcomes", "ECVET points", "Page"),
/// per language, from `Templates/labels/<lang>.yaml`.
///
/// A label file is a YAML mapping; nested mappings make dotted keys (`framework.outcomes`). A key
/// missing in a language falls back to the default language, and `load` reports each gap as a
/// warning (an error under `--strict`).
public struct LabelCatalog: Sendable {
    /// Labels by language, then by dotted key.
    public private(set) var labels: [String: [String: String]]
    public let defaultLanguage: String
    /// Problems found while loading: unreadable files, missing translations, unknown keys.
    public private(set) var diagnostics: [Diagnostic] = []

    public init(labels: [String: [String: String]], defaultLanguage: String) {
        self.labels = labels
        self.defaultLanguage = defaultLanguage
    }

    /// The label `key` in `language`, else in the default language, else the key itself (so a
    /// label forgotten in every file shows up in the output rather than as an empty string).
    public func text(_ key: String, _ language: String) -> String {
        labels[language]?[key] ?? labels[defaultLanguage]?[key] ?? key
    }

    /// Whether `language` has its own text for `key` (no fallback).
    public func has(_ key: String, in language: String) -> Bool { labels[language]?[key] != nil }

    /// Share of the default language's keys that `language` translates, 0…100.
    public func coverage(of language: String) -> Int {
        let keys = labels[defaultLanguage]?.keys.map { $0 } ?? []
        guard !keys.isEmpty else { return 100 }
        let translated = keys.filter { has($0, in: language) }.count
        return translated * 100 / keys.count
    }

    /// Reads `<directory>/<language>.yaml` for every declared language.
    public static func load(directory: String, languages: [String], defaultLanguage: String) -> LabelCatalog {
        var catalog = LabelCatalog(labels: [:], defaultLanguage: defaultLanguage)
        var locations: [String: [String: SourceLocation]] = [:]
        for language in Set(languages + [defaultLanguage]).sorted() {
            let path = (directory as NSString).appendingPathComponent("\(language).yaml")
            guard FileManager.default.fileExists(atPath: path) else {
                let message = language == defaultLanguage
                    ? "no labels for the default language '\(language)'; write \(path) (see Templates/labels/en.yaml)"
                    : "no labels for language '\(language)'; the \(defaultLanguage) labels are used"
                catalog.diagnostics.append(Diagnostic(language == defaultLanguage ? .error : .warning, .start(of: path), message))
                continue
            }
            do {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                // The basic resolver: labels are all text, and the default one runs regular expressions on
                // every scalar to guess numbers and dates (a fifth of a no-op build).
                guard let node = try Yams.compose(yaml: text, .basic) else { continue }
                var entries: [String: String] = [:]
                var where_: [String: SourceLocation] = [:]
                flatten(node, prefix: "", path: path, into: &entries, locations: &where_, diagnostics: &catalog.diagnostics)
                catalog.labels[language] = entries
                locations[language] = where_
            } catch {
                catalog.diagnostics.append(Diagnostic(.error, .start(of: path), "cannot read the labels: \(error)"))
            }
        }
        let reference = catalog.labels[defaultLanguage] ?? [:]
        for language in languages where language != defaultLanguage {
            guard let own = catalog.labels[language] else { continue }
            let file = (directory as NSString).appendingPathComponent("\(language).yaml")
            for key in reference.keys.sorted() where own[key] == nil {
                catalog.diagnostics.append(Diagnostic(.warning, locations[defaultLanguage]?[key] ?? .start(of: file),
                    "label '\(key)' is not translated into '\(language)'; the \(defaultLanguage) text is used"))
            }
            for key in own.keys.sorted() where reference[key] == nil {
                catalog.diagnostics.append(Diagnostic(.warning, locations[language]?[key] ?? .start(of: file),
                    "label '\(key)' is not a \(defaultLanguage) label; it is never used"))
            }
        }
        return catalog
    }

    private static func flatten(_ node: Node, prefix: String, path: String, into entries: inout [String: String],
                                locations: inout [String: SourceLocation], diagnostics: inout [Diagnostic]) {
        guard let mapping = node.mapping else {
            diagnostics.append(Diagnostic(.error, location(of: node, in: path), "a label file is a mapping of keys to texts"))
            return
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            let full = prefix.isEmpty ? key : "\(prefix).\(key)"
            if value.mapping != nil {
                flatten(value, prefix: full, path: path, into: &entries, locations: &locations, diagnostics: &diagnostics)
            } else if let text = value.string {
                entries[full] = text
                locations[full] = location(of: keyNode, in: path)
            } else {
                diagnostics.append(Diagnostic(.error, location(of: value, in: path), "label '\(full)' must be a text"))
            }
        }
    }

    private static func location(of node: Node, in path: String) -> SourceLocation {
        guard let mark = node.mark else { return .start(of: path) }
        return SourceLocation(file: path, line: mark.line, column: mark.column)
    }
}
