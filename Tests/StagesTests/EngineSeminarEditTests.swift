import Foundation
@testable import Stages
import TestSupport
import XCTest

/// The incremental promise on the real default build: editing one seminar's participant
/// file rebuilds that seminar's kit and the edited participant's certificate (and what lists them:
/// the toolkit and the website) and nothing else, and the manifest says which outputs.
final class EngineSeminarEditTests: XCTestCase {
    func testEditingOneSeminarsParticipantFileRebuildsItsKitCertificatesAndListsOnly() async throws {
        let scratch = try TemporaryDirectory(prefix: "engine-seminar-edit")
        defer { scratch.remove() }
        let project = try KitsProject.copy(into: scratch.file("project"))
        let output = scratch.file("Build")
        let engine = try BuildEngine(stages: Stage.defaultBuild)
        let options = BuildOptions(outputDirectory: output, jobs: 2)
        let cold = try await engine.build(environment: try project.environment(), options: options)
        XCTAssertEqual(cold.status, .succeeded)
        let before = try Manifest.decode(Array(Data(contentsOf: output.appendingPathComponent("manifest.json"))))
        XCTAssertTrue(before.outputs.allSatisfy { $0.rebuilt == true })

        // One participant of the Romanian seminar corrects the spelling of her name.
        let csv = project.input.appendingPathComponent("participants/SEM-RO.csv")
        let text = try String(contentsOf: csv, encoding: .utf8)
        XCTAssertTrue(text.contains("P-RO-01,Cătălina,"))
        try text.replacingOccurrences(of: "P-RO-01,Cătălina,", with: "P-RO-01,Cătălina-Maria,")
            .write(to: csv, atomically: true, encoding: .utf8)
        let edit = try await engine.build(environment: try project.environment(), options: options)
        XCTAssertEqual(edit.status, .succeeded)
        let after = try Manifest.decode(Array(Data(contentsOf: output.appendingPathComponent("manifest.json"))))
        XCTAssertEqual(after.outputs.map(\.path), before.outputs.map(\.path), "the edit adds or removes no output")

        let isExpected = { (entry: ManifestEntry) -> Bool in
            switch entry.stage {
            case "seminars": entry.item?.hasPrefix("SEM-RO.") == true
            case "certificates": entry.item == "SEM-RO/P-RO-01" || entry.item == "SEM-RO/decisions"
            case "toolkit", "website": true
            default: false
            }
        }
        let rebuilt = after.outputs.filter { $0.rebuilt == true }.map(\.path)
        XCTAssertEqual(rebuilt, after.outputs.filter(isExpected).map(\.path))
        XCTAssertEqual(rebuilt, edit.writtenOutputs, "the manifest names exactly what the build wrote")
        // The kit of the edited seminar in both its languages, and the participant's certificate.
        XCTAssertTrue(rebuilt.contains("seminars/SEM-RO/ro/agenda.odt"))
        XCTAssertTrue(rebuilt.contains("seminars/SEM-RO/en/agenda.odt"))
        XCTAssertTrue(rebuilt.contains { $0.hasPrefix("certificates/SEM-RO/P-RO-01/") })
        // Nothing of the other seminars, their participants, the events or the manuals.
        XCTAssertFalse(rebuilt.contains { $0.hasPrefix("seminars/SEM-IT/") || $0.hasPrefix("certificates/SEM-IT/") })
        XCTAssertFalse(rebuilt.contains { $0.hasPrefix("certificates/SEM-RO/P-RO-02") })
        XCTAssertFalse(rebuilt.contains { $0.hasPrefix("events/") || $0.hasPrefix("framework/") })
        let builtKits = edit.builtItems.filter { $0.hasPrefix("seminars/") || $0.hasPrefix("events/") }
        XCTAssertEqual(builtKits, ["seminars/SEM-RO.en", "seminars/SEM-RO.ro"])
        XCTAssertFalse(edit.builtItems.contains { $0.hasPrefix("certificates/SEM-") && !$0.hasPrefix("certificates/SEM-RO/") })
        // Outputs that were not rebuilt are recorded exactly as before.
        let unchanged = Dictionary(uniqueKeysWithValues: before.outputs.map { ($0.path, $0) })
        for entry in after.outputs where entry.rebuilt != true {
            var previous = unchanged[entry.path]
            previous?.rebuilt = nil
            XCTAssertEqual(entry, previous)
        }
    }
}
