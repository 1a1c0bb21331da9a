/// The outcome of verifying a credential: valid, or the plain-language reasons it is not.
public struct Verdict: Sendable, Hashable {
    /// Every problem found, e.g. "signature does not match the issuer's key". Empty when valid.
    public var reasons: [String]
    /// The credential id (`jti`), when the token could be read.
    public var credentialID: String?
    /// The verified payload; nil unless the signature checked out.
    public var payload: JSONValue?

    public init(reasons: [String], credentialID: String? = nil, payload: JSONValue? = nil) {
        self.reasons = reasons
        self.credentialID = credentialID
        self.payload = payload
    }

    public var isValid: Bool { reasons.isEmpty }
}
