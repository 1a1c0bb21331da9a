import Foundation
@testable import Stages
import TestSupport
import XCTest

/// Each kit reads exactly its own data: a participant list change rebuilds that kit only, an edit
/// of one event rebuilds that event's kit only, and `--country` selects kits by country.
final class KitsIncrementalTests: XCTestCase {
    func testEditsRebuildOnlyTheKitTheyConcern() async throws {
        let scratch = try TemporaryDirectory(prefix: "kits-incremental")
        defer { scratch.remove() }
        let project = try KitsProject.copy(into: scratch.file("project"))
        let output = scratch.file("Build")
        let formats: (inout BuildOptions) -> Void = { $0.formats = [.odt] }
        let first = try await project.build(into: output, formats)
        XCTAssertEqual(first.status, .succeeded)
        XCTAssertEqual(first.builtItems.count, 20)

        let unchanged = try await project.build(into: output, formats)
        XCTAssertEqual(unchanged.builtItems, [])

        // A walk-in registers for the Romanian seminar.
        let csv = project.input.appendingPathComponent("participants/SEM-RO.csv")
        var list = try String(contentsOf: csv, encoding: .utf8)
        list += "P-RO-99,Țața,Șerbănescu,tata.serbanescu@example.org,Biblioteca Județeană Iași,RO,ro,participant\n"
        try list.write(to: csv, atomically: true, encoding: .utf8)
        let afterList = try await project.build(into: output, formats)
        XCTAssertEqual(afterList.status, .succeeded)
        XCTAssertEqual(afterList.builtItems, ["seminars/SEM-RO.en", "seminars/SEM-RO.ro"])

        // Another venue for the Belgian multiplier event.
        let events = project.input.appendingPathComponent("events.yaml")
        let yaml = try String(contentsOf: events, encoding: .utf8)
        try yaml.replacingOccurrences(of: "venue: \"CIEP, salle polyvalente\"", with: "venue: \"CIEP, grande salle\"")
            .write(to: events, atomically: true, encoding: .utf8)
        let afterEvent = try await project.build(into: output, formats)
        XCTAssertEqual(afterEvent.status, .succeeded)
        XCTAssertEqual(afterEvent.builtItems, ["events/ME-BE.en", "events/ME-BE.fr"])
    }

    func testCountrySelectsTheKitsOfThatCountry() async throws {
        let scratch = try TemporaryDirectory(prefix: "kits-country")
        defer { scratch.remove() }
        let summary = try await KitsProject.real.build(into: scratch.file("Build")) {
            $0.formats = [.html]
            $0.countries = ["RO"]
            $0.onlyStages = ["seminars"]
        }
        XCTAssertEqual(summary.status, .succeeded)
        XCTAssertEqual(summary.builtItems, ["seminars/SEM-RO.en", "seminars/SEM-RO.ro"])
    }
}
