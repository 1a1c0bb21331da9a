import Foundation
import XCTest
@testable import Credentials

/// One RSA key per test run (generating 2048-bit keys takes a noticeable fraction of a second).
enum TestKeys {
    static let issuer: SigningKey? = try? SigningKey.generateForTesting(bits: 2048)
    static let other: SigningKey? = try? SigningKey.generateForTesting(bits: 2048)

    static func issuerKey(file: StaticString = #filePath, line: UInt = #line) throws -> SigningKey {
        try XCTUnwrap(issuer, "could not generate an RSA key", file: file, line: line)
    }

    static func otherKey(file: StaticString = #filePath, line: UInt = #line) throws -> SigningKey {
        try XCTUnwrap(other, "could not generate an RSA key", file: file, line: line)
    }
}

enum Fixtures {
    static let issuerID = "https://digitrainers.example.eu/issuer.json"
    static let keyDirectory = "https://digitrainers.example.eu/keys/"
    static let email = "Maria.Rossi@Example.org"
    static let validFrom = date("2027-04-07T00:00:00Z")
    static let validUntil = date("2032-04-07T00:00:00Z")

    static func date(_ text: String) -> Date {
        guard let date = ISO8601DateFormatter().date(from: text) else { preconditionFailure("bad date \(text)") }
        return date
    }

    static let issuer = IssuerProfile(id: issuerID, name: "DigiTrainers Consortium",
                                      url: "https://digitrainers.example.eu/", email: "certificates@example.eu")

    static let levels: [(code: String, name: String)] = [
        ("A1", "Newcomer"), ("A2", "Explorer"), ("B1", "Integrator"), ("B2", "Expert"), ("C1", "Leader"), ("C2", "Pioneer"),
    ]

    static func credential(participant: String = "P-IT-001", validUntil: Date? = Fixtures.validUntil) -> OpenBadgeCredential {
        let id = CertificateID.make(participant: participant, type: "full-certification", activity: "SEM-IT")
        let rubric = ResultDescription.rubric(
            id: "https://digitrainers.example.eu/achievements/full#competence-2.3",
            name: "Proficiency in DigCompEdu 2.3 Managing, protecting and sharing", levels: levels, required: "B1")
        let achievement = Achievement(
            id: "https://digitrainers.example.eu/achievements/full",
            name: "Certified ICT trainer", description: "Full certification of the common training programme.",
            achievementType: "Certificate",
            criteriaNarrative: "Attend at least 80 % of the hours and reach B1 in three competences.",
            alignments: [
                .digCompEdu(code: "2.3", name: "Managing, protecting and sharing",
                            url: "https://joint-research-centre.ec.europa.eu/digcompedu/digcompedu-framework_en"),
                .eqfLevel(5), .ecvetPoints("12"),
            ],
            resultDescriptions: [rubric], language: "en")
        return OpenBadgeCredential(
            id: id, name: "Certified ICT trainer", issuer: issuer, validFrom: validFrom, validUntil: validUntil,
            holder: .email(email, salt: HashedIdentity.salt(forCertificate: id, secret: Array("test secret".utf8))),
            achievement: achievement,
            results: [AchievementResult(resultDescription: rubric.id,
                                        achievedLevel: ResultDescription.levelID(rubric.id, "B2"), status: .completed)],
            credentialSchema: [.openBadgeCredential])
    }

    static func signer() throws -> CredentialSigner {
        let key = try TestKeys.issuerKey()
        return CredentialSigner(key: key, keyID: key.keyID(directory: keyDirectory))
    }

    static func verifier(revocations: RevocationList = RevocationList()) throws -> CredentialVerifier {
        CredentialVerifier(keys: JWKSet(keys: [try signer().publishedKey]), expectedIssuer: issuerID,
                           revocations: revocations)
    }
}
