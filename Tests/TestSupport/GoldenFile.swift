import Foundation
import XCTest

/// Golden files that record themselves: a missing golden, or any golden while `RECORD_SNAPSHOTS`
/// is set (to anything but `0`), is written from the actual output and the test fails saying
/// so; otherwise the output must equal the golden, and a failure shows the differing lines.
///
/// Goldens live in the source tree (`Tests/<target>/Goldens/<folder>/`), found from
/// `TestPaths.packageRoot`, so recording writes where `git diff` shows the change.
public enum GoldenFile {
    /// What comparing with a golden found.
    public enum Outcome: Equatable, Sendable {
        case matched
        /// The golden was written; the string says why (missing, or recording asked for).
        case recorded(String)
        /// The output differs; the string is a readable line diff.
        case differs(String)
    }

    /// True when `RECORD_SNAPSHOTS` is set to anything but `0` or an empty string.
    public static var isRecording: Bool {
        let value = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] ?? ""
        return !value.isEmpty && value != "0"
    }

    /// `<packageRoot>/Tests/<testTarget>/Goldens/<folder>`.
    public static func directory(testTarget: String = "DocumentWritersTests", folder: String) -> URL {
        TestPaths.packageRoot.appendingPathComponent("Tests/\(testTarget)/Goldens/\(folder)", isDirectory: true)
    }

    /// Fails the test unless `actual` equals the golden `name` in `directory` (see the type's rules).
    public static func assertMatches(
        _ actual: String, named name: String, in directory: URL, file: StaticString = #filePath, line: UInt = #line
    ) {
        let golden = directory.appendingPathComponent(name)
        do {
            switch try compare(actual, with: golden, record: isRecording) {
            case .matched: break
            case .recorded(let reason):
                XCTFail("\(reason): recorded \(golden.path); review it and run the test again", file: file, line: line)
            case .differs(let diff):
                XCTFail("\(name) differs from its golden (RECORD_SNAPSHOTS=1 re-records it):\n\(diff)", file: file, line: line)
            }
        } catch {
            XCTFail("cannot compare with golden \(golden.path): \(error)", file: file, line: line)
        }
    }

    /// Compares `actual` with the file `golden`, writing it when missing or when `record` is true.
    public static func compare(_ actual: String, with golden: URL, record: Bool) throws -> Outcome {
        let exists = FileManager.default.fileExists(atPath: golden.path)
        if record || !exists {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: golden)
            return .recorded(exists ? "RECORD_SNAPSHOTS is set" : "the golden \(golden.lastPathComponent) was missing")
        }
        let expected = String(decoding: try Data(contentsOf: golden), as: UTF8.self)
        return expected == actual ? .matched : .differs(lineDiff(expected: expected, actual: actual))
    }

    /// The lines between the common head and the common tail, `-` expected and `+` actual, with
    /// line numbers and up to `limit` lines per side.
    public static func lineDiff(expected: String, actual: String, limit: Int = 40) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        let removed = old[head..<(old.count - tail)]
        let added = new[head..<(new.count - tail)]
        var lines = ["@@ line \(head + 1): \(removed.count) line(s) expected, \(added.count) line(s) actual @@"]
        if head > 0 { lines.append("  \(old[head - 1])") }
        lines += removed.prefix(limit).map { "- \($0)" }
        if removed.count > limit { lines.append("- … \(removed.count - limit) more") }
        lines += added.prefix(limit).map { "+ \($0)" }
        if added.count > limit { lines.append("+ … \(added.count - limit) more") }
        if tail > 0 { lines.append("  \(old[old.count - tail])") }
        return lines.joined(separator: "\n")
    }
}
