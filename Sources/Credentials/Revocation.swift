import Foundation

/// A withdrawn credential: when and why.
public struct Revocation: Sendable, Hashable {
    public var date: Date?
    public var reason: String

    public init(date: Date?, reason: String) {
        self.date = date
        self.reason = reason
    }

    /// "revoked on 2027-06-01: reason" (without the date when unknown).
    public var sentence: String {
        let when = date.map { " on " + ISO8601.day($0) } ?? ""
        return reason.isEmpty ? "revoked\(when)" : "revoked\(when): \(reason)"
    }
}
