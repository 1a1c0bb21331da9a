import Foundation
import ProjectModel
import Stages
import TestSupport
import XCTest

/// The signed credentials, the issuer's keys, the verification index and the QR codes of a build
/// of the real input.
final class CertificatesCredentialTests: XCTestCase {
    /// A day after every shipped seminar, so credentials are in date.
    private static let afterTheSeminars = Date(timeIntervalSince1970: 1_811_000_000)  // 2027-05-23

    private func payload(of jwt: String) throws -> [String: Any] {
        let parts = jwt.split(separator: ".")
        XCTAssertEqual(parts.count, 3)
        var base64 = String(parts[1]).replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        let data = try XCTUnwrap(Data(base64Encoded: base64))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Flips one bit of one byte of the payload (re-encoded, so the token still parses).
    private func tampered(_ jwt: String) throws -> String {
        var parts = jwt.split(separator: ".").map(String.init)
        var base64 = parts[1].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        var bytes = [UInt8](try XCTUnwrap(Data(base64Encoded: base64)))
        let index = try XCTUnwrap(bytes.firstIndex(of: UInt8(ascii: "2")))  // a digit of a date
        bytes[index] = UInt8(ascii: "3")
        parts[1] = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return parts.joined(separator: ".")
    }

    func testTheCredentialHasEveryFieldOpenBadgesRequires() async throws {
        let fixture = try await CertificatesFixture.get()
        let jwt = try fixture.text("certificates/SEM-RO/P-RO-01/CT-FULL.jwt")
        let claims = try payload(of: jwt)
        XCTAssertEqual(claims["@context"] as? [String], ["https://www.w3.org/ns/credentials/v2",
                                                         "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"])
        XCTAssertEqual(claims["type"] as? [String], ["VerifiableCredential", "OpenBadgeCredential"])
        let id = try XCTUnwrap(claims["id"] as? String)
        XCTAssertTrue(id.hasPrefix("urn:uuid:"))
        XCTAssertEqual(claims["jti"] as? String, id)
        let issuer = try XCTUnwrap(claims["issuer"] as? [String: Any])
        XCTAssertEqual(issuer["type"] as? [String], ["Profile"])
        XCTAssertEqual(issuer["id"] as? String, CertificateVerification.issuerID(of: fixture.data.project))
        XCTAssertEqual(claims["iss"] as? String, issuer["id"] as? String)
        XCTAssertEqual(claims["validFrom"] as? String, "2027-05-13T00:00:00Z", "the last day of SEM-RO")
        XCTAssertNotNil(claims["nbf"])
        let subject = try XCTUnwrap(claims["credentialSubject"] as? [String: Any])
        XCTAssertEqual(subject["type"] as? [String], ["AchievementSubject"])
        XCTAssertEqual(claims["sub"] as? String, subject["id"] as? String)
        XCTAssertNotNil(subject["identifier"])
        let achievement = try XCTUnwrap(subject["achievement"] as? [String: Any])
        XCTAssertEqual(achievement["type"] as? [String], ["Achievement"])
        XCTAssertEqual(achievement["achievementType"] as? String, "Certification")
        XCTAssertNotNil(achievement["name"] as? String)
        XCTAssertNotNil(achievement["description"] as? String)
        XCTAssertNotNil((achievement["criteria"] as? [String: Any])?["narrative"])
        let alignments = try XCTUnwrap(achievement["alignment"] as? [[String: Any]])
        XCTAssertTrue(alignments.contains { $0["targetFramework"] as? String == "DigCompEdu" && $0["targetCode"] as? String == "1.1" })
        XCTAssertTrue(alignments.contains { $0["targetType"] as? String == "ext:EQFLevel" && $0["targetCode"] as? String == "5" })
        XCTAssertTrue(alignments.contains { $0["targetType"] as? String == "ext:ECVETPoints" })
        let results = try XCTUnwrap(subject["result"] as? [[String: Any]])
        XCTAssertFalse(results.isEmpty)
        // No name or e-mail in the credential.
        let participant = try XCTUnwrap(fixture.data.participants.first { $0.id == "P-RO-01" })
        XCTAssertFalse(jwt.contains(participant.email))
        let json = String(decoding: try JSONSerialization.data(withJSONObject: claims), as: UTF8.self)
        XCTAssertFalse(json.contains(participant.familyName))
        XCTAssertFalse(json.contains(participant.email))
    }

    func testTheCredentialVerifiesAndFailsAfterOneByteOfThePayloadChanges() async throws {
        let fixture = try await CertificatesFixture.get()
        let jwt = try fixture.text("certificates/SEM-PT/P-PT-01/CT-UNIT.jwt")
        let jwks = try fixture.bytes("certificates/issuer/jwks.json")
        let issuer = CertificateVerification.issuerID(of: fixture.data.project)
        let good = try CertificateVerification.verify(jwt: jwt, jwks: jwks, issuer: issuer, revocations: [],
                                                      now: Self.afterTheSeminars)
        XCTAssertTrue(good.isValid, "\(good.reasons)")
        let bad = try CertificateVerification.verify(jwt: try tampered(jwt), jwks: jwks, issuer: issuer, revocations: [],
                                                     now: Self.afterTheSeminars)
        XCTAssertFalse(bad.isValid)
        XCTAssertEqual(bad.reasons, ["signature does not match the issuer's key"])
        let early = try CertificateVerification.verify(jwt: jwt, jwks: jwks, issuer: issuer, revocations: [],
                                                       now: Date(timeIntervalSince1970: 1_767_225_600))
        XCTAssertFalse(early.isValid, "not valid before the seminar's last day")
    }

    func testARevokedCertificateFailsVerification() async throws {
        let fixture = try await CertificatesFixture.get()
        let jwt = try fixture.text("certificates/SEM-PT/P-PT-01/CT-UNIT.jwt")
        let id = try XCTUnwrap(try payload(of: jwt)["id"] as? String)
        var revocation = Revocation()
        revocation.certificateID = id
        revocation.reason = "Issued in error"
        revocation.date = CalendarDate("2027-05-20")
        let verdict = try CertificateVerification.verify(
            jwt: jwt, jwks: try fixture.bytes("certificates/issuer/jwks.json"),
            issuer: CertificateVerification.issuerID(of: fixture.data.project), revocations: [revocation],
            now: Self.afterTheSeminars)
        XCTAssertFalse(verdict.isValid)
        XCTAssertTrue(verdict.reasons.contains { $0.contains("revoked on 2027-05-20: Issued in error") }, "\(verdict.reasons)")
    }

    func testThePrintedCodeIsFoundInTheVerificationIndex() async throws {
        let fixture = try await CertificatesFixture.get()
        let html = try fixture.text("certificates/SEM-PT/P-PT-01/CT-UNIT.html")
        let code = try XCTUnwrap(html.firstMatch(of: /[0-9A-Z]{5}-[0-9A-Z]{5}/).map { String($0.output) })
        let index = try fixture.bytes("certificates/verification-index.json")
        let check = try CertificateVerification.check(code: code, index: index)
        guard case .valid(let record) = check else { return XCTFail("\(code): \(check.sentence)") }
        XCTAssertEqual(record.certificateType, "CT-UNIT")
        XCTAssertEqual(record.issued, "2027-04-28")
        XCTAssertEqual(try CertificateVerification.check(code: "ABCDE-FGHJK", index: index), .malformed)
    }

    func testNoNameOrEmailIsPublished() async throws {
        let fixture = try await CertificatesFixture.get()
        let published = try fixture.text("certificates/verification-index.json") + fixture.text("certificates/issuer/jwks.json")
        XCTAssertFalse(published.contains("\"d\""), "no private key part")
        let needles = fixture.data.participants.flatMap { [$0.email, $0.familyName, $0.fullName] }
            + fixture.data.people.flatMap { [$0.fullName] + ($0.email.map { [$0] } ?? []) }
        for needle in Set(needles) where needle.count > 3 {
            XCTAssertFalse(published.contains(needle), "\(needle) is published")
        }
        XCTAssertFalse(published.contains("@"), "no e-mail address at all")
        let key = try String(contentsOfFile: fixture.keyPath, encoding: .utf8)
        let body = key.split(separator: "\n").dropFirst().first.map(String.init) ?? key
        for path in fixture.outputs() {
            let text = String(decoding: try fixture.bytes(path), as: UTF8.self)
            XCTAssertFalse(text.contains(body), "\(path) holds the private key")
        }
    }

    func testTheQRCodeDecodesToTheVerificationURL() async throws {
        let zbarimg = try TestSkip.requireTool("zbarimg", package: "zbar-tools")
        let fixture = try await CertificatesFixture.get()
        let docx = try ZipContents(path: fixture.file("certificates/SEM-PT/P-PT-01/CT-UNIT.docx").path)
        let html = try fixture.text("certificates/SEM-PT/P-PT-01/CT-UNIT.html")
        let code = try XCTUnwrap(html.firstMatch(of: /[0-9A-Z]{5}-[0-9A-Z]{5}/).map { String($0.output) })
        let website = try XCTUnwrap(fixture.data.project.website)
        let expected = website.trimmingCharacters(in: CharacterSet(charactersIn: "/")) + "/verify/#" + code
        var decoded: [String] = []
        for entry in docx.entries where entry.name.hasPrefix("word/media/") && entry.name.hasSuffix(".png") {
            let file = try fixture.directory.write(entry.bytes, to: "qr-" + (entry.name as NSString).lastPathComponent)
            let result = try ProcessRunner.run(zbarimg, ["--raw", "-q", file.path])
            if result.succeeded { decoded.append(result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        XCTAssertEqual(decoded, [expected])
    }
}
