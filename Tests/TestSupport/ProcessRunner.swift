import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a finished command left behind.
public struct ProcessResult: Sendable {
    public var executable: String
    public var arguments: [String]
    public var exitStatus: Int32
    public var standardOutput: String
    public var standardError: String
    /// True when the command was killed because it ran past its timeout.
    public var timedOut: Bool
    /// Wall-clock seconds the command took.
    public var duration: Double

    public var succeeded: Bool { exitStatus == 0 && !timedOut }

    /// The command line, for messages.
    public var commandLine: String { ([executable] + arguments).joined(separator: " ") }
}

/// Errors starting a command (a command that starts and fails is a `ProcessResult`, not an error).
public struct ProcessRunnerError: Error, CustomStringConvertible {
    public var description: String
}

/// Runs external commands with captured output and a timeout.
public enum ProcessRunner {
    /// Runs `executable` (a path, or a name looked up on PATH) with `arguments`.
    ///
    /// Output goes through temporary files, so commands that print megabytes cannot dead-lock on
    /// a full pipe. A command still running after `timeout` seconds gets SIGTERM, then SIGKILL five seconds
    /// later, sent to its whole process group.
    /// - Throws: `ProcessRunnerError` when the executable cannot be found or started.
    public static func run(
        _ executable: String, _ arguments: [String], workingDirectory: URL? = nil,
        environment: [String: String] = [:], timeout: Double = 120
    ) throws -> ProcessResult {
        guard let path = executable.contains("/") ? executable : which(executable) else {
            throw ProcessRunnerError(description: "\(executable) is not on PATH")
        }
        let scratch = try TemporaryDirectory(prefix: "process")
        defer { scratch.remove() }
        let outputURL = scratch.file("stdout")
        let errorURL = scratch.file("stderr")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let outputHandle = try FileHandle(forWritingTo: outputURL)
        let errorHandle = try FileHandle(forWritingTo: errorURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outputHandle
        process.standardError = errorHandle
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }

        let start = Date()
        do {
            try process.run()
        } catch {
            try? outputHandle.close()
            try? errorHandle.close()
            throw ProcessRunnerError(description: "cannot start \(path): \(error)")
        }
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            // Foundation starts the child as the leader of its own process group: signal the
            // group, so helpers it spawned (soffice.bin under the soffice script) stop too.
            timedOut = true
            let group = process.processIdentifier
            kill(-group, SIGTERM)
            if finished.wait(timeout: .now() + 5) == .timedOut {
                kill(-group, SIGKILL)
                finished.wait()
            }
        }
        process.waitUntilExit()
        try? outputHandle.close()
        try? errorHandle.close()
        let output = (try? Data(contentsOf: outputURL)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let errors = (try? Data(contentsOf: errorURL)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return ProcessResult(
            executable: path, arguments: arguments, exitStatus: process.terminationStatus,
            standardOutput: output, standardError: errors, timedOut: timedOut,
            duration: Date().timeIntervalSince(start))
    }

    /// The absolute path of an executable named `tool` on PATH, or nil.
    public static func which(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
