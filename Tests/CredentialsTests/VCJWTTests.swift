import Foundation
import XCTest
@testable import Credentials

final class VCJWTTests: XCTestCase {
    private let duringValidity = Fixtures.date("2028-01-01T00:00:00Z")

    private func signed(_ credential: OpenBadgeCredential = Fixtures.credential()) throws -> String {
        try Fixtures.signer().sign(credential)
    }

    private func segments(_ jwt: String) -> [String] { jwt.split(separator: ".", omittingEmptySubsequences: false).map(String.init) }

    private func decodedJSON(_ segment: String) throws -> JSONValue {
        try JSONValue.parse(try XCTUnwrap(Base64URL.decode(segment)))
    }

    func testSignedCredentialVerifiesWithTheIssuersKey() throws {
        let verdict = try Fixtures.verifier().verify(jwt: try signed(), now: duringValidity)
        XCTAssertTrue(verdict.isValid, "\(verdict.reasons)")
        XCTAssertEqual(verdict.credentialID, Fixtures.credential().id)
    }

    func testHeaderIsRS256WithKeyIDAndType() throws {
        let header = try decodedJSON(segments(try signed())[0])
        let key = try TestKeys.issuerKey()
        XCTAssertEqual(header, ["alg": "RS256", "typ": "JWT", "kid": .string("https://digitrainers.example.eu/keys/" + key.thumbprint + ".json")])
    }

    func testPayloadIsTheCredentialWithTheRegisteredClaims() throws {
        let credential = Fixtures.credential()
        let payload = try decodedJSON(segments(try signed(credential))[1])
        XCTAssertEqual(payload["iss"], .string(Fixtures.issuerID))
        XCTAssertEqual(payload["jti"], .string(credential.id))
        XCTAssertEqual(payload["sub"], .string(credential.subjectID))
        XCTAssertEqual(payload["nbf"], .integer(1_807_056_000))  // 2027-04-07T00:00:00Z
        XCTAssertEqual(payload["exp"], .integer(1_964_908_800))  // 2032-04-07T00:00:00Z
        guard case .object(var members) = payload else { return XCTFail("payload is not an object") }
        for claim in ["iss", "jti", "sub", "nbf", "exp"] { members[claim] = nil }
        XCTAssertEqual(JSONValue.object(members), credential.json)
    }

    func testNoExpClaimWithoutValidUntil() throws {
        let payload = try decodedJSON(segments(try signed(Fixtures.credential(validUntil: nil)))[1])
        XCTAssertNil(payload["exp"])
    }

    func testSigningIsDeterministic() throws {
        XCTAssertEqual(try signed(), try signed())
    }

    func testChangingOneCharacterOfThePayloadBreaksTheSignature() throws {
        var parts = segments(try signed())
        var payload = Array(parts[1])
        let middle = payload.count / 2
        payload[middle] = payload[middle] == "A" ? "B" : "A"
        parts[1] = String(payload)
        let verdict = try Fixtures.verifier().verify(jwt: parts.joined(separator: "."), now: duringValidity)
        XCTAssertFalse(verdict.isValid)
        XCTAssertEqual(verdict.reasons, ["signature does not match the issuer's key"])
        XCTAssertNil(verdict.payload)
    }

    func testAnotherKeyUnderTheIssuersKeyIDFails() throws {
        let forger = CredentialSigner(key: try TestKeys.otherKey(), keyID: try Fixtures.signer().keyID)
        let verdict = try Fixtures.verifier().verify(jwt: try forger.sign(Fixtures.credential()), now: duringValidity)
        XCTAssertEqual(verdict.reasons, ["signature does not match the issuer's key"])
    }

    func testUnknownKeyIDFails() throws {
        let stranger = CredentialSigner(key: try TestKeys.otherKey(), keyID: "https://elsewhere.example/keys#1")
        let verdict = try Fixtures.verifier().verify(jwt: try stranger.sign(Fixtures.credential()), now: duringValidity)
        XCTAssertEqual(verdict.reasons, ["the key https://elsewhere.example/keys#1 is not one of the issuer's published keys"])
    }

    func testUnsignedTokenWithAlgNoneIsRefused() throws {
        let parts = segments(try signed())
        let none = Base64URL.encode((["alg": "none", "typ": "JWT"] as JSONValue).canonicalBytes)
        for jwt in [none + "." + parts[1] + ".", none + "." + parts[1] + "." + parts[2]] {
            let verdict = try Fixtures.verifier().verify(jwt: jwt, now: duringValidity)
            XCTAssertFalse(verdict.isValid)
            XCTAssertEqual(verdict.reasons.first?.contains("unsigned"), true, "\(verdict.reasons)")
        }
    }

    func testOtherAlgorithmsAreRefused() throws {
        let parts = segments(try signed())
        let header = Base64URL.encode((["alg": "HS256", "typ": "JWT", "kid": "x"] as JSONValue).canonicalBytes)
        let verdict = try Fixtures.verifier().verify(jwt: header + "." + parts[1] + "." + parts[2], now: duringValidity)
        XCTAssertEqual(verdict.reasons, ["the token is signed with HS256; only RS256 is accepted"])
    }

    func testMalformedTokensAreRefusedWithoutCrashing() throws {
        let verifier = try Fixtures.verifier()
        for jwt in ["", "abc", "a.b", "a.b.c.d", "!!.??.**", "e30.e30.e30"] {
            XCTAssertFalse(verifier.verify(jwt: jwt, now: duringValidity).isValid, jwt)
        }
    }

    func testRevokedCredentialFailsWithDateAndReason() throws {
        let credential = Fixtures.credential()
        let revocations = RevocationList(entries: [
            credential.id: Revocation(date: Fixtures.date("2027-06-01T00:00:00Z"), reason: "attendance record corrected"),
        ])
        let verdict = try Fixtures.verifier(revocations: revocations).verify(jwt: try signed(credential), now: duringValidity)
        XCTAssertEqual(verdict.reasons, ["revoked on 2027-06-01: attendance record corrected"])
    }

    func testRevokedBySetOfIDsFails() throws {
        let credential = Fixtures.credential()
        let verdict = try Fixtures.verifier(revocations: RevocationList(revokedIDs: [credential.id]))
            .verify(jwt: try signed(credential), now: duringValidity)
        XCTAssertEqual(verdict.reasons, ["revoked"])
    }

    func testCredentialIsNotValidBeforeValidFrom() throws {
        let verdict = try Fixtures.verifier().verify(jwt: try signed(), now: Fixtures.date("2027-04-06T23:59:59Z"))
        XCTAssertEqual(verdict.reasons, ["not valid before 2027-04-07T00:00:00Z"])
    }

    func testCredentialExpiresAtValidUntil() throws {
        let verdict = try Fixtures.verifier().verify(jwt: try signed(), now: Fixtures.date("2032-04-07T00:00:00Z"))
        XCTAssertEqual(verdict.reasons, ["expired on 2032-04-07T00:00:00Z"])
    }

    func testAnotherExpectedIssuerFails() throws {
        var verifier = try Fixtures.verifier()
        verifier.expectedIssuer = "https://other.example/issuer"
        let verdict = verifier.verify(jwt: try signed(), now: duringValidity)
        XCTAssertEqual(verdict.reasons, ["issued by \(Fixtures.issuerID), not by https://other.example/issuer"])
    }

    func testClaimsThatContradictTheCredentialFail() throws {
        let credential = Fixtures.credential()
        guard case .object(var payload) = CredentialSigner.payload(of: credential) else { return XCTFail() }
        payload["sub"] = "urn:uuid:00000000-0000-5000-8000-000000000000"
        payload["jti"] = "urn:uuid:11111111-1111-5111-8111-111111111111"
        payload["nbf"] = .integer(1_807_056_001)
        let jwt = try Fixtures.signer().sign(payload: .object(payload))
        let verdict = try Fixtures.verifier().verify(jwt: jwt, now: duringValidity)
        XCTAssertEqual(Set(verdict.reasons), [
            "the jti claim differs from the credential id", "the sub claim differs from the credential subject's id",
            "the nbf claim differs from validFrom",
        ])
    }

    func testSignedPayloadThatIsNotAnOpenBadgeIsRefused() throws {
        let jwt = try Fixtures.signer().sign(payload: [
            "@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
            "iss": .string(Fixtures.issuerID), "issuer": .string(Fixtures.issuerID), "nbf": 0,
            "validFrom": "1970-01-01T00:00:00Z",
        ])
        let reasons = try Fixtures.verifier().verify(jwt: jwt, now: duringValidity).reasons
        XCTAssertTrue(reasons.contains("the @context does not start with the VC 2.0 and Open Badges 3.0 contexts"))
        XCTAssertTrue(reasons.contains("the credential is not typed VerifiableCredential and OpenBadgeCredential"))
        XCTAssertTrue(reasons.contains("the credential subject is not an AchievementSubject"))
    }

    func testOpenSSLAcceptsTheRS256Signature() throws {
        let openssl = try Shell.openssl()
        let key = try TestKeys.issuerKey()
        let parts = segments(try signed())
        let directory = try Shell.temporaryDirectory(for: self)
        let publicPEM = directory.appendingPathComponent("public.pem")
        let input = directory.appendingPathComponent("input")
        let signature = directory.appendingPathComponent("signature")
        try key.privateKey.publicKey.pemRepresentation.write(to: publicPEM, atomically: true, encoding: .utf8)
        try Data((parts[0] + "." + parts[1]).utf8).write(to: input)
        try Data(try XCTUnwrap(Base64URL.decode(parts[2]))).write(to: signature)
        let result = try Shell.run(openssl, ["dgst", "-sha256", "-verify", publicPEM.path, "-signature", signature.path, input.path])
        XCTAssertEqual(result.status, 0, result.output + result.error)
        XCTAssertTrue(result.output.contains("Verified OK"), result.output)
    }
}
