import Foundation
import Stages
import XCTest

/// A temporary project: `Input/`, `Templates/` and any number of output folders, removed at the end.
final class TestWorkspace: Sendable {
    let root: URL
    /// Whether `deinit` removes `root`.
    private let ownsRoot: Bool
    var input: URL { root.appendingPathComponent("Input") }
    var templates: URL { root.appendingPathComponent("Templates") }
    var build: URL { root.appendingPathComponent("Build") }

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("stages-tests-\(UUID().uuidString)")
        ownsRoot = true
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
    }

    /// A workspace another process made; left in place at the end.
    init(existing root: URL) {
        self.root = root
        ownsRoot = false
    }

    deinit {
        if ownsRoot { try? FileManager.default.removeItem(at: root) }
    }

    /// Writes a file under `Input/`.
    func writeInput(_ path: String, _ text: String) throws {
        let url = input.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func removeInput(_ path: String) throws {
        try FileManager.default.removeItem(at: input.appendingPathComponent(path))
    }

    var environment: StageEnvironment {
        StageEnvironment(inputDirectory: input, templatesDirectory: templates, timestamp: 1_767_225_600)
    }

    func options(into folder: URL? = nil, _ change: (inout BuildOptions) -> Void = { _ in }) -> BuildOptions {
        var options = BuildOptions(outputDirectory: folder ?? build, jobs: 2)
        change(&options)
        return options
    }

    /// Runs a build of `stages` (the pages + index pair by default).
    @discardableResult
    func build(_ stages: [Stage] = TestStages.pagesAndIndex(), into folder: URL? = nil,
               _ change: (inout BuildOptions) -> Void = { _ in },
               events: @escaping @Sendable (BuildEvent) -> Void = { _ in }) async throws -> BuildSummary {
        try await BuildEngine(stages: stages).build(environment: environment, options: options(into: folder, change),
                                                   events: events)
    }

    /// Every file under `folder` (hidden ones included), by relative path, with its bytes.
    func tree(_ folder: URL? = nil) throws -> [String: Data] {
        let base = (folder ?? build).standardizedFileURL.resolvingSymlinksInPath()
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return files
        }
        for case let url as URL in walker {
            let resolved = url.standardizedFileURL.resolvingSymlinksInPath()
            guard (try resolved.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let relative = String(resolved.path.dropFirst(base.path.count + 1))
            files[relative] = try Data(contentsOf: resolved)
        }
        return files
    }

    /// Modification times of every file under `folder`.
    func modificationTimes(_ folder: URL? = nil) throws -> [String: Date] {
        let base = folder ?? build
        var times: [String: Date] = [:]
        for path in try tree(base).keys {
            let attributes = try FileManager.default.attributesOfItem(atPath: base.appendingPathComponent(path).path)
            times[path] = attributes[.modificationDate] as? Date
        }
        return times
    }

    func manifest(_ folder: URL? = nil) throws -> Manifest {
        try Manifest.decode(Array(Data(contentsOf: (folder ?? build).appendingPathComponent("manifest.json"))))
    }

    func output(_ path: String, in folder: URL? = nil) -> String? {
        FileManager.default.contents(atPath: (folder ?? build).appendingPathComponent(path).path)
            .map { String(decoding: $0, as: UTF8.self) }
    }
}
