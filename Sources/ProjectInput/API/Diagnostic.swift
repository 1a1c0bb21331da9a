import ProjectModel

/// One problem found in the input, pointing at the exact spot.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `path:line:col: error: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// The same diagnostic, as an error when `strict` and it was a warning.
    public func promoted(strict: Bool) -> Diagnostic {
        guard strict, severity == .warning else { return self }
        return Diagnostic(.error, location, message)
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity == .error }
        return lhs.message < rhs.message
    }
}
