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

    /// Adds diagnostics collected elsewhere (by a file parsed on another thread).
    func append(_ found: [Diagnostic]) {
        diagnostics += found
    }

    var errorCount: Int { diagnostics.count { $0.severity == .error } }
}
