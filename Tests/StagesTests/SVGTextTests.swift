@testable import Stages
import XCTest

final class SVGTextTests: XCTestCase {
    func testEscapeReplacesTheFourMarkupCharacters() {
        XCTAssertEqual(SVGText.escape(#"R&D <"digital"> Ș"#), "R&amp;D &lt;&quot;digital&quot;&gt; Ș")
    }

    func testWrapPacksWordsIntoLinesOfTheGivenWidth() {
        XCTAssertEqual(SVGText.wrap("Professional engagement and digital resources", width: 14, maximumLines: 5),
                       ["Professional", "engagement and", "digital", "resources"])
    }

    func testWrapEndsTheLastKeptLineWithAnEllipsisWhenTextIsLeftOut() {
        XCTAssertEqual(SVGText.wrap("one two three four five six", width: 9, maximumLines: 2), ["one two", "three…"])
    }

    func testWrapKeepsAWordLongerThanTheWidthOnItsOwnLine() {
        XCTAssertEqual(SVGText.wrap("Competență-digitală x", width: 5, maximumLines: 3), ["Competență-digitală", "x"])
    }
}
