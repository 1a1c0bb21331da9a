import ProjectInput
import XCTest

/// YAML syntax, types, keys and required fields.
final class StructureDiagnosticsTests: FixtureTestCase {
    func testBaseFixtureChecksClean() {
        assertDiagnostics([])
    }

    func testYAMLSyntaxErrorPointsAtTheProblem() throws {
        try dataset.write("people.yaml", "people:\n  - {id: T-1, givenName: Anne\n  - {id: A-1}\n")
        assertDiagnostic("Input/people.yaml:3:5: error: YAML syntax error: did not find expected ',' or '}' (while parsing a flow mapping at line 2)")
    }

    func testWrongTypeNamesTheKeyAndTheValue() throws {
        try dataset.edit("outcomes.yaml", "eqfLevel: 5", "eqfLevel: five")
        assertDiagnostic("Input/outcomes.yaml:5:15: error: expected an integer for 'outcomes[0].eqfLevel', found 'five'")
    }

    func testListWhereMappingExpectedIsAnError() throws {
        try dataset.edit("programme.yaml", "hours: {contact: 10, online: 10}", "hours: [10, 10]")
        assertDiagnostic("Input/programme.yaml:32:12: error: expected a mapping for 'units[1].hours', found a list")
    }

    func testUnknownKeySuggestsTheNearestKey() throws {
        try dataset.edit("programme.yaml", "    ecvetPoints: 1\n    outcomes: [LO-2.1-R1]", "    ecvetPoints: 1\n    outcome: [LO-2.1-R1]")
        let diagnostics = assertDiagnostic("Input/programme.yaml:34:5: error: unknown key 'outcome' in 'units[1]'; did you mean 'outcomes'?")
        XCTAssertTrue(diagnostics.contains("Input/programme.yaml:29:5: error: missing required key 'outcomes' in 'units[1]'"))
    }

    func testUnknownNestedKeySuggestsTheNearestKey() throws {
        try dataset.edit("programme.yaml", "hours: {contact: 10, online: 10}", "hours: {contact: 10, onlien: 10}")
        assertDiagnostic("Input/programme.yaml:32:26: error: unknown key 'onlien' in 'units[1].hours'; did you mean 'online'?")
    }

    func testMissingRequiredKeyIsAnError() throws {
        try dataset.edit("programme.yaml", "    ecvetPoints: 1\n    outcomes: [LO-2.1-R1]", "    outcomes: [LO-2.1-R1]")
        assertDiagnostics(["Input/programme.yaml:29:5: error: missing required key 'ecvetPoints' in 'units[1]'"])
    }

    func testPlainStringWhereLocalisedTextIsExpectedGivesAHint() throws {
        try dataset.edit("programme.yaml", "title: {en: \"Resources\", fr: \"Ressources\"}\n    eqfLevel", "title: Resources\n    eqfLevel")
        assertDiagnostic("Input/programme.yaml:30:12: error: expected a localised text (a map from language to text) for 'units[1].title', found 'Resources' (write {en: …})")
    }

    func testInvalidEnumerationValueSuggestsTheNearestValue() throws {
        try dataset.edit("outcomes.yaml", "dimension: skills", "dimension: skill")
        assertDiagnostic("Input/outcomes.yaml:11:16: error: 'skill' is not a valid value for 'outcomes[1].dimension' (expected one of: knowledge, skills, responsibilityAndAutonomy); did you mean 'skills'?")
    }

    func testInvalidDateIsAnError() throws {
        try dataset.edit("events.yaml", "start: 2027-04-05", "start: 2027-02-30")
        assertDiagnostic("Input/events.yaml:18:12: error: expected a date YYYY-MM-DD for 'seminars[0].start', found '2027-02-30'")
    }

    func testDuplicateIDIsAnError() throws {
        try dataset.edit("outcomes.yaml", "id: LO-2.1-R1", "id: LO-1.2-S1")
        assertDiagnostic("Input/outcomes.yaml:15:9: error: duplicate learning outcome id 'LO-1.2-S1' (first defined at Input/outcomes.yaml:9:9)")
    }

    func testDuplicateKeyIsAnError() throws {
        try dataset.edit("outcomes.yaml", "    eqfLevel: 5\n    proficiency: B1\n    statement: {en: \"Explains", "    eqfLevel: 5\n    eqfLevel: 6\n    proficiency: B1\n    statement: {en: \"Explains")
        assertDiagnostic("Input/outcomes.yaml:5:5: error: duplicate key 'eqfLevel' in a mapping")
    }

    func testMissingRequiredFileIsAnError() throws {
        try dataset.remove("outcomes.yaml")
        assertDiagnostic("Input/outcomes.yaml:1:1: error: required file 'outcomes.yaml' is missing")
    }

    func testEmptyFileIsAnError() throws {
        try dataset.write("people.yaml", "")
        assertDiagnostic("Input/people.yaml:1:1: error: file is empty")
    }

    func testCommentOnlyFileIsAnError() throws {
        try dataset.write("people.yaml", "# nobody yet\n")
        assertDiagnostic("Input/people.yaml:1:1: error: file is empty (no YAML document)")
    }
}
