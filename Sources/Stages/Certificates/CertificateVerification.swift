import Credentials
import Foundation
import ProjectModel

/// Checks a certificate the way `deliverables verify` does: a signed credential against the
/// issuer's published keys, the project's issuer and its revocation list; or a printed
/// verification code against the published verification index.
public enum CertificateVerification {
    /// The issuer every credential of `project` names (`<website>/issuer.json`).
    public static func issuerID(of project: Project) -> String { CredentialBuilder.issuer(of: project).id }

    /// The revocations of `revocations.yaml` as the verifier wants them.
    public static func revocationList(_ revocations: [ProjectModel.Revocation]) -> RevocationList {
        var entries: [String: Credentials.Revocation] = [:]
        for revocation in revocations {
            entries[revocation.certificateID] = Credentials.Revocation(date: revocation.date.map(CredentialBuilder.midnight),
                                                                       reason: revocation.reason)
        }
        return RevocationList(entries: entries)
    }

    /// Verifies a VC-JWT: signature (key from `jwks`), issuer, dates, revocation.
    /// - Throws: when `jwks` is not a JWK set.
    public static func verify(jwt: String, jwks: [UInt8], issuer: String, revocations: [ProjectModel.Revocation],
                              now: Date = Date()) throws -> Verdict {
        let keys = try JWKSet.parse(jwks)
        let verifier = CredentialVerifier(keys: keys, expectedIssuer: issuer, revocations: revocationList(revocations))
        return verifier.verify(jwt: jwt.trimmingCharacters(in: .whitespacesAndNewlines), now: now)
    }

    /// Looks a printed code up in the published verification index.
    /// - Throws: when `index` is not a verification index.
    public static func check(code: String, index: [UInt8]) throws -> CodeCheck {
        try VerificationIndex.parse(index).check(code: code)
    }
}
