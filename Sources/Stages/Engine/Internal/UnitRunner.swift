import Crypto
import Foundation

/// Builds one unit: hashes what it reads, skips it when the cache says it is up to date, else runs
/// the stage and commits its outputs (each renamed into place) once it has succeeded.
struct UnitRunner: Sendable {
    let environment: StageEnvironment
    /// The selected formats (with ODT when PDF is selected), hashed into every item.
    let formats: [BuildFormat]
    let force: Bool
    /// Compare up-to-date outputs by SHA-256 rather than by size.
    let verifyOutputs: Bool
    let output: OutputDirectory
    let fileHashes: FileHashes
    let firstWrite: FirstWrite
    let events: @Sendable (BuildEvent) -> Void

    /// `environment.inputDirectory.path` and `environment.templatesDirectory.path`, computed once
    /// (`URL` path building is slow next to a memo look-up, and it happens for every declared input).
    let inputRoot: String
    let templatesRoot: String

    init(environment: StageEnvironment, formats: [BuildFormat], force: Bool, verifyOutputs: Bool, output: OutputDirectory,
         fileHashes: FileHashes, firstWrite: FirstWrite, events: @escaping @Sendable (BuildEvent) -> Void) {
        self.environment = environment
        self.formats = formats
        self.force = force
        self.verifyOutputs = verifyOutputs
        self.output = output
        self.fileHashes = fileHashes
        self.firstWrite = firstWrite
        self.events = events
        self.inputRoot = environment.inputDirectory.path
        self.templatesRoot = environment.templatesDirectory.path
    }

    func run(_ unit: WorkUnit) async -> UnitResult {
        if Task.isCancelled { return .cancelled(unit) }
        var context: StageContext?
        do {
            let hash = try inputsHash(of: unit)
            if !force, let previous = unit.previous, previous.inputsHash == hash,
               try readsUnchanged(previous.reads, unit: unit), outputsIntact(previous.outputs) {
                return .upToDate(unit)
            }
            let made = StageContext(stage: unit.stage.name, item: unit.item, environment: environment,
                                    formats: formats.filter { $0 != .pdf }, dependencyOutputsByPath: unit.dependencyOutputs,
                                    outputDirectory: output, fileHashes: fileHashes, firstWrite: firstWrite)
            context = made
            try await unit.stage.run(made)
            let collected = made.collected()
            var entries: [ManifestEntry] = []
            entries.reserveCapacity(collected.outputs.count)
            for pending in collected.outputs.sorted(by: { $0.path < $1.path }) {
                entries.append(ManifestEntry(
                    path: pending.path, stage: unit.stage.name, item: unit.stage.isPerItem ? unit.item.id : nil,
                    language: pending.language, format: pending.format?.rawValue, size: pending.size,
                    sha256: pending.sha256, inputsHash: hash))
            }
            // Every output is already in its temporary file: the renames are all that is left, so
            // an item's outputs land together (a failure above leaves the old ones untouched).
            for pending in collected.outputs.sorted(by: { $0.path < $1.path }) {
                do {
                    try output.commit(pending.temporaryPath, to: pending.path)
                } catch {
                    made.discardOutputs()
                    throw error
                }
                events(.outputWritten(path: pending.path))
            }
            return .built(unit, ItemRecord(inputsHash: hash, reads: collected.reads, outputs: entries))
        } catch is CancellationError {
            context?.discardOutputs()
            return .cancelled(unit)
        } catch {
            context?.discardOutputs()
            return .failed(unit, "\(error)")
        }
    }

    /// SHA-256 over the engine version, the stage, its version, the item, the formats, the
    /// environment's settings and timestamp, and each declared input (files by content).
    func inputsHash(of unit: WorkUnit) throws -> String {
        // The digest of these lines joined by "\n", fed to SHA-256 line by line (no joined copy),
        // with each input's key computed once rather than at every comparison of the sort.
        var hasher = SHA256()
        var first = true
        func line(_ text: String) {
            if !first { hasher.update(data: [UInt8(ascii: "\n")]) }
            first = false
            var text = text
            text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        line("deliverables-engine 1")
        line("stage \(unit.stage.name)")
        line("version \(unit.stage.version)")
        line("item \(unit.item.id)")
        line("language \(unit.item.language ?? "-")")
        line("country \(unit.item.country ?? "-")")
        line("formats \(formats.map(\.rawValue).joined(separator: ","))")
        line("timestamp \(environment.timestamp)")
        for (key, value) in environment.settings.sorted(by: { $0.key < $1.key }) {
            line("setting \(key)=\(value)")
        }
        let keyed = unit.item.inputs.enumerated().map { (key: $1.key, index: $0, input: $1) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        var previousKey: String?
        for (key, _, input) in keyed where key != previousKey {
            previousKey = key
            switch input {
            case .input(let path):
                let hash = try fileHashes.hash(of: inputRoot + "/" + path, displayPath: path)
                line("\(key) \(hash ?? "-")")
            case .template(let path):
                let hash = try fileHashes.hash(of: templatesRoot + "/" + path, displayPath: path)
                line("\(key) \(hash ?? "-")")
            case .value(_, let bytes):
                line("\(key) \(ContentHash.hex(bytes))")
            case .digest(_, let sha256):
                line("\(key) \(sha256)")
            case .stage(let name):
                guard let digest = unit.dependencyDigests[name] else {
                    throw BuildError.undeclaredStageInput(stage: unit.stage.name, reads: name)
                }
                line("\(key) \(digest)")
            }
        }
        return ContentHash.hex(digest: hasher.finalize())
    }

    /// Whether every file the item read on its own last time still has the same contents.
    func readsUnchanged(_ reads: [String: String], unit: WorkUnit) throws -> Bool {
        for (key, recorded) in reads {
            let current: String?
            if key.hasPrefix("input:") {
                let path = String(key.dropFirst("input:".count))
                current = try fileHashes.hash(of: inputRoot + "/" + path, displayPath: path)
            } else if key.hasPrefix("template:") {
                let path = String(key.dropFirst("template:".count))
                current = try fileHashes.hash(of: templatesRoot + "/" + path, displayPath: path)
            } else if key.hasPrefix("output:") {
                current = unit.dependencyOutputs[String(key.dropFirst("output:".count))]?.sha256
            } else {
                return false
            }
            if (current ?? "-") != recorded { return false }
        }
        return true
    }

    /// Whether the recorded outputs are still there: same size (cheap, a `stat` each), or same
    /// SHA-256 when ``verifyOutputs`` is set.
    func outputsIntact(_ outputs: [ManifestEntry]) -> Bool {
        outputs.allSatisfy { entry in
            verifyOutputs ? output.sha256(of: entry.path) == entry.sha256 : output.size(of: entry.path) == entry.size
        }
    }
}

/// Sets the "build incomplete" marker before the first output of a build is written (and not at
/// all in a build that writes nothing).
final class FirstWrite: Sendable {
    private let done = Locked(false)

    func prepare(_ output: OutputDirectory) throws {
        try done.withLock { done in
            if done { return }
            try output.markIncomplete()
            done = true
        }
    }

    var happened: Bool { done.withLock { $0 } }
}
