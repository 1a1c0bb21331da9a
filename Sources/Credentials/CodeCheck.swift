/// The answer to "is this code genuine?" that the website gives.
public enum CodeCheck: Sendable, Hashable {
    case valid(VerificationRecord)
    case revoked(VerificationRecord)
    /// Well formed, but no certificate has this code.
    case unknown
    /// Not a code at all (wrong length, characters or check character).
    case malformed

    /// A plain-language sentence for the person checking.
    public var sentence: String {
        switch self {
        case .valid(let record):
            return "valid: \(record.certificateType) certificate issued on \(record.issued)"
        case .revoked(let record):
            let when = record.revokedOn.map { " on \($0)" } ?? ""
            return "revoked\(when): \(record.certificateType) certificate issued on \(record.issued)"
        case .unknown:
            return "no certificate has this code"
        case .malformed:
            return "this is not a verification code; check for a mistyped character"
        }
    }
}
