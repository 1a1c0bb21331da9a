import ProjectInput
import XCTest

/// Ranges, dates, declarations, attendance and assessment rules.
final class DomainRuleDiagnosticsTests: FixtureTestCase {
    func testEqfLevelZeroIsAnError() throws {
        try dataset.edit("outcomes.yaml", "eqfLevel: 5", "eqfLevel: 0")
        assertDiagnostics(["Input/outcomes.yaml:5:15: error: learning outcome 'LO-1.1-K1' has EQF level 0; EQF levels are 1 to 8"])
    }

    func testEqfLevelNineIsAnError() throws {
        try dataset.edit("programme.yaml", "    eqfLevel: 5\n    hours: {contact: 10, online: 10}", "    eqfLevel: 9\n    hours: {contact: 10, online: 10}")
        assertDiagnostics(["Input/programme.yaml:31:15: error: unit 'U2' has EQF level 9; EQF levels are 1 to 8"])
    }

    func testProficiencyB3IsAnError() throws {
        try dataset.edit("outcomes.yaml", "proficiency: B1", "proficiency: B3")
        assertDiagnostics(["Input/outcomes.yaml:6:18: error: 'B3' is not a valid value for 'outcomes[0].proficiency' (expected one of: A1, A2, B1, B2, C1, C2); did you mean 'B1'?"])
    }

    func testNegativeHoursAreAnError() throws {
        try dataset.edit("programme.yaml", "hours: {contact: 10, online: 10}", "hours: {contact: 10, online: -10}")
        assertDiagnostic("Input/programme.yaml:32:34: error: unit 'U2' has -10 online hours; hours cannot be negative")
    }

    func testZeroHoursAreAnError() throws {
        try dataset.edit("programme.yaml", "hours: {contact: 10, online: 10}", "hours: {contact: 0}")
        assertDiagnostic("Input/programme.yaml:32:12: error: unit 'U2' has no hours; its total hours must be greater than 0")
    }

    func testZeroEcvetPointsAreAnError() throws {
        try dataset.edit("programme.yaml", "    ecvetPoints: 1\n    outcomes: [LO-2.1-R1]", "    ecvetPoints: 0\n    outcomes: [LO-2.1-R1]")
        assertDiagnostic("Input/programme.yaml:33:18: error: unit 'U2' has ECVET points 0; ECVET points must be greater than 0")
    }

    func testNegativeSeminarHoursAreAnError() throws {
        try dataset.edit("events.yaml", "hours: 12", "hours: -12")
        assertDiagnostic("Input/events.yaml:20:12: error: seminar 'SEM-BE' has hours -12; hours must be greater than 0")
    }

    func testProgrammeTotalsMustMatchTheUnits() throws {
        try dataset.edit("programme.yaml", "totalHours: 40", "totalHours: 42")
        assertDiagnostics(["Input/programme.yaml:4:13: error: the programme declares 42 total hours but its units add up to 40"])
    }

    func testEndDateBeforeStartIsAnError() throws {
        try dataset.edit("events.yaml", "end: 2027-04-06", "end: 2027-04-04")
        let diagnostics = assertDiagnostic("Input/events.yaml:19:10: error: seminar 'SEM-BE' ends on 2027-04-04, before it starts on 2027-04-05")
        XCTAssertTrue(diagnostics.contains("Input/events.yaml:31:15: error: seminar 'SEM-BE' has a day on 2027-04-06, outside its dates 2027-04-05 to 2027-04-04"))
    }

    func testSessionEndingBeforeItStartsIsAnError() throws {
        try dataset.edit("events.yaml", "{start: \"09:30\", end: \"10:00\"", "{start: \"09:30\", end: \"09:00\"")
        assertDiagnostics(["Input/events.yaml:10:31: error: a session of multiplier event 'ME-BE' ends at 09:00, not after it starts at 09:30"])
    }

    func testUndeclaredLanguageIsAnError() throws {
        try dataset.edit("events.yaml", "    language: fr\n    title: {en: \"Seminar\"", "    language: nl\n    title: {en: \"Seminar\"")
        assertDiagnostics(["Input/events.yaml:16:15: error: seminar 'SEM-BE' uses language 'nl', which project.yaml does not declare (languages: en, fr)"])
    }

    func testUndeclaredLanguageInLocalisedTextSuggestsTheDeclaredOne() throws {
        try dataset.edit("outcomes.yaml", "fr: \"Collabore en ligne.\"", "fe: \"Collabore en ligne.\"")
        let diagnostics = assertDiagnostic("Input/outcomes.yaml:14:45: error: language 'fe' is not declared in project.yaml (languages: en, fr); did you mean 'fr'?")
        XCTAssertTrue(diagnostics.contains("Input/outcomes.yaml:14:16: warning: 'outcomes[1].statement' has no 'fr' translation; the 'en' text is used"))
    }

    func testUndeclaredCountryIsAnError() throws {
        try dataset.edit("operators.yaml", "country: FR", "country: DE")
        assertDiagnostics(["Input/operators.yaml:11:14: error: operator 'OP-FR-1' uses country 'DE', which project.yaml does not declare (countries: BE, FR); did you mean 'BE'?"])
    }

    func testMissingTranslationIsAWarning() throws {
        try dataset.edit("outcomes.yaml", "{en: \"Selects resources.\", fr: \"Sélectionne des ressources.\"}", "{en: \"Selects resources.\"}")
        let loaded = dataset.load()
        XCTAssertEqual(loaded.diagnostics.map(\.description),
                       ["Input/outcomes.yaml:19:16: warning: 'outcomes[2].statement' has no 'fr' translation; the 'en' text is used"])
        XCTAssertFalse(loaded.hasErrors())
        XCTAssertTrue(loaded.hasErrors(strict: true))
    }

    func testTextWithoutTheDefaultLanguageIsAnError() throws {
        try dataset.edit("outcomes.yaml", "{en: \"Selects resources.\", fr: \"Sélectionne des ressources.\"}", "{fr: \"Sélectionne des ressources.\"}")
        assertDiagnostics(["Input/outcomes.yaml:19:16: error: 'outcomes[2].statement' has no text in the default language 'en'"])
    }

    func testAttendanceAboveSeminarHoursIsAnError() throws {
        try dataset.write("attendance/SEM-BE.csv", "participant,date,part,hours\nP-01,2027-04-05,day,7\nP-01,2027-04-06,day,7\n")
        assertDiagnostics(["Input/attendance/SEM-BE.csv:3:21: error: participant 'P-01' attends 14 hours of seminar 'SEM-BE', above its 12 hours"])
    }

    func testAttendanceOfUnknownParticipantIsAnError() throws {
        try dataset.write("attendance/SEM-BE.csv", "participant,date,part,hours\nP-03,2027-04-05,day,6\n")
        assertDiagnostics(["Input/attendance/SEM-BE.csv:2:1: error: attendance refers to unknown participant of seminar 'SEM-BE' 'P-03'; did you mean 'P-01'?"])
    }

    func testAttendanceOutsideTheSeminarDatesIsAnError() throws {
        try dataset.write("attendance/SEM-BE.csv", "participant,date,part,hours\nP-01,2027-04-09,day,6\n")
        assertDiagnostics(["Input/attendance/SEM-BE.csv:2:6: error: attendance of 'P-01' on 2027-04-09 is outside seminar 'SEM-BE' (2027-04-05 to 2027-04-06)"])
    }

    func testAssessmentOfAUnitTheSeminarDoesNotCoverIsAnError() throws {
        try dataset.write("results/SEM-BE.csv", "participant,unit,date,assessor,method,passed,levels\nP-01,U2,2027-04-06,A-1,portfolio,yes,2.1=B1\n")
        assertDiagnostics(["Input/results/SEM-BE.csv:2:6: error: result of 'P-01' assesses unit 'U2', which seminar 'SEM-BE' does not cover (units: U1)"])
    }

    func testResultWithUnknownUnitAssessorAndCompetenceIsAnError() throws {
        try dataset.write("results/SEM-BE.csv", "participant,unit,date,assessor,method,passed,levels\nP-01,U8,2027-04-06,A-9,portfolio,yes,1.1=B1 1.9=B2\n")
        assertDiagnostics([
            "Input/results/SEM-BE.csv:2:6: error: result of 'P-01' refers to unknown unit 'U8'; did you mean 'U1'?",
            "Input/results/SEM-BE.csv:2:20: error: result of 'P-01' refers to unknown assessor 'A-9'; did you mean 'A-1'?",
            "Input/results/SEM-BE.csv:2:45: error: result of 'P-01' refers to unknown competence '1.9'; did you mean '1.1'?",
        ])
    }

    func testResultWithInvalidLevelIsAnError() throws {
        try dataset.write("results/SEM-BE.csv", "participant,unit,date,assessor,method,passed,levels\nP-01,U1,2027-04-06,A-1,portfolio,yes,1.1=B3\n")
        assertDiagnostics(["Input/results/SEM-BE.csv:2:42: error: 'B3' is not a proficiency level (expected one of: A1, A2, B1, B2, C1, C2)"])
    }

    func testListForAnUnknownSeminarIsAnError() throws {
        try dataset.write("attendance/SEM-FR.csv", "participant,date,part,hours\nP-01,2027-04-05,day,6\n")
        assertDiagnostic("Input/attendance/SEM-FR.csv:1:1: error: list for seminar 'SEM-FR', which events.yaml does not define; did you mean 'SEM-BE'?")
    }
}
