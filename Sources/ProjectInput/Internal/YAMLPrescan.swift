import CYaml
import ProjectModel

/// A pass over libyaml's event stream before any tree is built: reports syntax errors with
/// their position, and refuses nesting deeper than the limit and aliases whose expansion would
/// exceed the node budget ("billion laughs"). It walks events once, keeps one small frame per
/// open collection, and never expands an alias, so time and memory stay linear in the file.
enum YAMLPrescan {
    /// `true` when the text may be composed into a tree.
    static func check(_ text: String, file: String, limits: InputLimits, diagnostics: DiagnosticCollector) -> Bool {
        var bytes = Array(text.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                diagnostics.error(.start(of: file), "cannot start the YAML parser (out of memory)")
                return false
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count - 1)
            return walk(&parser, file: file, limits: limits, diagnostics: diagnostics)
        }
    }

    private struct Frame {
        var anchor: String?
        var size = 1
    }

    private static func walk(_ parser: inout yaml_parser_t, file: String, limits: InputLimits,
                             diagnostics: DiagnosticCollector) -> Bool {
        var frames: [Frame] = []
        var anchorSizes: [String: Int] = [:]
        var total = 0
        var aliases = 0
        var event = yaml_event_t()
        func location(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }
        func anchorName(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
                var message = "YAML syntax error: \(problem)"
                if let context = parser.context.map({ String(cString: $0) }) {
                    message += " (\(context) at line \(parser.context_mark.line + 1))"
                }
                diagnostics.error(location(parser.problem_mark), message)
                return false
            }
            defer { yaml_event_delete(&event) }
            let here = location(event.start_mark)
            var added = 0
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return true
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                guard frames.count < limits.maxYAMLDepth else {
                    diagnostics.error(here, "YAML nesting is deeper than \(limits.maxYAMLDepth) levels")
                    return false
                }
                let anchor = event.type == YAML_SEQUENCE_START_EVENT
                    ? anchorName(event.data.sequence_start.anchor) : anchorName(event.data.mapping_start.anchor)
                frames.append(Frame(anchor: anchor))
                added = 1
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let frame = frames.popLast() {
                    if let anchor = frame.anchor { anchorSizes[anchor] = frame.size }
                    if !frames.isEmpty { frames[frames.count - 1].size = saturatingAdd(frames[frames.count - 1].size, frame.size) }
                }
            case YAML_SCALAR_EVENT:
                if let anchor = anchorName(event.data.scalar.anchor) { anchorSizes[anchor] = 1 }
                added = 1
                if !frames.isEmpty { frames[frames.count - 1].size += 1 }
            case YAML_ALIAS_EVENT:
                aliases += 1
                guard aliases <= limits.maxYAMLAliases else {
                    diagnostics.error(here, "more than \(limits.maxYAMLAliases) YAML aliases in one file")
                    return false
                }
                let size = anchorName(event.data.alias.anchor).flatMap { anchorSizes[$0] } ?? 1
                added = size
                if !frames.isEmpty { frames[frames.count - 1].size = saturatingAdd(frames[frames.count - 1].size, size) }
            default:
                break
            }
            total = saturatingAdd(total, added)
            if total > limits.maxYAMLExpandedNodes {
                diagnostics.error(here, "YAML aliases expand to more than \(limits.maxYAMLExpandedNodes) nodes "
                                  + "(an alias bomb?); refusing to load the file")
                return false
            }
        }
    }

    private static func saturatingAdd(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }
}
