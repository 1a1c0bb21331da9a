/// Signs credentials as VC-JWT (a compact JWS) with RS256, as Open Badges 3.0 §8.2 describes:
/// the payload is the credential plus the claims `iss`, `jti`, `nbf`, `sub` and, when the
/// credential expires, `exp`.
public struct CredentialSigner: Sendable {
    public let key: SigningKey
    /// The `kid` header: a URI resolving to `publishedKey` in the issuer's JWK set.
    public let keyID: String

    /// The base64url of the header's canonical bytes, the same for every credential.
    private let encodedHeader: String

    public init(key: SigningKey, keyID: String) {
        self.key = key
        self.keyID = keyID
        self.encodedHeader = Base64URL.encode(Self.header(keyID: keyID).canonicalBytes)
    }

    /// The public key with its `kid`, to publish in the issuer's JWK set.
    public var publishedKey: PublicJWK { key.publicKey.with(keyID: keyID) }

    /// The JOSE header: `{"alg":"RS256","kid":…,"typ":"JWT"}`.
    public var header: JSONValue { Self.header(keyID: keyID) }

    private static func header(keyID: String) -> JSONValue { ["alg": "RS256", "kid": .string(keyID), "typ": "JWT"] }

    /// The JWT payload of `credential`: its JSON with the registered claims added.
    public static func payload(of credential: OpenBadgeCredential) -> JSONValue { canonicalPayload(of: credential).jsonValue }

    /// `payload(of:)`, built as lists of members to write without hashing.
    static func canonicalPayload(of credential: OpenBadgeCredential) -> CanonicalJSON {
        let subjectID = credential.subjectID
        var claims: [(key: String, value: CanonicalJSON)] = [
            ("iss", .string(credential.issuer.id)),
            ("jti", .string(credential.id)),
            ("sub", .string(subjectID)),
            ("nbf", .value(.integer(ISO8601.numericDate(credential.validFrom)))),
        ]
        if let validUntil = credential.validUntil { claims.append(("exp", .value(.integer(ISO8601.numericDate(validUntil))))) }
        return credential.canonical(subjectID: subjectID, extra: claims)
    }

    /// The compact JWS `header.payload.signature`. Deterministic: RS256 signatures of the same
    /// bytes with the same key are identical.
    /// - Throws: when the RSA operation fails.
    public func sign(_ credential: OpenBadgeCredential) throws -> String {
        try sign(payloadBytes: Self.canonicalPayload(of: credential).bytes(reservingCapacity: 16_384))
    }

    /// Signs any payload (for tests of the verifier and for other credential shapes).
    public func sign(payload: JSONValue) throws -> String {
        try sign(payloadBytes: payload.canonicalBytes)
    }

    private func sign(payloadBytes: [UInt8]) throws -> String {
        let signingInput = encodedHeader + "." + Base64URL.encode(payloadBytes)
        let signature = try key.signRS256(Array(signingInput.utf8))
        return signingInput + "." + Base64URL.encode(signature)
    }
}
