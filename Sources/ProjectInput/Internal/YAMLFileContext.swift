import ProjectModel
import Yams

/// What reading one YAML file shares: its path, the diagnostics, and the localised texts seen
/// (for translation checks and coverage).
final class YAMLFileContext {
    let file: String
    let diagnostics: DiagnosticCollector
    /// Every localised text read from this file, in order.
    private(set) var texts: [TextOccurrence] = []

    init(file: String, diagnostics: DiagnosticCollector) {
        self.file = file
        self.diagnostics = diagnostics
    }

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return .start(of: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    func error(_ node: Node, _ message: String) { diagnostics.error(location(node), message) }

    func record(_ text: TextOccurrence) { texts.append(text) }
}

/// A localised text or list as written: where, under which path, and with which language keys.
struct TextOccurrence {
    var location: SourceLocation
    var path: String
    /// Each language key and where it was written.
    var languages: [(code: String, location: SourceLocation)]
}

/// The fields of one record as they are read, to become its `SourceMap`.
final class FieldTable {
    var fields: [String: SourceLocation] = [:]
}

/// Node kinds named in messages.
extension Node {
    var kindName: String {
        switch self {
        case .scalar(let scalar): return "'\(scalar.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// A scalar that means "no value": `null`, `~` or nothing, unquoted.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        return scalar.string.isEmpty || scalar.string == "null" || scalar.string == "~" || scalar.string == "Null"
            || scalar.string == "NULL"
    }
}
