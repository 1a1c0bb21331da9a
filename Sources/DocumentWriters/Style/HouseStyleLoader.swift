import DocumentTree
import Foundation
import Yams

extension HouseStyle {
    /// Loads a house style file; keys it leaves out take the values of `HouseStyle.default`.
    ///
    /// The logo the file names (`running.logo`) is read relative to the style file, with the
    /// sibling `.png` of an SVG logo as its PNG fallback.
    /// - Throws: `StyleFileError` naming the file, line and column: unreadable file, bad YAML,
    ///   unknown key (with a did-you-mean hint), bad value or colour, a newer `version`, missing logo.
    public static func load(from path: String) throws -> HouseStyle {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StyleFileError(path: path, line: 0, column: 0, message: "cannot read the style file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw StyleFileError(path: path, line: 0, column: 0, message: "the style file is not UTF-8 text")
        }
        let directory = (path as NSString).deletingLastPathComponent
        return try load(yaml: text, path: path, baseDirectory: directory.isEmpty ? "." : directory)
    }

    /// Loads a house style from YAML text.
    /// - Parameters:
    ///   - path: the file name used in error messages.
    ///   - baseDirectory: where a relative logo path is looked up.
    /// - Throws: `StyleFileError`.
    public static func load(yaml: String, path: String, baseDirectory: String) throws -> HouseStyle {
        let node: Node?
        do {
            // The basic resolver (no rules): the default one compiles a dozen regular expressions and runs
            // them on every key while the parser checks for duplicates; scalars are read by `StyleMapping`.
            node = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            throw styleError(from: error, path: path)
        }
        guard let node else { return .default }
        guard node.mapping != nil else {
            throw StyleFileError(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
                                 message: "a style file is a mapping of keys (page, fonts, colors, …) to values")
        }
        let file: StyleFile
        do {
            file = try StyleFile(StyleMapping(node, at: []))
        } catch let problem as StyleDecodingProblem {
            throw styleError(from: problem, root: node, path: path)
        }
        var style = file.style
        if let logo = style.running.logo {
            style.logo = try loadLogo(logo, altText: file.logoAltText, height: style.running.logoHeight,
                                      baseDirectory: baseDirectory, root: node, path: path)
        }
        return style
    }

    private static func loadLogo(_ logoPath: String, altText: String, height: Double, baseDirectory: String,
                                 root: Node, path: String) throws -> Image {
        let full = logoPath.hasPrefix("/") ? logoPath : (baseDirectory as NSString).appendingPathComponent(logoPath)
        let mark = StyleNodeLocator.node(at: ["running", "logo"], in: root)?.mark
        func failure(_ message: String) -> StyleFileError {
            StyleFileError(path: path, line: mark?.line ?? 0, column: mark?.column ?? 0, message: message)
        }
        guard let data = FileManager.default.contents(atPath: full).map({ [UInt8]($0) }) else {
            throw failure("logo file '\(logoPath)' not found (looked for \(full))")
        }
        guard let format = ImageProbe.format(of: data) else {
            throw failure("logo file '\(logoPath)' is neither PNG nor SVG")
        }
        var pngFallback: [UInt8]?
        if format == .svg {
            let sibling = (full as NSString).deletingPathExtension + ".png"
            pngFallback = FileManager.default.contents(atPath: sibling).map { [UInt8]($0) }.flatMap { ImageProbe.format(of: $0) == .png ? $0 : nil }
        }
        // The header shows the logo `logoHeight` millimetres high; the width follows its aspect ratio.
        let natural = ImageProbe.naturalSize(of: data, format: format)
        let aspect = natural.map { $0.height.millimetres > 0 ? $0.width.millimetres / $0.height.millimetres : 1 } ?? 1
        return Image(data: data, format: format, pngFallback: pngFallback, altText: altText,
                     width: .mm(height * aspect), height: .mm(height))
    }

    private static func styleError(from error: YamlError, path: String) -> StyleFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return StyleFileError(path: path, line: mark.line, column: mark.column, message: "not valid YAML: \(problem)")
        default:
            return StyleFileError(path: path, line: 0, column: 0, message: "not valid YAML: \(error)")
        }
    }

    private static func styleError(from problem: StyleDecodingProblem, root: Node, path: String) -> StyleFileError {
        let keys = problem.keyPath
        switch problem.kind {
        case .unknownKey(let key, let known):
            let mark = StyleNodeLocator.keyNode(at: keys, in: root)?.mark
            let place = keys.dropLast().isEmpty ? "" : " in '\(keys.dropLast().joined(separator: "."))'"
            return StyleFileError(path: path, line: mark?.line ?? 0, column: mark?.column ?? 0,
                                  message: "unknown key '\(key)'\(place)\(NameSuggestion.hint(for: key, among: known))")
        case .invalidValue(let message):
            let mark = StyleNodeLocator.node(at: keys, in: root)?.mark
            return StyleFileError(path: path, line: mark?.line ?? 0, column: mark?.column ?? 0,
                                  message: "\(keys.joined(separator: ".")): \(message)")
        }
    }
}

/// Finds the YAML node a key path points at, for error positions.
enum StyleNodeLocator {
    static func node(at keys: [String], in root: Node) -> Node? {
        var current = root
        for key in keys {
            // Compared as text (the last of repeated keys, as reading the file does): `Mapping[String]`
            // would compare resolved tags, which runs Yams' regular expressions on every key.
            if let mapping = current.mapping, let next = mapping.reversed().first(where: { $0.key.scalar?.string == key })?.value {
                current = next
            } else if let sequence = current.sequence, let index = Int(key), sequence.indices.contains(index) {
                current = sequence[index]
            } else {
                return current
            }
        }
        return current
    }

    /// The key node (not the value) of the last key in the path.
    static func keyNode(at keys: [String], in root: Node) -> Node? {
        guard let last = keys.last, let parent = node(at: Array(keys.dropLast()), in: root), let mapping = parent.mapping else { return nil }
        return mapping.keys.first { $0.string == last }
    }
}
