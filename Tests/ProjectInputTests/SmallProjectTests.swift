import ProjectInput
import ProjectModel
import XCTest

/// A second, different dataset checks clean: the loader is not tied to `Input/`.
final class SmallProjectTests: XCTestCase {
    func testSmallProjectChecksCleanAndLoadsItsOwnFramework() {
        let directory = FixtureDataset.fixtures.appendingPathComponent("SmallProject").path
        let loaded = InputLoader.load(directory: directory, displayPath: "SmallProject")
        XCTAssertEqual(loaded.diagnostics.map(\.description), [])
        let data = loaded.data
        XCTAssertEqual(data.project.languages, ["en", "ro"])
        XCTAssertEqual(data.framework.areas.count, 2)
        XCTAssertEqual(data.framework.competences.map(\.id), ["L1", "L2", "S1", "S2"])
        XCTAssertEqual(data.seminars.map(\.id), ["SEM-LIB"])
        XCTAssertEqual(data.programme.totalHours, 24)
        XCTAssertEqual(data.participants(of: "SEM-LIB").count, 3)
        XCTAssertEqual(data.results.first?.levels["L1"], .b1)
    }

    func testLocationsPointAtTheValues() throws {
        let directory = FixtureDataset.fixtures.appendingPathComponent("SmallProject").path
        let data = InputLoader.load(directory: directory, displayPath: "SmallProject").data
        let unit = try XCTUnwrap(data.programme.units.first)
        XCTAssertEqual(unit.source.record.description, "SmallProject/programme.yaml:12:5")
        XCTAssertEqual(unit.source["outcomes[1]"].description, "SmallProject/programme.yaml:17:20")
        XCTAssertEqual(unit.source["hours.contact"].description, "SmallProject/programme.yaml:15:22")
    }
}
