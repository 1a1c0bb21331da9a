import Foundation
import ProjectInput
import XCTest

/// Hostile or broken files get one clear error, fast, without a crash or unbounded memory.
final class HostileInputTests: FixtureTestCase {
    func testAliasBombIsRejectedFast() throws {
        var yaml = "people:\n  - id: T-1\n    givenName: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "    x\(level): &a\(level) [\(refs)]\n"
        }
        try dataset.write("people.yaml", yaml)
        let start = Date()
        let diagnostics = assertDiagnostic("Input/people.yaml:8:49: error: YAML aliases expand to more than 1000000 nodes (an alias bomb?); refusing to load the file")
        XCTAssertLessThan(Date().timeIntervalSince(start), 1.0)
        XCTAssertEqual(diagnostics.filter { $0.hasPrefix("Input/people.yaml") }.count, 1)
    }

    func testNestingDeeperThanTheLimitIsRejected() throws {
        try dataset.write("people.yaml", "people: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\n")
        assertDiagnostic("Input/people.yaml:1:72: error: YAML nesting is deeper than 64 levels")
    }

    func testHugeNestingIsRejectedByTheParser() throws {
        try dataset.write("people.yaml", "people: " + String(repeating: "[", count: 1_000_000) + "\n")
        let start = Date()
        assertDiagnostic("Input/people.yaml:1:10: error: YAML syntax error: Maximum nesting level reached, set with yaml_set_max_nest_level()) (while parsing at line 1)")
        XCTAssertLessThan(Date().timeIntervalSince(start), 1.0)
    }

    func testFileAboveTheSizeLimitIsRejectedBeforeReading() throws {
        let path = dataset.input.appendingPathComponent("people.yaml").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 50 << 20)   // a sparse 50 MiB file
        try handle.close()
        let start = Date()
        assertDiagnostic("Input/people.yaml:1:1: error: file is 50 MiB, above the limit of 8 MiB per input file")
        XCTAssertLessThan(Date().timeIntervalSince(start), 1.0)
    }

    func testBinaryJunkIsAnError() throws {
        try dataset.write("people.yaml", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]))
        assertDiagnostic("Input/people.yaml:1:1: error: invalid UTF-8 (byte 0x89); save the file as UTF-8")
    }

    func testInvalidUTF8PointsAtTheFirstBadByte() throws {
        var bytes = Data("people:\n  - {id: T-1, givenName: Ann".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])
        bytes.append(contentsOf: Data("e}\n".utf8))
        try dataset.write("people.yaml", bytes)
        assertDiagnostic("Input/people.yaml:2:29: error: invalid UTF-8 (byte 0xC3); save the file as UTF-8")
    }

    func testControlCharacterInTextIsAnError() throws {
        try dataset.write("people.yaml", "people:\n  - {id: T-1, givenName: \"An\u{07}ne\"}\n")
        assertDiagnostic("Input/people.yaml:2:29: error: control character U+0007 in text; remove it")
    }

    func testByteOrderMarkIsAcceptedAndStripped() throws {
        let text = try String(contentsOf: dataset.input.appendingPathComponent("people.yaml"), encoding: .utf8)
        try dataset.write("people.yaml", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        try dataset.write("attendance/SEM-BE.csv", Data([0xEF, 0xBB, 0xBF]) + Data("participant,date,part,hours\nP-01,2027-04-05,day,6\n".utf8))
        let loaded = dataset.load()
        XCTAssertEqual(loaded.diagnostics, [])
        XCTAssertEqual(loaded.data.people.first?.id, "T-1")
        XCTAssertEqual(loaded.data.attendance.first?.participant, "P-01")
    }

    func testCRLFLineEndsKeepLineNumbers() throws {
        let text = try String(contentsOf: dataset.input.appendingPathComponent("outcomes.yaml"), encoding: .utf8)
        try dataset.write("outcomes.yaml", text.replacingOccurrences(of: "\n", with: "\r\n")
            .replacingOccurrences(of: "eqfLevel: 5\r\n    statement: {en: \"Selects", with: "eqfLevel: 12\r\n    statement: {en: \"Selects"))
        assertDiagnostics(["Input/outcomes.yaml:18:15: error: learning outcome 'LO-2.1-R1' has EQF level 12; EQF levels are 1 to 8"])
    }

    func testProsePathEscapingTheInputDirectoryIsRefused() throws {
        try dataset.edit("project.yaml", "title: {en: \"Framework\", fr: \"Référentiel\"}}",
                         "title: {en: \"Framework\", fr: \"Référentiel\"}, prose: \"../../etc/passwd\"}")
        assertDiagnostic("Input/project.yaml:18:85: error: prose path '../../etc/passwd' leaves the input directory ('..')")
    }

    func testAbsoluteProsePathIsRefused() throws {
        try dataset.edit("project.yaml", "title: {en: \"Framework\", fr: \"Référentiel\"}}",
                         "title: {en: \"Framework\", fr: \"Référentiel\"}, prose: /etc/passwd}")
        assertDiagnostic("Input/project.yaml:18:85: error: prose path '/etc/passwd' is absolute; paths are relative to the input directory")
    }

    func testSymlinkEscapingTheInputDirectoryIsRefused() throws {
        try dataset.remove("prose/fr/framework.md")
        try FileManager.default.createSymbolicLink(atPath: dataset.input.appendingPathComponent("prose/fr/framework.md").path,
                                                   withDestinationPath: "/etc/hostname")
        let diagnostics = dataset.load().diagnostics.map(\.description)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(diagnostics[0].hasPrefix("Input/prose/fr/framework.md:1:1: error: 'prose/fr/framework.md' resolves to '/etc/hostname', outside the input directory; refusing to read it"), "\(diagnostics)")
    }

    func testSpecialFileIsRefused() throws {
        try dataset.remove("people.yaml")
        try FileManager.default.createSymbolicLink(atPath: dataset.input.appendingPathComponent("people.yaml").path,
                                                   withDestinationPath: "/dev/zero")
        let diagnostics = dataset.load().diagnostics.map(\.description)
        XCTAssertEqual(diagnostics, ["Input/people.yaml:1:1: error: 'people.yaml' resolves to '/dev/zero', outside the input directory; refusing to read it"])
    }

    func testMissingInputDirectoryIsOneError() {
        let loaded = InputLoader.load(directory: dataset.root.appendingPathComponent("Nope").path, displayPath: "Nope")
        XCTAssertEqual(loaded.diagnostics.map(\.description), ["Nope:1:1: error: input directory not found"])
    }
}
