import XCTest

/// Skips that say why: a missing tool or schema is reported as a visible skip, never a pass.
public enum TestSkip {
    /// An `XCTSkip` whose message gives the reason (XCTest prints it after "Test skipped -").
    public static func because(_ reason: String) -> XCTSkip {
        XCTSkip(reason)
    }

    /// The absolute path of `tool` on PATH, or an `XCTSkip` naming the package that provides it.
    public static func requireTool(_ tool: String, package: String) throws -> String {
        guard let path = ProcessRunner.which(tool) else {
            throw because("\(tool) is not installed (Debian/pip package \(package); `Scripts/bootstrap test` installs it)")
        }
        return path
    }
}
