import XCTest
@testable import Credentials

final class JSONValueTests: XCTestCase {
    func testObjectKeysAreSortedAndStringsEscaped() {
        let value: JSONValue = ["b": 1, "a": ["x\"\\\n\u{01}é", .null, true, .number(2.5)], "A": .integer(-3)]
        XCTAssertEqual(value.canonicalString, #"{"A":-3,"a":["x\"\\\n\u0001é",null,true,2.5],"b":1}"#)
    }

    func testParsingKeepsBooleansIntegersAndNumbersApart() throws {
        let value = try JSONValue.parse(Array(#"{"t":true,"i":12,"d":1.5,"s":"1","n":null}"#.utf8))
        XCTAssertEqual(value, ["t": true, "i": 12, "d": .number(1.5), "s": "1", "n": .null])
    }

    func testCanonicalTextRoundTrips() throws {
        let bytes = Fixtures.credential().jsonBytes
        XCTAssertEqual(try JSONValue.parse(bytes).canonicalBytes, bytes)
    }

    func testParserAcceptsEscapesAndRejectsInvalidJSON() throws {
        XCTAssertEqual(try JSONValue.parse(Array(#" [ "a\u00e9\ud83d\ude00\n" , -0.5e1 , 0 ] "#.utf8)),
                       [.string("aé😀\n"), .number(-5), 0])
        let bad = ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "tru", "[1] x", "\"open", "\"a\u{01}b\"", #""\x""#,
                   #""\ud800""#]
        for bad in bad {
            XCTAssertThrowsError(try JSONValue.parse(Array(bad.utf8)), bad)
        }
    }
}

final class Base64URLTests: XCTestCase {
    func testEncodingAgreesWithFoundationWithoutPadding() {
        var bytes: [UInt8] = []
        for length in 0..<70 {
            let expected = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            XCTAssertEqual(Base64URL.encode(bytes), expected)
            XCTAssertEqual(Base64URL.decode(expected), bytes)
            bytes.append(UInt8(truncatingIfNeeded: length * 37 + 250))
        }
    }

    func testDecodingRefusesPaddingForeignCharactersAndStrayBits() {
        for bad in ["QQ==", "Q", "QR", "a+b/", "ab c"] { XCTAssertNil(Base64URL.decode(bad), bad) }
        XCTAssertEqual(Base64URL.decode("QQ"), [0x41])
    }
}
