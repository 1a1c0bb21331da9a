import Crypto
import Foundation
import XCTest
@testable import Credentials

/// The byte-level rules of the canonical JSON encoding and of the e-mail normalisation, at their
/// edges: every control character, quotes and backslashes around runs of plain bytes, non-ASCII
/// text, and keys that differ only in their non-ASCII bytes.
final class CanonicalEncodingTests: XCTestCase {
    private func encoded(_ text: String) -> String {
        var out: [UInt8] = []
        JSONValue.writeString(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    func testEveryControlCharacterIsEscapedAndOtherASCIIIsNot() {
        let short: [UInt8: String] = [0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#]
        for byte in UInt8(0)..<0x20 {
            let expected = short[byte] ?? String(format: "\\u%04x", byte)
            XCTAssertEqual(encoded(String(UnicodeScalar(byte))), "\"" + expected + "\"", "byte \(byte)")
        }
        for byte in UInt8(0x20)...0x7F where byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
            let text = String(UnicodeScalar(byte))
            XCTAssertEqual(encoded(text), "\"" + text + "\"", "byte \(byte)")
        }
        XCTAssertEqual(encoded("\"\\/"), #""\"\\/""#)
    }

    func testEscapesAtTheEdgesAndBetweenRunsKeepTheTextAroundThem() {
        XCTAssertEqual(encoded(""), #""""#)
        XCTAssertEqual(encoded("\"start"), #""\"start""#)
        XCTAssertEqual(encoded("end\\"), #""end\\""#)
        XCTAssertEqual(encoded("a\"\"b\n\nc\u{1F}d"), #""a\"\"b\n\nc\u001fd""#)
        let long = String(repeating: "Lorem ipsum dolor sit amet, ", count: 20)
        XCTAssertEqual(encoded(long + "\t" + long), "\"" + long + "\\t" + long + "\"")
    }

    func testEachSpecialByteIsEscapedAtEveryPositionOfALongString() {
        let plain = Array("abcdefghijklmnopqrstuvwxyzé—".utf8)  // 31 bytes, some of them ≥ 0x80
        for (special, escape) in [(UInt8(0x00), #"\u0000"#), (0x1F, #"\u001f"#), (0x0A, #"\n"#),
                                  (UInt8(ascii: "\""), #"\""#), (UInt8(ascii: "\\"), #"\\"#)] {
            for position in 0...plain.count {
                var bytes = plain
                bytes.insert(special, at: position)
                let expected = "\"" + String(decoding: plain[..<position], as: UTF8.self) + escape
                    + String(decoding: plain[position...], as: UTF8.self) + "\""
                XCTAssertEqual(encoded(String(decoding: bytes, as: UTF8.self)), expected, "byte \(special) at \(position)")
            }
        }
        // Bytes that differ from a special one only in the high bit (A2 in ¢, DC in U+0710, 80…9F)
        // are not special.
        let highBits = "¢\u{0710}\u{80}\u{9F}€ ¢\u{0710}¢\u{0710}AAAAAAAA"
        XCTAssertEqual(encoded(highBits), "\"" + highBits + "\"")
    }

    func testTheBuildersListMembersInKeyOrderBelowTheTopLevel() {
        func check(_ node: CanonicalJSON, path: String) {
            switch node {
            case .value: break
            case .array(let elements): for element in elements { check(element, path: path + "[]") }
            case .object(let members):
                let keys = members.map(\.key)
                if !path.isEmpty { XCTAssertEqual(keys, keys.sorted(by: JSONValue.utf8Precedes), path) }
                for member in members { check(member.value, path: path + "." + member.key) }
            }
        }
        for credential in credentialsWithEveryOptionalMemberAndWithout() {
            check(credential.canonical(subjectID: credential.subjectID), path: "")
        }
    }

    func testNonASCIITextIsWrittenAsItsUTF8Bytes() {
        let text = "é ü ß — \u{2028}\u{2029} 😀 日本"
        var out: [UInt8] = []
        JSONValue.writeString(text, into: &out)
        XCTAssertEqual(out, [UInt8(ascii: "\"")] + Array(text.utf8) + [UInt8(ascii: "\"")])
        XCTAssertEqual(encoded("x\u{2028}\"é\n"), "\"x\u{2028}\\\"é\\n\"")
    }

    func testKeysAreOrderedByTheirUTF8BytesEvenWhenOnlyNonASCIIBytesDiffer() {
        // By UTF-8 bytes (= code points): U+E000 < U+FFFD < U+1F600, although U+1F600's UTF-16
        // surrogates would sort it first; é (C3 A9) < ê (C3 AA); a proper prefix goes first.
        let keys = ["😀", "\u{FFFD}", "\u{E000}", "ê", "é", "z", "Z", "", "ab", "a",
                    "a much longer key than fits inline", "a much longer key than fits inline, longer"]
        let value = JSONValue.object(Dictionary(uniqueKeysWithValues: keys.map { ($0, JSONValue.null) }))
        let expected = ["", "Z", "a", "a much longer key than fits inline", "a much longer key than fits inline, longer",
                        "ab", "z", "é", "ê", "\u{E000}", "\u{FFFD}", "😀"]
        XCTAssertEqual(value.canonicalString, "{" + expected.map { "\"\($0)\":null" }.joined(separator: ",") + "}")
        XCTAssertEqual(keys.sorted(by: JSONValue.utf8Precedes), expected)
        XCTAssertFalse(JSONValue.utf8Precedes("é", "é"))
        XCTAssertTrue(JSONValue.utf8Precedes("ab", "abc"))
        XCTAssertFalse(JSONValue.utf8Precedes("abc", "ab"))
    }

    func testRepeatedLiteralKeysKeepTheLastValue() {
        let value: JSONValue = ["k": 1, "j": 2, "k": 3]
        XCTAssertEqual(value.canonicalString, #"{"j":2,"k":3}"#)
    }

    func testPayloadIsTheCredentialWithTheRegisteredClaims() throws {
        let credential = Fixtures.credential()
        guard case .object(var expected) = credential.json else { return XCTFail("the credential is not an object") }
        expected["iss"] = .string(credential.issuer.id)
        expected["jti"] = .string(credential.id)
        expected["sub"] = .string(credential.subjectID)
        expected["nbf"] = .integer(ISO8601.numericDate(credential.validFrom))
        if let validUntil = credential.validUntil { expected["exp"] = .integer(ISO8601.numericDate(validUntil)) }
        XCTAssertEqual(CredentialSigner.payload(of: credential), .object(expected))
    }

    /// Every optional member present (a description, dates, a rubric level description, a result
    /// value, an alignment description, awkward text) and every one absent.
    private func credentialsWithEveryOptionalMemberAndWithout() -> [OpenBadgeCredential] {
        var full = Fixtures.credential()
        full.description = "Seminar \"Digital\" — Iași\n2027\u{2028}"
        full.activityStartDate = Fixtures.date("2027-03-01T00:00:00Z")
        full.activityEndDate = Fixtures.date("2027-03-05T00:00:00Z")
        full.achievement.alignments[0].targetDescription = "Tab\there"
        full.achievement.resultDescriptions[0].levels[0].description = "Starts\u{01}"
        full.results[0].value = "ok"
        var bare = Fixtures.credential(validUntil: nil)
        bare.issuer = IssuerProfile(id: Fixtures.issuerID, name: "Issuer")
        bare.achievement = Achievement(id: "urn:a", name: "A", description: "", achievementType: "Certificate",
                                       criteriaNarrative: "")
        bare.results = [AchievementResult(resultDescription: "urn:a#r")]
        bare.credentialSchema = []
        return [full, bare, Fixtures.credential()]
    }

    func testDirectlyWrittenBytesEqualTheJSONValuesCanonicalBytes() throws {
        let signer = try Fixtures.signer()
        for credential in credentialsWithEveryOptionalMemberAndWithout() {
            XCTAssertEqual(credential.jsonBytes, credential.json.canonicalBytes)
            XCTAssertEqual(CredentialSigner.canonicalPayload(of: credential).bytes(),
                           CredentialSigner.payload(of: credential).canonicalBytes)
            XCTAssertEqual(try signer.sign(credential), try signer.sign(payload: CredentialSigner.payload(of: credential)))
        }
        let header = try XCTUnwrap(try signer.sign(Fixtures.credential()).split(separator: ".").first)
        XCTAssertEqual(String(header), Base64URL.encode(signer.header.canonicalBytes))
    }

    func testHMACAgreesWithSwiftCryptoForShortExactAndLongKeys() {
        for keyLength in [0, 1, 32, 63, 64, 65, 200] {
            let key = (0..<keyLength).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            for message in [[], Array("salt\u{0}urn:uuid:1234".utf8), [UInt8](repeating: 0xAB, count: 300)] {
                let expected = Array(HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
                XCTAssertEqual(HMACSHA256.authenticationCode(for: message, key: key), expected, "key of \(keyLength) bytes")
            }
        }
        // RFC 4231, test case 2.
        XCTAssertEqual(Hex.encode(HMACSHA256.authenticationCode(for: Array("what do ya want for nothing?".utf8),
                                                                 key: Array("Jefe".utf8))),
                       "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    func testEmailTrimmingAgreesWithFoundationsWhitespaceAndNewlines() {
        let addresses = ["a@example.org", " a@example.org", "a@example.org ", "\ta@example.org\r\n", "\na@example.org\u{0B}",
                         "\u{00A0}a@example.org\u{00A0}", "a@example.org\u{2028}", "\u{85}a@example.org", "\u{3000}a@b.org",
                         "é@example.org", "a@example.é", "\u{01}a@example.org\u{7F}", "", " ", "\t\n", "a", "~a@b.org!"]
        for address in addresses {
            XCTAssertEqual(HashedIdentity.trimmed(address), address.trimmingCharacters(in: .whitespacesAndNewlines),
                           "\(Array(address.unicodeScalars))")
        }
        XCTAssertEqual(HashedIdentity.email("\u{00A0}A@Example.org\t", salt: "s"), HashedIdentity.email("a@example.org", salt: "s"))
    }
}
