import ProjectInput
import XCTest

/// CSV lists: header, delimiter, quoting and row shape.
final class CSVDiagnosticsTests: FixtureTestCase {
    func testCSVWithAMissingColumnIsAnError() throws {
        try dataset.write("attendance/SEM-BE.csv", "participant,date,hours\nP-01,2027-04-05,6\n")
        assertDiagnostics(["Input/attendance/SEM-BE.csv:1:1: error: missing column 'part' (expected: participant,date,part,hours)"])
    }

    func testCSVWithSemicolonsIsAnError() throws {
        try dataset.write("attendance/SEM-BE.csv", "participant;date;part;hours\nP-01;2027-04-05;day;6\n")
        assertDiagnostics(["Input/attendance/SEM-BE.csv:1:1: error: the header is separated by ';'; CSV files must use ',' (export as \"CSV UTF-8, comma-separated\")"])
    }

    func testCSVWithAMisspelledColumnSuggestsTheRightOne() throws {
        try dataset.write("attendance/SEM-BE.csv", "participant,date,part,houres\nP-01,2027-04-05,day,6\n")
        let diagnostics = assertDiagnostic("Input/attendance/SEM-BE.csv:1:23: error: unknown column 'houres'; did you mean 'hours'?")
        XCTAssertTrue(diagnostics.contains("Input/attendance/SEM-BE.csv:1:1: error: missing column 'hours' (expected: participant,date,part,hours)"))
    }

    func testCSVRowWithTooFewFieldsIsAnError() throws {
        try dataset.write("attendance/SEM-BE.csv", "participant,date,part,hours\nP-01,2027-04-05,day\n")
        assertDiagnostics(["Input/attendance/SEM-BE.csv:2:1: error: row has 3 fields, the header has 4"])
    }

    func testCSVWithAnUnclosedQuoteIsAnError() throws {
        try dataset.write("participants/SEM-BE.csv", "id,given_name,family_name,email,organisation,country,language,role\nP-01,Léa,Martin,lea@example.be,\"Bibliothèque,BE,fr,participant\n")
        assertDiagnostic("Input/participants/SEM-BE.csv:2:32: error: quoted field is never closed")
    }

    func testCSVWithAWrongNumberIsAnError() throws {
        try dataset.write("attendance/SEM-BE.csv", "participant,date,part,hours\nP-01,2027-04-05,day,six\n")
        assertDiagnostics(["Input/attendance/SEM-BE.csv:2:21: error: expected a number for 'hours', found 'six'"])
    }

    func testCSVReaderHandlesQuotesCRLFAndTracksColumns() throws {
        try dataset.write("participants/SEM-BE.csv",
                          "id,given_name,family_name,email,organisation,country,language,role\r\nP-01,Léa,Martin,lea@example.be,\"Centre \"\"Liège\"\",\r\nNamur\",BE,fr,participant\r\nP-02,Tom,Peeters,tom@example.be,X,BE,fx,participant\r\n")
        let loaded = dataset.load()
        XCTAssertEqual(loaded.data.participants.first?.organisation, "Centre \"Liège\",\nNamur")
        XCTAssertEqual(loaded.diagnostics.map(\.description),
                       ["Input/participants/SEM-BE.csv:4:38: error: participant 'P-02' uses language 'fx', which project.yaml does not declare (languages: en, fr); did you mean 'fr'?"])
    }
}
