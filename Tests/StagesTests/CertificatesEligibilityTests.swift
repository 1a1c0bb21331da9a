import Foundation
import ProjectModel
import Stages
import TestSupport
import XCTest

/// The rules of `certification.yaml`, evaluated on hand-made records: each case states the
/// decision and the reason a participant reads.
final class CertificatesEligibilityTests: XCTestCase {
    private static let labels = LabelCatalog.load(
        directory: TestPaths.packageRoot.appendingPathComponent("Templates/labels").path,
        languages: ["en", "fr", "pt", "ro", "it"], defaultLanguage: "en")

    private func programme() -> Programme {
        var programme = Programme()
        for (id, mandatory, units) in [("M1", true, ["U1", "U2"]), ("M2", false, ["U3"])] {
            var module = Module()
            module.id = id
            module.mandatory = mandatory
            module.units = units
            programme.modules.append(module)
        }
        programme.units = ["U1", "U2", "U3"].map { id in
            var unit = Unit()
            unit.id = id
            return unit
        }
        return programme
    }

    private func recognition() -> Recognition {
        var recognition = Recognition()
        var training = ValidationRoute()
        training.id = "R-TRAINING"
        training.kind = .training
        training.units = ["U1", "U2", "U3"]
        var validation = ValidationRoute()
        validation.id = "R-VALIDATION"
        validation.kind = .validation
        validation.units = ["U1", "U2", "U3"]
        recognition.routes = [training, validation]
        return recognition
    }

    private func seminar(hours: Double) -> Seminar {
        var seminar = Seminar()
        seminar.id = "SEM-T"
        seminar.hours = hours
        seminar.units = ["U1", "U2", "U3"]
        return seminar
    }

    private func records(hours: [Double], results: [(unit: String, passed: Bool, levels: [String: ProficiencyLevel])] = []) -> ParticipantRecords {
        var participant = Participant()
        participant.id = "P-T-01"
        participant.activity = "SEM-T"
        let attendance = hours.map { value -> AttendanceRecord in
            var row = AttendanceRecord()
            row.seminar = "SEM-T"
            row.participant = "P-T-01"
            row.hours = value
            return row
        }
        let rows = results.map { item -> AssessmentResult in
            var row = AssessmentResult()
            row.seminar = "SEM-T"
            row.participant = "P-T-01"
            row.unit = item.unit
            row.passed = item.passed
            row.levels = item.levels
            row.date = CalendarDate("2027-04-28")
            return row
        }
        return ParticipantRecords(participant: participant, attendance: attendance, results: rows)
    }

    private struct Case {
        var name: String
        var condition: EligibilityCondition
        var seminarHours: Double
        var records: ParticipantRecords
        var passes: Bool
        var reason: String
        var language = "en"
    }

    func testRulesDecideAndExplainWithTheNumbers() {
        let evaluator = EligibilityEvaluator(programme: programme(), recognition: recognition())
        let cases: [Case] = [
            Case(name: "attendance just under the threshold", condition: .attendance(minimumPercent: 80), seminarHours: 20,
                 records: records(hours: [7, 8.5]), passes: false, reason: "attended 15.5 h of 20 h (77.5%), needs 80%"),
            Case(name: "attendance exactly at the threshold", condition: .attendance(minimumPercent: 80), seminarHours: 20,
                 records: records(hours: [8, 8]), passes: true, reason: "attended 16 h of 20 h (80%), needs 80%"),
            Case(name: "attendance in French", condition: .attendance(minimumPercent: 80), seminarHours: 14,
                 records: records(hours: [9.5]), passes: false,
                 reason: "a suivi 9,5 h sur 14 h (67,9\u{202F}%), il faut 80\u{202F}%", language: "fr"),
            Case(name: "a failed mandatory unit", condition: .mandatoryUnitsPassed, seminarHours: 20,
                 records: records(hours: [20], results: [("U1", true, [:]), ("U2", false, [:])]), passes: false,
                 reason: "passed 1 of the 2 mandatory units; failed: U2"),
            Case(name: "a missing mandatory result", condition: .mandatoryUnitsPassed, seminarHours: 20,
                 records: records(hours: [20], results: [("U1", true, [:])]), passes: false,
                 reason: "passed 1 of the 2 mandatory units; not assessed: U2"),
            Case(name: "every mandatory unit passed", condition: .mandatoryUnitsPassed, seminarHours: 20,
                 records: records(hours: [20], results: [("U2", true, [:]), ("U1", true, [:])]), passes: true,
                 reason: "passed 2 of the 2 mandatory units"),
            Case(name: "no result at all", condition: .unitsPassed(units: .any, minimum: 1), seminarHours: 20,
                 records: records(hours: [8]), passes: false, reason: "no assessment result recorded"),
            Case(name: "a listed unit missing", condition: .unitsPassed(units: .only(["U1", "U3"]), minimum: 2), seminarHours: 20,
                 records: records(hours: [20], results: [("U1", true, [:])]), passes: false,
                 reason: "passed 1 unit(s) (U1), needs 2; not assessed: U3"),
            Case(name: "levels below the required one", condition: .proficiency(minimumLevel: .b1, competences: .any, minimumCount: 2),
                 seminarHours: 20,
                 records: records(hours: [20], results: [("U1", true, ["1.1": .b1, "1.2": .a2])]), passes: false,
                 reason: "B1 or above in 1 competence(s) (1.1 B1), needs 2"),
            Case(name: "levels at the required one", condition: .proficiency(minimumLevel: .b1, competences: .any, minimumCount: 2),
                 seminarHours: 20,
                 records: records(hours: [20], results: [("U1", true, ["1.1": .b1]), ("U2", false, ["1.2": .a2]),
                                                          ("U3", true, ["1.2": .b2])]), passes: true,
                 reason: "B1 or above in 2 competence(s) (1.1 B1, 1.2 B2), needs 2"),
            Case(name: "the training route", condition: .route(["R-VALIDATION", "R-TRAINING"]), seminarHours: 20,
                 records: records(hours: [20], results: [("U1", true, [:])]), passes: true, reason: "followed the route R-TRAINING"),
            Case(name: "only a validation route accepted", condition: .route(["R-VALIDATION"]), seminarHours: 20,
                 records: records(hours: [20], results: [("U1", true, [:])]), passes: false,
                 reason: "followed none of the accepted routes (R-VALIDATION)"),
        ]
        for item in cases {
            let outcome = evaluator.evaluate(item.condition, for: item.records, at: seminar(hours: item.seminarHours))
            let text = EligibilityReasonText(labels: Self.labels, language: item.language).reason(outcome)
            XCTAssertEqual(outcome.passed, item.passes, item.name)
            XCTAssertEqual(Self.plainSpaces(text), Self.plainSpaces(item.reason), item.name)
        }
    }

    /// Locales differ in which no-break space they put before `%`; the words are what matter.
    private static func plainSpaces(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
    }

    func testACertificateIsGrantedOnlyWhenEveryRuleHolds() {
        let evaluator = EligibilityEvaluator(programme: programme(), recognition: recognition())
        var type = CertificateType()
        type.id = "CT-UNIT"
        type.rules = [EligibilityRule(condition: .attendance(minimumPercent: 80)),
                      EligibilityRule(condition: .unitsPassed(units: .any, minimum: 1))]
        let present = evaluator.decisions(for: records(hours: [16], results: [("U1", true, [:])]), at: seminar(hours: 20), types: [type])
        XCTAssertTrue(present[0].granted)
        let absent = evaluator.decisions(for: records(hours: [15], results: [("U1", true, [:])]), at: seminar(hours: 20), types: [type])
        XCTAssertFalse(absent[0].granted)
        XCTAssertEqual(absent[0].failures.map(\.condition), [.attendance(minimumPercent: 80)])
    }

    func testCanonicalRecordsReadBackAsTheSameRows() {
        var original = records(hours: [7, 0.5], results: [("U1", true, ["1.1": .b1, "2.3": .c1])])
        original.participant.givenName = "Ștefan\tTab"
        original.participant.familyName = "Țurcanu\\"
        let read = ParticipantRecords.parse(canonical: original.canonicalText + "\n" + original.canonicalText)
        XCTAssertEqual(read.count, 2)
        XCTAssertEqual(read[0].participant.fullName, "Ștefan\tTab Țurcanu\\")
        XCTAssertEqual(read[0].hoursAttended, 7.5)
        XCTAssertEqual(read[0].results.first?.levels, ["1.1": .b1, "2.3": .c1])
        XCTAssertEqual(read[0].canonicalText, original.canonicalText)
    }

    func testCanonicalRowsWithEveryEscapeAndBlankLinesReadBackUnchanged() {
        var original = records(hours: [3.25], results: [("U2", false, ["6.1": .a2])])
        original.participant.givenName = "Line\nbreak\r\n\\Zoë"
        original.participant.familyName = "\\\\ends with a backslash\\"
        original.participant.organisation = "Tab\there · Ștefan cel Mare"
        let text = "\n\n" + original.canonicalText + "\n\n\n" + original.canonicalText + "\n"
        let read = ParticipantRecords.parse(canonical: text)
        XCTAssertEqual(read.count, 2)
        for participant in read {
            XCTAssertEqual(participant.participant.givenName, original.participant.givenName)
            XCTAssertEqual(participant.participant.familyName, original.participant.familyName)
            XCTAssertEqual(participant.participant.organisation, original.participant.organisation)
            XCTAssertEqual(participant.hoursAttended, 3.25)
            XCTAssertEqual(participant.results.first?.passed, false)
            XCTAssertEqual(participant.canonicalText, original.canonicalText)
        }
    }

    func testReadingParticipantsOneAtATimeGivesWhatReadingTheWholeTextGives() {
        var first = records(hours: [7, 0.5], results: [("U1", true, ["1.1": .b1])])
        first.participant.givenName = "participant\tTab"
        var second = records(hours: [3.25], results: [("U2", false, ["6.1": .a2])])
        second.participant.id = "P-2"
        second.participant.organisation = "x\nparticipant\ty"
        let text = "attendance\torphan\n\n" + first.canonicalText + "\n\n" + second.canonicalText + "\n"
        var oneByOne: [String] = []
        ParticipantRecords.forEach(canonical: Array(text.utf8)[...]) { oneByOne.append($0.canonicalText) }
        XCTAssertEqual(oneByOne, ParticipantRecords.parse(canonical: text).map(\.canonicalText))
        XCTAssertEqual(oneByOne, [first.canonicalText, second.canonicalText])
    }
}
