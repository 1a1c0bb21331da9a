import ProjectModel

/// Collects diagnostics during one load or check; never shared between threads.
final class DiagnosticCollector {
    private(set) var diagnostics: [Diagnostic] = []

    func error(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, location, message))
    }

    func warning(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.warning, location, message))
    }

    var errorCount: Int { diagnostics.count { $0.severity == .error } }
}
