import Crypto
import Foundation
import XCTest
@testable import Credentials

final class SigningKeyTests: XCTestCase {
    private func opensslKey(_ arguments: [String], name: String) throws -> String {
        let openssl = try Shell.openssl()
        let path = try Shell.temporaryDirectory(for: self).appendingPathComponent(name).path
        let result = try Shell.run(openssl, arguments + ["-out", path])
        XCTAssertEqual(result.status, 0, result.error)
        return path
    }

    func testMissingVariableSaysHowToMakeAKey() {
        XCTAssertThrowsError(try SigningKey.loadFromEnvironment([:])) { error in
            XCTAssertEqual("\(error)", "set DELIVERABLES_SIGNING_KEY to the path of an RSA private key in PEM; "
                + "make one with `openssl genrsa -out issuer.pem 2048`")
        }
        XCTAssertThrowsError(try SigningKey.loadFromEnvironment(["DELIVERABLES_SIGNING_KEY": " "])) { error in
            XCTAssertEqual(error as? SigningKeyError, .variableNotSet("DELIVERABLES_SIGNING_KEY"))
        }
    }

    func testMissingFileIsUnreadable() {
        XCTAssertThrowsError(try SigningKey.loadFromEnvironment(["DELIVERABLES_SIGNING_KEY": "/nonexistent/issuer.pem"])) {
            XCTAssertEqual("\($0)", "/nonexistent/issuer.pem: cannot read the signing key: no such file")
        }
    }

    func testTextThatIsNotPEMIsRefused() throws {
        let path = try Shell.temporaryDirectory(for: self).appendingPathComponent("notes.txt").path
        try "just some notes".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try SigningKey.load(pemPath: path)) { error in
            XCTAssertEqual(error as? SigningKeyError, .notPEMRSAPrivateKey(path: path, detail: "no PEM header"))
        }
    }

    func testPublicKeyIsRefused() throws {
        let pem = try TestKeys.issuerKey().privateKey.publicKey.pemRepresentation
        XCTAssertThrowsError(try SigningKey.load(pem: pem, path: "public.pem")) { error in
            XCTAssertEqual("\(error)", "public.pem: not a PEM RSA private key (it is a public key; the private key is "
                + "needed); make one with `openssl genrsa -out issuer.pem 2048`")
        }
    }

    func testECKeyIsRefused() throws {
        let path = try opensslKey(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"], name: "ec.pem")
        XCTAssertThrowsError(try SigningKey.load(pemPath: path)) { error in
            XCTAssertEqual(error as? SigningKeyError, .notPEMRSAPrivateKey(path: path, detail: "not an RSA key, or damaged"))
        }
    }

    func testKeyUnder2048BitsIsRefused() throws {
        let small = try opensslKey(["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024"], name: "1024.pem")
        XCTAssertThrowsError(try SigningKey.load(pemPath: small)) { error in
            XCTAssertEqual(error as? SigningKeyError, .tooSmall(path: small, bits: 1024))
            XCTAssertTrue("\(error)".contains("too small (1024 bits)"), "\(error)")
        }
    }

    func testEncryptedKeyIsRefusedWithAWayOut() throws {
        let path = try opensslKey(["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-aes-128-cbc",
                                   "-pass", "pass:secret"], name: "encrypted.pem")
        XCTAssertThrowsError(try SigningKey.load(pemPath: path)) { error in
            XCTAssertEqual(error as? SigningKeyError, .encrypted(path: path))
        }
    }

    func testOpenSSLKeysLoadInPKCS8AndPKCS1() throws {
        let pkcs8 = try opensslKey(["genrsa"], name: "pkcs8.pem")
        let pkcs1 = try opensslKey(["genrsa", "-traditional"], name: "pkcs1.pem")
        XCTAssertTrue(try String(contentsOfFile: pkcs1, encoding: .utf8).contains("BEGIN RSA PRIVATE KEY"))
        for path in [pkcs8, pkcs1] {
            let key = try SigningKey.loadFromEnvironment(["DELIVERABLES_SIGNING_KEY": path])
            XCTAssertEqual(key.bitCount, 2048)
            let signer = CredentialSigner(key: key, keyID: key.keyID(directory: Fixtures.keyDirectory))
            let verifier = CredentialVerifier(keys: JWKSet(keys: [signer.publishedKey]), expectedIssuer: Fixtures.issuerID)
            let verdict = verifier.verify(jwt: try signer.sign(Fixtures.credential()), now: Fixtures.date("2028-01-01T00:00:00Z"))
            XCTAssertTrue(verdict.isValid, "\(verdict.reasons)")
        }
    }

    func testDescriptionsAndMirrorNeverShowKeyMaterial() throws {
        let key = try TestKeys.issuerKey()
        let secretTexts = [
            key.privateKey.pemRepresentation, key.privateKey.pkcs8PEMRepresentation,
            Hex.encode(key.privateKey.derRepresentation),
        ]
        // Every 16-character piece of the PEM bodies and of the DER in hex.
        let pieces = secretTexts.flatMap { text -> [String] in
            let body = text.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
            return stride(from: 0, to: body.count - 16, by: 16).map { String(body.dropFirst($0).prefix(16)) }
        }
        var dumped = ""
        dump(key, to: &dumped)
        var dumpedSigner = ""
        dump(try Fixtures.signer(), to: &dumpedSigner)
        let shown = [key.description, key.debugDescription, String(reflecting: key), "\(key)", dumped, dumpedSigner,
                     String(describing: try Fixtures.signer())]
        for text in shown {
            XCTAssertFalse(text.contains("PRIVATE KEY"), text)
            for piece in pieces { XCTAssertFalse(text.contains(piece), "key material in: \(text)") }
        }
        XCTAssertEqual(key.description, "SigningKey(RSA 2048 bits, thumbprint \(key.thumbprint))")
        XCTAssertEqual(Mirror(reflecting: key).children.compactMap(\.label), ["bitCount", "thumbprint"])
    }

    func testDerivedSecretsDependOnKeyAndPurpose() throws {
        let key = try TestKeys.issuerKey()
        XCTAssertEqual(key.derivedSecret(purpose: "codes"), key.derivedSecret(purpose: "codes"))
        XCTAssertNotEqual(key.derivedSecret(purpose: "codes"), key.derivedSecret(purpose: "salts"))
        XCTAssertNotEqual(key.derivedSecret(purpose: "codes"), try TestKeys.otherKey().derivedSecret(purpose: "codes"))
        XCTAssertEqual(key.derivedSecret(purpose: "codes").count, 32)
    }

    /// The construction salts and verification codes of issued credentials depend on: changing
    /// it would change every code already printed.
    func testDerivedSecretIsHMACOfThePurposeKeyedByTheKeysDERHash() throws {
        let key = try TestKeys.issuerKey()
        let keyHash = SHA256.hash(data: key.privateKey.derRepresentation)
        for purpose in ["identity-salt", "verification-code", ""] {
            let expected = HMAC<SHA256>.authenticationCode(for: Array(("deliverables\u{0}" + purpose).utf8),
                                                           using: SymmetricKey(data: keyHash))
            XCTAssertEqual(key.derivedSecret(purpose: purpose), Array(expected), purpose)
        }
    }
}
