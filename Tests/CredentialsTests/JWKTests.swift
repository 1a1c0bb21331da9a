import Foundation
import XCTest
@testable import Credentials

final class JWKTests: XCTestCase {
    func testPublishedKeySetRoundTripsAndVerifies() throws {
        let signer = try Fixtures.signer()
        let published = JWKSet(keys: [signer.publishedKey]).jsonBytes
        let reread = try JWKSet.parse(published)
        let verifier = CredentialVerifier(keys: reread, expectedIssuer: Fixtures.issuerID)
        let verdict = verifier.verify(jwt: try signer.sign(Fixtures.credential()), now: Fixtures.date("2028-01-01T00:00:00Z"))
        XCTAssertTrue(verdict.isValid, "\(verdict.reasons)")
    }

    func testJWKHasRSAPublicMembersOnly() throws {
        let signer = try Fixtures.signer()
        let json = signer.publishedKey.json
        XCTAssertEqual(Set(json.objectValue?.keys.map { $0 } ?? []), ["kty", "n", "e", "kid", "alg", "use"])
        XCTAssertEqual(json["kty"], "RSA")
        XCTAssertEqual(json["alg"], "RS256")
        XCTAssertEqual(json["use"], "sig")
        XCTAssertEqual(json["e"], "AQAB")
        XCTAssertEqual(json["kid"], .string(signer.keyID))
        XCTAssertEqual(Base64URL.decode(try XCTUnwrap(json["n"]?.stringValue))?.count, 256)
    }

    func testModulusAndExponentMatchOpenSSL() throws {
        let openssl = try Shell.openssl()
        let key = try TestKeys.issuerKey()
        let directory = try Shell.temporaryDirectory(for: self)
        let publicPEM = directory.appendingPathComponent("public.pem")
        try key.privateKey.publicKey.pemRepresentation.write(to: publicPEM, atomically: true, encoding: .utf8)
        let result = try Shell.run(openssl, ["rsa", "-pubin", "-in", publicPEM.path, "-noout", "-modulus"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(result.output.trimmingCharacters(in: .whitespacesAndNewlines),
                       "Modulus=" + Hex.encode(key.publicKey.modulus).uppercased())
    }

    func testThumbprintFollowsRFC7638() {
        // RFC 7638 §3.1 example key and thumbprint.
        let n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"
        let jwk = PublicJWK(modulus: Base64URL.decode(n) ?? [], exponent: [1, 0, 1])
        XCTAssertEqual(jwk.thumbprint, "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs")
    }

    func testKeySetWithAPrivateKeyIsRefused() {
        let bytes = Array(#"{"keys":[{"kty":"RSA","n":"AQAB","e":"AQAB","d":"AQAB"}]}"#.utf8)
        XCTAssertThrowsError(try JWKSet.parse(bytes)) { error in
            XCTAssertEqual("\(error)", "the key set holds a private key (d); never publish it")
        }
    }
}

extension JWKTests {
    func testBareJWKPublishedAtItsKeyIDReadsBack() throws {
        let signer = try Fixtures.signer()
        XCTAssertTrue(signer.keyID.hasSuffix("/" + signer.key.thumbprint + ".json"))
        let reread = try PublicJWK(json: try JSONValue.parse(signer.publishedKey.jsonBytes))
        XCTAssertEqual(reread, signer.publishedKey)
    }
}
