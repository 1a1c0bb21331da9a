/// The credentials the issuer has withdrawn, by credential id (`urn:uuid:…`).
public struct RevocationList: Sendable, Hashable {
    public var entries: [String: Revocation]

    public init(entries: [String: Revocation] = [:]) { self.entries = entries }

    /// Revoked ids with neither date nor reason known.
    public init(revokedIDs: Set<String>) {
        self.entries = Dictionary(uniqueKeysWithValues: revokedIDs.map { ($0, Revocation(date: nil, reason: "")) })
    }

    public subscript(credentialID: String) -> Revocation? { entries[credentialID] }
}
