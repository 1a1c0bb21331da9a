import Foundation

/// Where the package and the shared project files are, for tests.
public enum TestPaths {
    /// The package root (the folder holding `Package.swift`), found from this file's path.
    public static let packageRoot: URL = {
        // <root>/Tests/TestSupport/TestPaths.swift
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }()

    /// `<packageRoot>/../shared/schemas` (CI lays a copy of `shared/` beside the clone), else
    /// `/work/shared/schemas`; nil when absent. The environment variable
    /// `DELIVERABLES_SHARED_SCHEMAS`, when set, is the only place looked at (point it at a
    /// missing folder to see how the suite skips without schemas).
    public static let sharedSchemas: URL? = {
        let candidates: [URL]
        if let environment = ProcessInfo.processInfo.environment["DELIVERABLES_SHARED_SCHEMAS"], !environment.isEmpty {
            candidates = [URL(fileURLWithPath: environment)]
        } else {
            candidates = [packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas"),
                          URL(fileURLWithPath: "/work/shared/schemas")]
        }
        return candidates.first { isDirectory($0.appendingPathComponent("odf")) || isDirectory($0.appendingPathComponent("ooxml")) }
    }()

    /// The schemas folder, or an `XCTSkip` naming where it was looked for.
    public static func requireSharedSchemas() throws -> URL {
        guard let schemas = sharedSchemas else {
            throw TestSkip.because("the shared schemas are absent (looked in "
                + (ProcessInfo.processInfo.environment["DELIVERABLES_SHARED_SCHEMAS"].map { "$DELIVERABLES_SHARED_SCHEMAS=\($0)" }
                    ?? "\(packageRoot.deletingLastPathComponent().path)/shared/schemas and /work/shared/schemas") + ")")
        }
        return schemas
    }

    /// A file inside the shared schemas, or an `XCTSkip` when it is missing.
    public static func requireSchema(_ relativePath: String) throws -> URL {
        let file = try requireSharedSchemas().appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw TestSkip.because("schema \(relativePath) is missing from \(file.deletingLastPathComponent().path)")
        }
        return file
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
