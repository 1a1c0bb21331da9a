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
}
