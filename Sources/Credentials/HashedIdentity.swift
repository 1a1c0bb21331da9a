import Foundation
import Crypto

/// The holder's identity as Open Badges carries it without disclosing it: an `IdentityObject`
/// whose `identityHash` is `sha256$` + hex(SHA-256(e-mail + salt)).
///
/// The e-mail is trimmed and lower-cased before hashing, so a verifier who is told the address
/// and the salt can recompute the hash whatever case the holder typed.
public struct HashedIdentity: Sendable, Hashable {
    /// `sha256$` followed by 64 lower-case hex digits.
    public var identityHash: String
    public var salt: String

    /// Hashes `email` with `salt`.
    public static func email(_ email: String, salt: String) -> HashedIdentity {
        let normalised = trimmed(email).lowercased()
        let digest = SHA256.hash(data: Array((normalised + salt).utf8))
        return HashedIdentity(identityHash: "sha256$" + Hex.encode(digest), salt: salt)
    }

    /// `text` without leading and trailing `.whitespacesAndNewlines`. An address that starts and
    /// ends with a printable ASCII character (the usual case) has nothing to trim, which a look at
    /// its first and last bytes tells without Foundation's `NSString` round trip.
    static func trimmed(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last,
           (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return text
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A per-credential salt: 32 hex digits of HMAC-SHA256(secret, certificate id). Deterministic
    /// (rebuilds give the same credential) but not guessable without the secret.
    public static func salt(forCertificate certificateID: String, secret: [UInt8]) -> String {
        let mac = HMACSHA256.authenticationCode(for: Array(("salt\u{0}" + certificateID).utf8), key: secret)
        return Hex.encode(mac.prefix(16))
    }

    /// The credential subject's `id` (the JWT `sub`): a `urn:uuid:` derived from the salted hash,
    /// never from the e-mail or the name.
    public var subjectID: String {
        "urn:uuid:" + NameBasedUUID.make(namespace: NameBasedUUID.subjectNamespace, name: Array(identityHash.utf8))
    }

    var json: JSONValue { canonical.jsonValue }

    var canonical: CanonicalJSON {
        .object([  // in key order, which leaves nothing to sort when written
            ("hashed", .value(.bool(true))),
            ("identityHash", .string(identityHash)),
            ("identityType", .string("emailAddress")),
            ("salt", .string(salt)),
            ("type", .string("IdentityObject")),
        ])
    }
}
