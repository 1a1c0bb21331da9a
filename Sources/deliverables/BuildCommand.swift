import ArgumentParser
import DocumentWriters
import Foundation
import ProjectInput
import Stages

/// `deliverables build`: parses options, prepares the stages' environment, runs the engine and
/// reports. Everything else lives in the Stages library.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the deliverables from the input folder into the output folder.",
        discussion: """
        Only what changed is rebuilt (content hashes in <output>/.cache); every output is written \
        atomically and listed in <output>/manifest.json. Exit codes: 0 success, 1 input or build \
        errors, 64 bad usage, 130 interrupted (Ctrl-C).
        """)

    @Option(help: "The project's data.")
    var input: String = "Input"

    @Option(help: "House style, layouts and labels.")
    var templates: String = "Templates"

    @Option(help: "Where outputs go.")
    var output: String = "Build"

    @Option(parsing: .upToNextOption, help: "Build only these stages (and the stages they read), comma- or space-separated.")
    var only: [String] = []

    @Option(help: "Build only items in these languages, comma-separated (e.g. en,fr).")
    var lang: [String] = []

    @Option(help: "Build only items for these countries, comma-separated (e.g. RO,IT).")
    var country: [String] = []

    @Option(help: "Formats to write, comma-separated: odt, docx, html, pdf (PDF by LibreOffice, from the ODT).")
    var format: [String] = ["odt,docx,html"]

    @Option(help: "How many items to build at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Rebuild everything, whatever the cache says.")
    var force = false

    @Option(help: "Build one deterministic slice K/N of the per-item work (default: from JOB_COMPLETION_INDEX and JOB_COMPLETION_COUNT when set).")
    var shard: String?

    @Flag(help: "Check up-to-date outputs by SHA-256, not only by size.")
    var verifyOutputs = false

    @Option(help: "The LibreOffice executable for PDF (default: soffice on PATH).")
    var soffice: String?

    @Option(help: "The issuer's RSA private key (PEM) that signs the certificates' Open Badges credentials (default: $DELIVERABLES_SIGNING_KEY; without either, credentials are skipped with a warning, an error under --strict).")
    var signingKey: String?

    @Flag(help: "Treat warnings (missing translations, missing labels) as errors.")
    var strict = false

    @Option(help: "How to print input diagnostics: human or github (GitHub Actions annotations).")
    var diagnostics: DiagnosticFormat = .human

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print every item and output.")
    var verbose = false

    private static func list(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        for name in Self.list(format) where BuildFormat(rawValue: name.lowercased()) == nil {
            throw ValidationError("unknown format '\(name)' (formats: odt, docx, html, pdf)")
        }
        if Self.list(format).isEmpty { throw ValidationError("--format needs at least one format") }
        if let shard, Shard(parsing: shard) == nil {
            throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, for example 2/3")
        }
        let known = Stage.defaultBuild.map(\.name)
        for name in Self.list(only) where !known.contains(name) {
            throw ValidationError("unknown stage '\(name)' (stages: \(known.isEmpty ? "none registered" : known.sorted().joined(separator: ", ")))")
        }
    }

    func run() throws {
        let reporter = ProgressReporter(verbosity: quiet ? .quiet : verbose ? .verbose : .normal)
        let options: BuildOptions
        let environment: StageEnvironment
        do {
            options = try makeOptions()
            environment = try makeEnvironment()
        } catch {
            reporter.note("error: \(error)")
            throw ExitCode.failure
        }
        // The root command is synchronous: hand over to Swift concurrency and park the main thread
        // in the dispatch loop (no semaphore); the build task ends the process with its exit code.
        let build = Task { () -> Int32 in
            do {
                let summary = try await BuildEngine(stages: Stage.defaultBuild)
                    .build(environment: environment, options: options, events: reporter.handle)
                reporter.finish(summary)
                switch summary.status {
                case .succeeded: return 0
                case .failed: return 1
                case .interrupted: return 130
                }
            } catch {
                reporter.note("error: \(error)")
                return 1
            }
        }
        let interruptions = InterruptHandler { count in
            if count == 1 {
                reporter.note("interrupted: finishing the items in progress (Ctrl-C again to stop at once)")
                build.cancel()
            } else {
                Foundation.exit(130)
            }
        }
        Task {
            let code = await build.value
            withExtendedLifetime(interruptions) {}
            Foundation.exit(code)
        }
        dispatchMain()
    }

    private func makeOptions() throws -> BuildOptions {
        let shard = try self.shard.flatMap(Shard.init(parsing:)) ?? Shard.fromEnvironment(ProcessInfo.processInfo.environment)
        let languages = Self.list(lang), countries = Self.list(country)
        return BuildOptions(
            outputDirectory: URL(fileURLWithPath: output),
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, force: force, onlyStages: Self.list(only),
            languages: languages.isEmpty ? nil : Set(languages), countries: countries.isEmpty ? nil : Set(countries),
            formats: Set(Self.list(format).compactMap { BuildFormat(rawValue: $0.lowercased()) }),
            shard: shard, verifyOutputs: verifyOutputs, sofficePath: soffice)
    }

    /// Loads and checks the input, the house style and the labels; prints their diagnostics
    /// (warnings unless `--quiet`) and stops the build on errors, before anything is written.
    private func makeEnvironment() throws -> StageEnvironment {
        let inputURL = URL(fileURLWithPath: input)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inputURL.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw BuildError.io(path: input, reason: "the input folder does not exist (use --input)")
        }
        let timestamp = try sourceDateEpoch() ?? WriterOptions.defaultTimestamp
        let (inputs, found) = BuildInputs.load(input: input, templates: templates, strict: strict)
        for diagnostic in found where !quiet || diagnostic.severity == .error || strict {
            writeToStandardError(diagnostics.format(diagnostic.promoted(strict: strict)))
        }
        guard let inputs else {
            let errors = found.filter { strict || $0.severity == .error }.count
            throw InputRejected(errors: errors)
        }
        // The signing key's path (never its content) and --strict, for the certificates stage.
        var settings: [String: String] = [:]
        if let signingKey { settings[CertificateSigning.settingKey] = signingKey }
        if strict { settings[CertificateSigning.strictKey] = "true" }
        return StageEnvironment(inputDirectory: inputURL, templatesDirectory: URL(fileURLWithPath: templates),
                                payload: inputs, timestamp: timestamp, settings: settings)
    }

    private func sourceDateEpoch() throws -> Int? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !text.isEmpty else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw BuildError.io(path: "SOURCE_DATE_EPOCH", reason: "'\(text)' is not a number of seconds since 1970")
        }
        return value
    }
}

/// Turns SIGINT and SIGTERM into calls of `handler` with the count so far, on the main queue.
final class InterruptHandler: @unchecked Sendable {
    // Immutable after init; the sources only need to stay alive.
    private let sources: [any DispatchSourceSignal]

    init(_ handler: @escaping @Sendable (Int) -> Void) {
        let count = LockedCount()
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler { handler(count.increment()) }
            source.resume()
            return source
        }
    }
}

/// A counter shared with signal handlers.
final class LockedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

/// The input had errors: they were printed as diagnostics; the build wrote nothing.
struct InputRejected: Error, CustomStringConvertible {
    var errors: Int
    var description: String { "the input has \(errors) error\(errors == 1 ? "" : "s"); nothing was built" }
}
