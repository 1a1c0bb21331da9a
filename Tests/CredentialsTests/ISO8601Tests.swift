import Foundation
import XCTest
@testable import Credentials

final class ISO8601Tests: XCTestCase {
    func testFormattingAgreesWithFoundationAcrossCenturies() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        var seconds: Int64 = -2_208_988_800  // 1900-01-01
        while seconds < 7_258_118_400 {  // 2200-01-01
            let date = Date(timeIntervalSince1970: Double(seconds))
            XCTAssertEqual(ISO8601.dateTime(date), formatter.string(from: date))
            XCTAssertEqual(ISO8601.parse(ISO8601.dateTime(date)), date)
            seconds += 86_400 * 37 + 3_671
        }
    }

    func testParsingOffsetsFractionsAndRejectingNonsense() {
        XCTAssertEqual(ISO8601.parse("2027-04-07T02:00:00+02:00"), Fixtures.date("2027-04-07T00:00:00Z"))
        XCTAssertEqual(ISO8601.parse("2027-04-07T00:00:00.5Z")?.timeIntervalSince1970, 1_807_056_000.5)
        XCTAssertEqual(ISO8601.parse("2028-02-29T00:00:00Z"), Fixtures.date("2028-02-29T00:00:00Z"))
        for bad in ["2027-02-29T00:00:00Z", "2027-13-01T00:00:00Z", "2027-04-07", "2027-04-07T00:00:00",
                    "2027-04-07T24:00:00Z", "2027-04-07T00:00:00Zx", "2027-04-07T00:00:00.Z"] {
            XCTAssertNil(ISO8601.parse(bad), bad)
        }
    }
}
