/// Stable certificate identifiers: the same participant, certificate type and activity always
/// give the same `urn:uuid:`, so a rebuild never issues a different id for the same award.
public enum CertificateID {
    /// A `urn:uuid:` (UUID version 5) derived from the three ids.
    ///
    /// Each id is length-prefixed before hashing, so `("ab", "c")` and `("a", "bc")` differ.
    public static func make(participant: String, type: String, activity: String) -> String {
        var name: [UInt8] = []
        for part in [participant, type, activity] {
            name.append(contentsOf: "\(part.utf8.count):".utf8)
            name.append(contentsOf: part.utf8)
        }
        return "urn:uuid:" + NameBasedUUID.make(namespace: NameBasedUUID.certificateNamespace, name: name)
    }
}
