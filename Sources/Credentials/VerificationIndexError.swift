/// A verification index that cannot be built or read.
public enum VerificationIndexError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Two different certificates have the same code (practically impossible with 45 bits;
    /// reported rather than silently overwritten).
    case duplicateCode(String)
    case malformedIndex(String)
    case malformedRecord(String)

    public var description: String {
        switch self {
        case .duplicateCode(let hash): return "two certificates share the verification code with hash \(hash)"
        case .malformedIndex(let detail): return "not a verification index: \(detail)"
        case .malformedRecord(let hash): return "the verification index record \(hash) lacks a field"
        }
    }
}
