/// Signs credentials as VC-JWT (a compact JWS) with RS256, as Open Badges 3.0 §8.2 describes:
/// the payload is the credential plus the claims `iss`, `jti`, `nbf`, `sub` and, when the
/// credential expires, `exp`.
public struct CredentialSigner: Sendable {
    public let key: SigningKey
    /// The `kid` header: a URI resolving to `publishedKey` in the issuer's JWK set.
    public let keyID: String

    public init(key: SigningKey, keyID: String) {
        self.key = key
        self.keyID = keyID
    }

    /// The public key with its `kid`, to publish in the issuer's JWK set.
    public var publishedKey: PublicJWK { key.publicKey.with(keyID: keyID) }

    /// The JOSE header: `{"alg":"RS256","kid":…,"typ":"JWT"}`.
    public var header: JSONValue { ["alg": "RS256", "kid": .string(keyID), "typ": "JWT"] }

    /// The JWT payload of `credential`: its JSON with the registered claims added.
    public static func payload(of credential: OpenBadgeCredential) -> JSONValue {
        let subjectID = credential.subjectID
        var members = credential.jsonMembers(subjectID: subjectID, extraCapacity: 5)
        members["iss"] = .string(credential.issuer.id)
        members["jti"] = .string(credential.id)
        members["sub"] = .string(subjectID)
        members["nbf"] = .integer(ISO8601.numericDate(credential.validFrom))
        if let validUntil = credential.validUntil { members["exp"] = .integer(ISO8601.numericDate(validUntil)) }
        return .object(members)
    }

    /// The compact JWS `header.payload.signature`. Deterministic: RS256 signatures of the same
    /// bytes with the same key are identical.
    /// - Throws: when the RSA operation fails.
    public func sign(_ credential: OpenBadgeCredential) throws -> String {
        try sign(payload: Self.payload(of: credential))
    }

    /// Signs any payload (for tests of the verifier and for other credential shapes).
    public func sign(payload: JSONValue) throws -> String {
        let signingInput = Base64URL.encode(header.canonicalBytes) + "." + Base64URL.encode(payload.canonicalBytes)
        let signature = try key.signRS256(Array(signingInput.utf8))
        return signingInput + "." + Base64URL.encode(signature)
    }
}
