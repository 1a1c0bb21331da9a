import Foundation
import XCTest
@testable import Credentials

/// The whole path a certificates stage takes, as `Docs/credentials.md` shows it.
final class IssuingTests: XCTestCase {
    func testIssuedCredentialCodeAndQRCodeAllCheckOut() throws {
        let key = try TestKeys.issuerKey()
        let signer = CredentialSigner(key: key, keyID: key.keyID(directory: "https://example.eu/keys"))
        let id = CertificateID.make(participant: "P-IT-001", type: "full", activity: "SEM-IT")
        let holder = HashedIdentity.email("someone@example.org", salt: HashedIdentity.salt(
            forCertificate: id, secret: key.derivedSecret(purpose: "identity-salt")))
        var credential = Fixtures.credential()
        credential.id = id
        credential.holder = holder
        let jwt = try signer.sign(credential)
        let code = VerificationCode.make(certificateID: id, secret: key.derivedSecret(purpose: "verification-code"))
        let symbol = try QRCode.matrix(for: "https://example.eu/verify/#" + code.normalised)
        XCTAssertEqual(Array(try QRCode.png(for: symbol).prefix(8)), PNGEncoder.signature)
        XCTAssertTrue(try QRCode.svg(for: symbol, title: "Verify certificate \(code)").contains(code.formatted))
        var index = VerificationIndex()
        try index.add(VerificationRecord(code: code, certificateType: "full", issued: credential.validFrom))

        let website = try JWKSet.parse(JWKSet(keys: [signer.publishedKey]).jsonBytes)
        let verdict = CredentialVerifier(keys: website, expectedIssuer: Fixtures.issuerID)
            .verify(jwt: jwt, now: Fixtures.date("2028-01-01T00:00:00Z"))
        XCTAssertTrue(verdict.isValid, "\(verdict.reasons)")
        XCTAssertEqual(verdict.credentialID, id)
        XCTAssertEqual(try VerificationIndex.parse(index.jsonBytes).check(code: code.formatted).sentence,
                       "valid: full certificate issued on 2027-04-07")
        // A rebuild gives the same bytes.
        XCTAssertEqual(try signer.sign(credential), jwt)
    }
}
