import Foundation
import Stages
import XCTest

final class SchedulingTests: XCTestCase {
    func testDependenciesFinishBeforeDependentsStartAndJobsBoundHolds() async throws {
        let workspace = try TestWorkspace()
        for index in 0..<6 { try workspace.writeInput("pages/p\(index).txt", "Page \(index)") }
        let probe = ConcurrencyProbe()
        let summary = try await workspace.build(TestStages.pagesAndIndex(probe: probe)) { $0.jobs = 2 }
        XCTAssertEqual(summary.status, .succeeded)
        XCTAssertEqual(probe.peak, 2, "six 50 ms items on two jobs run two at a time, never more")
        let events = probe.events
        let indexStart = try XCTUnwrap(events.firstIndex(of: "start index"))
        let lastPageEnd = try XCTUnwrap(events.lastIndex { $0.hasPrefix("end p") })
        XCTAssertGreaterThan(indexStart, lastPageEnd)
    }

    func testOneJobRunsItemsOneAtATime() async throws {
        let workspace = try TestWorkspace()
        for index in 0..<3 { try workspace.writeInput("pages/p\(index).txt", "Page \(index)") }
        let probe = ConcurrencyProbe()
        try await workspace.build(TestStages.pagesAndIndex(probe: probe)) { $0.jobs = 1 }
        XCTAssertEqual(probe.peak, 1)
    }

    func testDependencyCycleIsRejectedNamingIt() {
        let a = Stage.single("a", version: "1", dependencies: ["b"], inputs: { _ in [] }) { _ in }
        let b = Stage.single("b", version: "1", dependencies: ["a"], inputs: { _ in [] }) { _ in }
        XCTAssertThrowsError(try BuildEngine(stages: [a, b])) { error in
            XCTAssertEqual(error as? BuildError, .dependencyCycle(["a", "b", "a"]))
        }
    }

    func testUnknownDependencyAndDuplicateNamesAreRejected() {
        let a = Stage.single("a", version: "1", dependencies: ["nope"], inputs: { _ in [] }) { _ in }
        XCTAssertThrowsError(try BuildEngine(stages: [a])) { error in
            XCTAssertEqual(error as? BuildError, .unknownDependency(stage: "a", dependency: "nope"))
        }
        let b = Stage.single("b", version: "1", inputs: { _ in [] }) { _ in }
        XCTAssertThrowsError(try BuildEngine(stages: [b, b]))
    }

    func testReadingAStageThatIsNotADependencyFails() async throws {
        let workspace = try TestWorkspace()
        try workspace.writeInput("pages/a.txt", "Alpha")
        let sneaky = Stage.single("sneaky", version: "1", inputs: { _ in [.stage("pages")] }) { _ in }
        let summary = try await workspace.build([TestStages.pages(), sneaky])
        guard case .failed(let failures) = summary.status else { return XCTFail("expected a failure") }
        XCTAssertEqual(failures.map(\.description),
                       ["stage 'sneaky': stage 'sneaky' reads the outputs of 'pages' without declaring it a dependency"])
    }

    func testBadOutputPathsAreRefused() async throws {
        let workspace = try TestWorkspace()
        let bad = Stage.single("bad", version: "1", inputs: { _ in [] }) { context in
            try context.write("../escape.txt", bytes: [1])
        }
        let summary = try await workspace.build([bad])
        guard case .failed(let failures) = summary.status else { return XCTFail("expected a failure") }
        XCTAssertTrue(failures[0].message.contains("must not contain '.' or '..'"), failures[0].message)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("escape.txt").path))
    }

    func testCancelledBuildStopsSchedulingAndKeepsTheCacheConsistent() async throws {
        let workspace = try TestWorkspace()
        for index in 0..<8 { try workspace.writeInput("pages/p\(index).txt", "SLOW \(index)") }
        let task = Task { try await workspace.build { $0.jobs = 1 } }
        try await Task.sleep(nanoseconds: 120_000_000)
        task.cancel()
        let summary = try await task.value
        XCTAssertEqual(summary.status, .interrupted)
        XCTAssertLessThan(summary.builtItems.count, 8)
        // What was built is recorded: the next build does only the rest.
        let next = try await workspace.build()
        XCTAssertEqual(next.upToDateItems, summary.builtItems.count)
        XCTAssertEqual(next.builtItems.count, 9 - summary.builtItems.count)
        XCTAssertEqual(next.status, .succeeded)
    }
}
