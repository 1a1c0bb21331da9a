@testable import ProjectInput
import ProjectModel
import XCTest

/// The small pieces: suggestions, dates, localised text, the diagnostic formats.
final class SupportTests: XCTestCase {
    func testSuggestionFindsTranspositionsAndIgnoresFarWords() {
        XCTAssertEqual(Suggestion.nearest(to: "LO-3.9", in: ["LO-3.4", "LO-1.1", "M1"]), "LO-3.4")
        XCTAssertEqual(Suggestion.nearest(to: "hoursr", in: ["hours", "title"]), "hours")
        XCTAssertEqual(Suggestion.nearest(to: "tilte", in: ["title", "hours"]), "title")
        XCTAssertNil(Suggestion.nearest(to: "completely", in: ["title", "hours"]))
        XCTAssertEqual(Suggestion.distance(Array("ab".unicodeScalars), Array("ba".unicodeScalars)), 1)
    }

    func testCalendarDateRejectsImpossibleDays() {
        XCTAssertNil(CalendarDate("2027-02-29"))
        XCTAssertNotNil(CalendarDate("2028-02-29"))
        XCTAssertNil(CalendarDate("2027-4-5"))
        for malformed in ["", " 2027-04-05", "2027-04-05 ", "2027/04/05", "2027-04-0x", "+027-04-05", "２０２７-04-05", "2027-04-5x"] {
            XCTAssertNil(CalendarDate(malformed), malformed)
        }
        XCTAssertEqual(CalendarDate("2027-04-05")?.description, "2027-04-05")
        XCTAssertEqual((CalendarDate("2027-03-01")?.dayNumber ?? 0) - (CalendarDate("2027-02-28")?.dayNumber ?? 0), 1)
    }

    func testLocalizedTextFallsBackToTheDefaultLanguage() {
        let text = LocalizedText(["en": "Hello", "fr": "Bonjour"])
        XCTAssertEqual(text.resolved(in: "fr", fallback: "en"), "Bonjour")
        XCTAssertEqual(text.resolved(in: "ro", fallback: "en"), "Hello")
        XCTAssertNil(LocalizedText().resolved(in: "ro", fallback: "en"))
    }

    func testGitHubFormatEscapesPropertiesAndData() {
        let diagnostic = Diagnostic(.error, SourceLocation(file: "Input/a,b.yaml", line: 3, column: 7), "50% done\nnext")
        XCTAssertEqual(DiagnosticFormat.github.format(diagnostic), "::error file=Input/a%2Cb.yaml,line=3,col=7::50%25 done%0Anext")
        XCTAssertEqual(DiagnosticFormat.human.format(diagnostic), "Input/a,b.yaml:3:7: error: 50% done\nnext")
    }

    func testStrictPromotesWarningsToErrors() {
        let warning = Diagnostic(.warning, .start(of: "x"), "m")
        XCTAssertEqual(warning.promoted(strict: true).severity, .error)
        XCTAssertEqual(warning.promoted(strict: false).severity, .warning)
    }
}
