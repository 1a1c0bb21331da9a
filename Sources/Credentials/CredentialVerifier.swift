import Foundation
import _CryptoExtras

/// Verifies VC-JWT Open Badges credentials against the issuer's published keys (Open Badges 3.0
/// §8.2.6), its revocation list and the clock.
public struct CredentialVerifier: Sendable {
    public let keys: JWKSet
    /// The issuer id (`iss` and `issuer.id`) the credential must carry.
    public var expectedIssuer: String
    public var revocations: RevocationList
    /// The published keys made usable once, by `kid`: a key that is not is kept with the reason.
    private let usableKeys: [String: Result<_RSA.Signing.PublicKey, JWKError>]

    public init(keys: JWKSet, expectedIssuer: String, revocations: RevocationList = RevocationList()) {
        self.keys = keys
        self.expectedIssuer = expectedIssuer
        self.revocations = revocations
        var usable: [String: Result<_RSA.Signing.PublicKey, JWKError>] = [:]
        for key in keys.keys {
            guard let keyID = key.keyID, usable[keyID] == nil else { continue }
            do {
                usable[keyID] = .success(try key.rsaPublicKey())
            } catch let error as JWKError {
                usable[keyID] = .failure(error)
            } catch {
                usable[keyID] = .failure(JWKError("\(error)"))
            }
        }
        self.usableKeys = usable
    }

    /// Verifies `jwt` as of `now`. Never throws: every problem becomes a reason in the verdict.
    /// Claims are checked only once the signature holds.
    public func verify(jwt: String, now: Date = Date()) -> Verdict {
        let parts = jwt.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else {
            return Verdict(reasons: ["not a signed credential: expected three base64url parts separated by dots"])
        }
        guard let headerBytes = Base64URL.decode(parts[0]), let header = try? JSONValue.parse(headerBytes),
              header.objectValue != nil
        else { return Verdict(reasons: ["the token header is not base64url-encoded JSON"]) }

        let alg = header["alg"]?.stringValue ?? ""
        guard alg == "RS256" else {
            let reason = alg.lowercased() == "none" || alg.isEmpty
                ? "the token is unsigned (alg \"\(alg.isEmpty ? "missing" : alg)\"); only RS256 is accepted"
                : "the token is signed with \(alg); only RS256 is accepted"
            return Verdict(reasons: [reason])
        }
        if let type = header["typ"]?.stringValue, type != "JWT" {
            return Verdict(reasons: ["the token type is \"\(type)\", not \"JWT\""])
        }
        if header["crit"] != nil {
            return Verdict(reasons: ["the token has critical header extensions this verifier does not know"])
        }
        guard let keyID = header["kid"]?.stringValue else {
            return Verdict(reasons: ["the token does not name its key (kid)"])
        }
        let publicKey: _RSA.Signing.PublicKey
        switch usableKeys[keyID] {
        case nil:
            return Verdict(reasons: ["the key \(keyID) is not one of the issuer's published keys"])
        case .failure(let error):
            return Verdict(reasons: ["the published key \(keyID) is unusable: \(error)"])
        case .success(let key):
            publicKey = key
        }
        guard !parts[2].isEmpty, let signatureBytes = Base64URL.decode(parts[2]) else {
            return Verdict(reasons: ["the signature is missing or not base64url"])
        }
        let signingInput = Array((parts[0] + "." + parts[1]).utf8)
        let signature = _RSA.Signing.RSASignature(rawRepresentation: signatureBytes)
        guard publicKey.isValidSignature(signature, for: signingInput, padding: .insecurePKCS1v1_5) else {
            return Verdict(reasons: ["signature does not match the issuer's key"])
        }
        guard let payloadBytes = Base64URL.decode(parts[1]), let payload = try? JSONValue.parse(payloadBytes),
              payload.objectValue != nil
        else { return Verdict(reasons: ["the signed payload is not a JSON object"]) }

        let credentialID = payload["id"]?.stringValue
        var reasons = Self.structuralProblems(of: payload)
        reasons += claimProblems(of: payload, now: now)
        if let credentialID, let revocation = revocations[credentialID] {
            reasons.append(revocation.sentence)
        }
        return Verdict(reasons: reasons, credentialID: credentialID, payload: payload)
    }

    /// Checks that the payload is an Open Badges 3.0 credential.
    static func structuralProblems(of payload: JSONValue) -> [String] {
        var reasons: [String] = []
        let contexts = payload["@context"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if Array(contexts.prefix(2)) != OpenBadgeCredential.contexts {
            reasons.append("the @context does not start with the VC 2.0 and Open Badges 3.0 contexts")
        }
        let types = Set(payload["type"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        if !types.isSuperset(of: OpenBadgeCredential.types) {
            reasons.append("the credential is not typed VerifiableCredential and OpenBadgeCredential")
        }
        if payload["id"]?.stringValue == nil { reasons.append("the credential has no id") }
        let subject = payload["credentialSubject"]
        let subjectTypes = subject?["type"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if !subjectTypes.contains("AchievementSubject") {
            reasons.append("the credential subject is not an AchievementSubject")
        }
        if subject?["achievement"]?.objectValue == nil { reasons.append("the credential names no achievement") }
        if subject?["id"] == nil && subject?["identifier"] == nil {
            reasons.append("the credential subject has neither an id nor an identifier")
        }
        return reasons
    }

    /// Checks the JWT claims against the credential, the expected issuer and the clock.
    func claimProblems(of payload: JSONValue, now: Date) -> [String] {
        var reasons: [String] = []
        let issuerID = payload["issuer"]?.stringValue ?? payload["issuer"]?["id"]?.stringValue
        let iss = payload["iss"]?.stringValue
        if iss != expectedIssuer {
            reasons.append("issued by \(iss ?? "an unnamed issuer"), not by \(expectedIssuer)")
        }
        if issuerID != iss { reasons.append("the iss claim differs from the credential's issuer") }
        if payload["jti"]?.stringValue != payload["id"]?.stringValue {
            reasons.append("the jti claim differs from the credential id")
        }
        if payload["sub"]?.stringValue != payload["credentialSubject"]?["id"]?.stringValue {
            reasons.append("the sub claim differs from the credential subject's id")
        }
        let validFrom = payload["validFrom"]?.stringValue.flatMap(ISO8601.parse)
        if let nbf = payload["nbf"]?.integerValue {
            if let validFrom, ISO8601.numericDate(validFrom) != nbf {
                reasons.append("the nbf claim differs from validFrom")
            }
            if Double(nbf) > now.timeIntervalSince1970 {
                reasons.append("not valid before \(ISO8601.dateTime(Date(timeIntervalSince1970: Double(nbf))))")
            }
        } else {
            reasons.append("the token has no nbf claim")
        }
        if validFrom == nil { reasons.append("the credential has no valid validFrom date") }
        let validUntil = payload["validUntil"]?.stringValue.flatMap(ISO8601.parse)
        let exp = payload["exp"]?.integerValue
        if let exp {
            if let validUntil, ISO8601.numericDate(validUntil) != exp {
                reasons.append("the exp claim differs from validUntil")
            }
            if Double(exp) <= now.timeIntervalSince1970 {
                reasons.append("expired on \(ISO8601.dateTime(Date(timeIntervalSince1970: Double(exp))))")
            }
        } else if validUntil != nil {
            reasons.append("the credential has a validUntil date but the token no exp claim")
        }
        return reasons
    }
}
