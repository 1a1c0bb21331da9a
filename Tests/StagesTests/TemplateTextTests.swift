@testable import Stages
import XCTest

final class TemplateTextTests: XCTestCase {
    func testPlaceholdersAreReplacedAmongDiacritics() {
        XCTAssertEqual(TemplateText.fill("Certifică {name} — {hours} ore, {place}", ["name": "Ștefan Țurcanu", "hours": "14", "place": "Iași"]),
                       "Certifică Ștefan Țurcanu — 14 ore, Iași")
    }

    func testUnknownPlaceholdersAndAnUnclosedBraceStayAsWritten() {
        XCTAssertEqual(TemplateText.fill("{known} {unknown} {open", ["known": "é"]), "é {unknown} {open")
        XCTAssertEqual(TemplateText.fill("", ["a": "b"]), "")
        XCTAssertEqual(TemplateText.fill("{}", ["": "empty"]), "empty")
    }

    func testAValueContainingBracesIsNotFilledAgain() {
        XCTAssertEqual(TemplateText.fill("{a}{b}", ["a": "{b}", "b": "x"]), "{b}x")
    }
}
