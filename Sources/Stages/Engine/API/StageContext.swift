import DocumentWriters
import Foundation

/// What a stage item is given to work with: its inputs (read through it, so they are hashed) and
/// a place to put its outputs (each written at once to a temporary file, renamed into place when
/// the item succeeds and deleted when it fails).
public final class StageContext: Sendable {
    /// The stage's name.
    public let stage: String
    /// The item being built (for single stages, an item with an empty id).
    public let item: StageItem
    public let environment: StageEnvironment
    /// The formats to write, sorted: `--format` without PDF, with ODT added when PDF is wanted
    /// (LibreOffice makes the PDF from the ODT after the stages).
    public let formats: [BuildFormat]

    let dependencyOutputsByPath: [String: ManifestEntry]
    let outputDirectory: OutputDirectory
    let fileHashes: FileHashes
    let firstWrite: FirstWrite
    private let state = Locked(Collected())

    /// An output written to its temporary file, waiting for the item to succeed.
    struct PendingOutput: Sendable {
        var path: String
        var temporaryPath: String
        var size: Int
        var sha256: String
        var language: String?
        var format: BuildFormat?
    }

    struct Collected: Sendable {
        var outputs: [PendingOutput] = []
        var paths: Set<String> = []
        var reads: [String: String] = [:]
    }

    init(stage: String, item: StageItem, environment: StageEnvironment, formats: [BuildFormat],
         dependencyOutputsByPath: [String: ManifestEntry], outputDirectory: OutputDirectory, fileHashes: FileHashes,
         firstWrite: FirstWrite) {
        self.stage = stage
        self.item = item
        self.environment = environment
        self.formats = formats
        self.dependencyOutputsByPath = dependencyOutputsByPath
        self.outputDirectory = outputDirectory
        self.fileHashes = fileHashes
        self.firstWrite = firstWrite
    }

    /// The outputs of the stages this stage depends on, sorted by path (what a toolkit bundles).
    public var dependencyOutputs: [ManifestEntry] {
        dependencyOutputsByPath.values.sorted { $0.path < $1.path }
    }

    /// The writer formats among ``formats`` (PDF excluded).
    public var writerFormats: [OutputFormat] { formats.compactMap(\.writerFormat) }

    /// Hands one output to the engine, which writes it to a temporary file at once (so the bytes
    /// need not be kept) and renames it into place when the item succeeds.
    /// - Parameters:
    ///   - path: relative to `Build/`, `/`-separated, e.g. `seminars/SEM-RO/ro/agenda.odt`.
    ///   - language: recorded in the manifest; defaults to the item's language.
    ///   - format: recorded in the manifest; `nil` for files that are not documents.
    /// - Throws: ``BuildError/badOutputPath(stage:path:reason:)`` for an absolute path, `..`, a
    ///   hidden component, `manifest.json`, or a path the item already wrote.
    public func write(_ path: String, bytes: [UInt8], language: String? = nil, format: BuildFormat? = nil) throws {
        if let reason = OutputPath.problem(with: path) {
            throw BuildError.badOutputPath(stage: stage, path: path, reason: reason)
        }
        try state.withLock { collected in
            if !collected.paths.insert(path).inserted {
                throw BuildError.badOutputPath(stage: stage, path: path, reason: "written twice by the same item")
            }
        }
        let sha256 = ContentHash.hex(bytes)
        let temporary: String
        do {
            try firstWrite.prepare(outputDirectory)
            temporary = try outputDirectory.writeTemporary(for: path, bytes: bytes)
        } catch {
            state.withLock { _ = $0.paths.remove(path) }
            throw error
        }
        state.withLock { collected in
            collected.outputs.append(PendingOutput(path: path, temporaryPath: temporary, size: bytes.count, sha256: sha256,
                                                   language: language ?? item.language, format: format))
        }
    }

    /// Reads a file under the input directory and records its hash, so the item rebuilds when it
    /// changes even if it was not declared.
    public func readInput(_ path: String) throws -> [UInt8] {
        try readFile(environment.inputDirectory.path + "/" + path, key: InputRef.input(path).key, display: path)
    }

    /// Reads a file under the templates directory and records its hash.
    public func readTemplate(_ path: String) throws -> [UInt8] {
        try readFile(environment.templatesDirectory.path + "/" + path, key: InputRef.template(path).key, display: path)
    }

    /// Reads an output of a stage this stage depends on (a manual to bundle into the toolkit…).
    /// - Throws: ``BuildError/undeclaredStageInput(stage:reads:)`` when no dependency made it.
    public func readOutput(_ path: String) throws -> [UInt8] {
        guard let entry = dependencyOutputsByPath[path] else {
            throw BuildError.undeclaredStageInput(stage: stage, reads: path)
        }
        guard let bytes = outputDirectory.contents(of: path) else {
            throw BuildError.unreadableInput(path: path, reason: "the output is missing from the output folder")
        }
        state.withLock { $0.reads["output:\(path)"] = entry.sha256 }
        return bytes
    }

    private func readFile(_ path: String, key: String, display: String) throws -> [UInt8] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw BuildError.unreadableInput(path: display, reason: error.localizedDescription)
        }
        let hash = ContentHash.hex(data)
        fileHashes.record(hash, for: path)
        state.withLock { $0.reads[key] = hash }
        return Array(data)
    }

    func collected() -> Collected { state.withLock { $0 } }

    /// Deletes the temporary files of an item that failed or was cancelled.
    func discardOutputs() {
        let pending = state.withLock { collected in
            defer { collected.outputs = [] }
            return collected.outputs
        }
        for output in pending { outputDirectory.discard(output.temporaryPath) }
    }
}
