import Foundation

/// A fresh, uniquely named directory under the system temporary folder, removed by `remove()`
/// or when the value created by `withTemporaryDirectory` goes out of scope.
public final class TemporaryDirectory: Sendable {
    public let url: URL

    /// Creates `<tmp>/deliverables-<prefix>-<uuid>/`.
    public init(prefix: String = "test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("deliverables-\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the directory (not created).
    public func file(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

    /// Writes bytes at a relative path, creating intermediate folders.
    @discardableResult
    public func write(_ bytes: [UInt8], to relativePath: String) throws -> URL {
        let target = file(relativePath)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: target)
        return target
    }

    /// Writes UTF-8 text at a relative path, creating intermediate folders.
    @discardableResult
    public func write(_ text: String, to relativePath: String) throws -> URL {
        try write(Array(text.utf8), to: relativePath)
    }

    /// Removes the directory and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// Removes the directory when the process exits: for a fixture shared by a whole test run,
    /// held by a static and so never released (its `deinit` never runs).
    public func removeAtExit() {
        ExitCleanup.shared.add(url)
    }

    deinit { remove() }
}

/// Folders removed by an `atexit` handler, registered on first use.
private final class ExitCleanup: @unchecked Sendable {
    static let shared = ExitCleanup()
    private let lock = NSLock()
    private var folders: [URL] = []

    private init() {
        atexit { ExitCleanup.shared.removeAll() }
    }

    func add(_ folder: URL) {
        lock.withLock { folders.append(folder) }
    }

    private func removeAll() {
        for folder in lock.withLock({ folders }) { try? FileManager.default.removeItem(at: folder) }
    }
}

/// Runs `body` with a fresh temporary directory and removes it afterwards.
public func withTemporaryDirectory<T>(prefix: String = "test", _ body: (TemporaryDirectory) throws -> T) throws -> T {
    let directory = try TemporaryDirectory(prefix: prefix)
    defer { directory.remove() }
    return try body(directory)
}
