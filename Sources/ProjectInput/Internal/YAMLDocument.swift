import ProjectModel
import Yams

/// Parses one YAML file into a Yams node tree after the prescan has bounded it.
enum YAMLDocument {
    static func parse(_ text: String, file: String, limits: InputLimits, diagnostics: DiagnosticCollector) -> Node? {
        guard YAMLPrescan.check(text, file: file, limits: limits, diagnostics: diagnostics) else { return nil }
        do {
            // The basic resolver: no regex per scalar; the readers interpret plain scalars themselves.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                diagnostics.error(.start(of: file), "file is empty (no YAML document)")
                return nil
            }
            return node
        } catch let error as YamlError {
            diagnostics.error(location(of: error, file: file), message(of: error))
            return nil
        } catch {
            diagnostics.error(.start(of: file), "cannot parse YAML: \(error)")
            return nil
        }
    }

    private static func location(of error: YamlError, file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(_, let context):
            return SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
        default:
            return .start(of: file)
        }
    }

    private static func message(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return "YAML syntax error: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicate key " + duplicates.map { "'\($0)'" }.joined(separator: ", ") + " in a mapping"
        default:
            return "cannot parse YAML: \(error)"
        }
    }
}
