import Foundation
import XCTest
@testable import Credentials

final class VerificationCodeTests: XCTestCase {
    private let secret = Array("issuer secret".utf8)
    private let issued = Fixtures.date("2027-04-07T00:00:00Z")

    private func code(_ participant: String = "P-IT-001") -> VerificationCode {
        VerificationCode.make(certificateID: CertificateID.make(participant: participant, type: "participation",
                                                                activity: "SEM-IT"), secret: secret)
    }

    func testCodeIsTenCrockfordCharactersInTwoGroups() {
        let formatted = code().formatted
        XCTAssertNotNil(formatted.range(of: "^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$", options: .regularExpression),
                        formatted)
        XCTAssertEqual(code(), code())
        XCTAssertNotEqual(code(), code("P-IT-002"))
        XCTAssertNotEqual(code(), VerificationCode.make(certificateID: "urn:uuid:x", secret: Array("other".utf8)))
    }

    func testTypedCodesAreNormalised() throws {
        let original = code()
        let sloppy = original.formatted.lowercased().replacingOccurrences(of: "0", with: "o")
            .replacingOccurrences(of: "1", with: "l").replacingOccurrences(of: "-", with: " - ")
        XCTAssertEqual(VerificationCode(parsing: sloppy), original)
        XCTAssertEqual(VerificationCode(parsing: original.normalised), original)
        XCTAssertEqual(VerificationCode.normalise("ab-Io L0"), "AB1010")
    }

    func testEverySingleMistypedCharacterIsCaught() {
        for participant in ["P-1", "P-2", "P-3", "P-4", "P-5"] {
            let characters = Array(code(participant).normalised.utf8)
            for position in characters.indices {
                for replacement in VerificationCode.alphabet where replacement != characters[position] {
                    var typo = characters
                    typo[position] = replacement
                    XCTAssertNil(VerificationCode(parsing: String(decoding: typo, as: UTF8.self)))
                }
            }
        }
    }

    func testWrongLengthOrCharactersAreMalformed() {
        XCTAssertNil(VerificationCode(parsing: ""))
        XCTAssertNil(VerificationCode(parsing: String(code().normalised.dropLast())))
        XCTAssertNil(VerificationCode(parsing: code().normalised + "0"))
        XCTAssertNil(VerificationCode(parsing: "UUUUU-UUUUU"))
    }

    func testCodesRoundTripThroughThePublishedIndex() throws {
        let revokedCode = code("P-IT-002")
        let index = try VerificationIndex(records: [
            VerificationRecord(code: code(), certificateType: "participation", issued: issued),
            VerificationRecord(code: revokedCode, certificateType: "participation", issued: issued,
                               revocation: Revocation(date: Fixtures.date("2027-06-01T00:00:00Z"), reason: "error")),
        ])
        let published = try VerificationIndex.parse(index.jsonBytes)
        XCTAssertEqual(published, index)
        guard case .valid(let record) = published.check(code: code().formatted.lowercased()) else {
            return XCTFail("expected a valid code")
        }
        XCTAssertEqual(record.issued, "2027-04-07")
        XCTAssertEqual(published.check(code: revokedCode.formatted).sentence,
                       "revoked on 2027-06-01: participation certificate issued on 2027-04-07")
        XCTAssertEqual(published.check(code: self.code("P-IT-003").formatted), .unknown)
        XCTAssertEqual(published.check(code: "12345"), .malformed)
    }

    func testPublishedIndexHoldsHashesNotCodesAndIsStable() throws {
        let record = VerificationRecord(code: code(), certificateType: "participation", issued: issued)
        let text = String(decoding: try VerificationIndex(records: [record]).jsonBytes, as: UTF8.self)
        XCTAssertFalse(text.contains(code().normalised))
        XCTAssertTrue(text.contains(code().hash))
        XCTAssertFalse(text.contains("revoked"))
        XCTAssertEqual(try VerificationIndex(records: [record]).jsonBytes, try VerificationIndex(records: [record]).jsonBytes)
        // The browser hashes the normalised code with SHA-256; check against an independent SHA-256.
        let sha = try Shell.run("/usr/bin/python3", ["-c", "import hashlib,sys;print(hashlib.sha256(sys.argv[1].encode()).hexdigest())",
                                                     code().normalised])
        XCTAssertEqual(sha.output.trimmingCharacters(in: .whitespacesAndNewlines), code().hash)
    }

    func testTwoCertificatesWithTheSameCodeAreRefused() {
        let first = VerificationRecord(codeHash: "abc", certificateType: "participation", issued: "2027-04-07")
        var second = first
        second.certificateType = "full"
        XCTAssertThrowsError(try VerificationIndex(records: [first, second])) { error in
            XCTAssertEqual(error as? VerificationIndexError, .duplicateCode("abc"))
        }
    }
}
