import ProjectInput
import XCTest

/// Every kind of reference between records must resolve, with a "did you mean" for near misses.
final class ReferenceDiagnosticsTests: FixtureTestCase {
    func testUnitWithUnknownOutcomeSuggestsTheNearMiss() throws {
        try dataset.edit("programme.yaml", "outcomes: [LO-2.1-R1]", "outcomes: [LO-2.1-R2]")
        assertDiagnostics(["Input/programme.yaml:34:16: error: unit 'U2' refers to unknown learning outcome 'LO-2.1-R2'; did you mean 'LO-2.1-R1'?"])
    }

    func testUnitWithUnknownCompetenceIsAnError() throws {
        try dataset.edit("programme.yaml", "competences: [\"2.1\"]", "competences: [\"2.7\"]")
        assertDiagnostic("Input/programme.yaml:35:19: error: unit 'U2' refers to unknown competence '2.7'; did you mean '2.1'?")
    }

    func testOutcomeWithUnknownCompetenceIsAnError() throws {
        try dataset.edit("outcomes.yaml", "competence: \"2.1\"", "competence: \"9.9\"")
        assertDiagnostics(["Input/outcomes.yaml:16:17: error: learning outcome 'LO-2.1-R1' refers to unknown competence '9.9'"])
    }

    func testOutcomeWithUnknownCriterionIsAnError() throws {
        try dataset.edit("outcomes.yaml", "criteria: [AC-1.1-1]", "criteria: [AC-1.1-2]")
        assertDiagnostics(["Input/outcomes.yaml:8:16: error: learning outcome 'LO-1.1-K1' refers to unknown assessment criterion 'AC-1.1-2'; did you mean 'AC-1.1-1'?"])
    }

    func testModuleWithUnknownUnitIsAnError() throws {
        try dataset.edit("programme.yaml", "units: [U2]", "units: [U3]")
        let diagnostics = assertDiagnostic("Input/programme.yaml:18:13: error: module 'M2' refers to unknown unit 'U3'; did you mean 'U1'?")
        XCTAssertTrue(diagnostics.contains("Input/programme.yaml:29:9: warning: unit 'U2' belongs to no module"))
    }

    func testModuleWithUnknownPrerequisiteIsAnError() throws {
        try dataset.edit("programme.yaml", "prerequisites: [M1]", "prerequisites: [M0]")
        assertDiagnostics(["Input/programme.yaml:17:21: error: module 'M2' prerequisite refers to unknown module 'M0'; did you mean 'M1'?"])
    }

    func testCustomisationForUndeclaredCountryIsAnError() throws {
        try dataset.edit("programme.yaml", "{country: BE, note", "{country: RO, note")
        assertDiagnostics(["Input/programme.yaml:13:19: error: module 'M1' customisation uses country 'RO', which project.yaml does not declare (countries: BE, FR)"])
    }

    func testOperatorOfferingUnknownModuleIsAnError() throws {
        try dataset.edit("operators.yaml", "modules: [M1, M2]", "modules: [M1, M3]")
        assertDiagnostics(["Input/operators.yaml:7:19: error: operator 'OP-BE-1' refers to unknown module 'M3'; did you mean 'M1'?"])
    }

    func testPartnerWithUnknownOperatorIsAnError() throws {
        try dataset.edit("project.yaml", "operator: OP-FR-1", "operator: OP-FR-2")
        assertDiagnostics(["Input/project.yaml:16:26: error: partner 'LYON' refers to unknown operator 'OP-FR-2'; did you mean 'OP-FR-1'?"])
    }

    func testNeedWithUnknownCompetenceIsAnError() throws {
        try dataset.edit("operators.yaml", "competences: [\"2.1\"]", "competences: [\"2.2\"]")
        assertDiagnostics(["Input/operators.yaml:17:102: error: need 'N1' refers to unknown competence '2.2'; did you mean '2.1'?"])
    }

    func testSeminarWithUnknownHostTrainerAssessorAndUnitIsAnError() throws {
        try dataset.edit("events.yaml", "    host: OP-BE-1\n    trainers: [T-1]\n    assessors: [A-1]\n    units: [U1]",
                         "    host: OP-BE-2\n    trainers: [T-2]\n    assessors: [A-2]\n    units: [U1, U9]")
        let diagnostics = assertDiagnostic("Input/events.yaml:23:11: error: seminar 'SEM-BE' refers to unknown operator 'OP-BE-2'; did you mean 'OP-BE-1'?")
        XCTAssertTrue(diagnostics.contains("Input/events.yaml:24:16: error: seminar 'SEM-BE' refers to unknown trainer 'T-2'; did you mean 'T-1'?"))
        XCTAssertTrue(diagnostics.contains("Input/events.yaml:25:17: error: seminar 'SEM-BE' refers to unknown assessor 'A-2'; did you mean 'A-1'?"))
        XCTAssertTrue(diagnostics.contains("Input/events.yaml:26:17: error: seminar 'SEM-BE' refers to unknown unit 'U9'; did you mean 'U1'?"))
    }

    func testSessionWithUnknownTrainerOrSpeakerIsAnError() throws {
        try dataset.edit("events.yaml", "unit: U1, trainer: T-1}", "unit: U1, trainer: T-9}")
        try dataset.edit("events.yaml", "speaker: T-1}", "speaker: X-1}")
        let diagnostics = assertDiagnostic("Input/events.yaml:30:102: error: a session of seminar 'SEM-BE' refers to unknown trainer 'T-9'; did you mean 'T-1'?")
        XCTAssertTrue(diagnostics.contains("Input/events.yaml:10:88: error: a session of multiplier event 'ME-BE' refers to unknown speaker 'X-1'; did you mean 'A-1'?"))
    }

    func testSessionTeachingAUnitTheSeminarDoesNotListIsAnError() throws {
        try dataset.edit("events.yaml", "unit: U1, trainer: T-1}", "unit: U2, trainer: T-1}")
        assertDiagnostics(["Input/events.yaml:30:89: error: a session of seminar 'SEM-BE' teaches unit 'U2', which the seminar does not list in its units"])
    }

    func testCertificateRuleWithUnknownUnitRouteAndCompetenceIsAnError() throws {
        try dataset.edit("certification.yaml", "units: [U1], minimum: 1", "units: [U7], minimum: 1")
        try dataset.edit("certification.yaml", "routes: [R-TRAINING]", "routes: [R-TRAINNIG]")
        try dataset.edit("certification.yaml", "competences: any, minimumCount: 2", "competences: [\"1.1\", \"3.1\"], minimumCount: 2")
        let diagnostics = assertDiagnostic("Input/certification.yaml:16:37: error: certificate type 'CT-FULL' refers to unknown unit 'U7'; did you mean 'U1'?")
        XCTAssertTrue(diagnostics.contains("Input/certification.yaml:19:32: error: certificate type 'CT-FULL' refers to unknown route 'R-TRAINNIG'; did you mean 'R-TRAINING'?"))
        XCTAssertTrue(diagnostics.contains("Input/certification.yaml:18:68: error: certificate type 'CT-FULL' refers to unknown competence '3.1'; did you mean '1.1'?"))
    }

    func testRecognitionRuleAndRouteWithUnknownUnitsAreErrors() throws {
        try dataset.edit("recognition.yaml", "to: {unit: U1, country: any}", "to: {unit: U4, country: any}")
        try dataset.edit("recognition.yaml", "units: [U1, U2], evidence: [portfolio]", "units: [U1, U5], evidence: [portfolios]")
        let diagnostics = assertDiagnostic("Input/recognition.yaml:14:16: error: recognition rule 'RR-1' refers to unknown unit 'U4'; did you mean 'U1'?")
        XCTAssertTrue(diagnostics.contains("Input/recognition.yaml:9:88: error: route 'R-TRAINING' refers to unknown unit 'U5'; did you mean 'U1'?"))
        XCTAssertTrue(diagnostics.contains("Input/recognition.yaml:9:104: error: route 'R-TRAINING' refers to unknown evidence type 'portfolios'; did you mean 'portfolio'?"))
    }

    func testPersonWithUnknownOrganisationIsAnError() throws {
        try dataset.edit("people.yaml", "organisation: OP-BE-1, roles: [assessor]", "organisation: OP-XX-1, roles: [assessor]")
        assertDiagnostics(["Input/people.yaml:3:65: error: person 'A-1' refers to unknown operator 'OP-XX-1'; did you mean 'OP-BE-1'?"])
    }
}
