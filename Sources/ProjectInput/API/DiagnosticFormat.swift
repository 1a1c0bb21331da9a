/// How diagnostics are printed.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `path:line:col: error: message`, as compilers print them.
    case human
    /// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`.
    case github

    /// One diagnostic as one line.
    public func format(_ diagnostic: Diagnostic) -> String {
        switch self {
        case .human:
            return diagnostic.description
        case .github:
            let location = diagnostic.location
            let file = Self.escapeProperty(location.file)
            return "::\(diagnostic.severity.rawValue) file=\(file),line=\(location.line),col=\(location.column)::"
                + Self.escapeData(diagnostic.message)
        }
    }

    // GitHub's escaping rules for workflow commands (actions/toolkit `command.ts`).
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
