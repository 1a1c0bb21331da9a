import Foundation

/// Converts documents with LibreOffice headless, many files per `soffice` start.
///
/// `soffice` exits 0 even when a file fails to convert, so success is judged by the output file
/// existing and being non-empty. Calls are serialized within one test process (one soffice at a
/// time), and every call uses a private, throw-away user profile, so parallel test processes do
/// not fight over a profile either.
public struct LibreOfficeConverter: Sendable {
    /// The outcome of one conversion run.
    public struct Conversion: Sendable {
        /// Input file → converted file, for the inputs that converted.
        public var outputs: [URL: URL]
        /// Inputs without a (non-empty) converted file.
        public var failures: [URL]
        /// soffice's own output, for failure messages.
        public var log: String
        public var duration: Double
        /// True when soffice ran past the timeout and was killed (its unfinished outputs are failures).
        public var timedOut: Bool

        /// The converted file for `input`, or nil.
        public func output(for input: URL) -> URL? { outputs[input] }
    }

    public var timeout: Double

    public init(timeout: Double = 180) { self.timeout = timeout }

    private static let lock = NSLock()

    /// Converts `files` to `format` (a `--convert-to` value: `pdf`, `docx`, `odt`…) into `outputDirectory`.
    ///
    /// Inputs whose names collide once the extension is dropped (`a.odt`, `a.docx`) are converted
    /// from uniquely named copies, so every input gets its own output (`a.pdf`, `a-docx.pdf`).
    /// - Throws: `XCTSkip` when soffice is not installed.
    public func convert(_ files: [URL], to format: String = "pdf", outputDirectory: URL) throws -> Conversion {
        let soffice = try TestSkip.requireTool("soffice", package: "libreoffice-writer-nogui")
        guard !files.isEmpty else { return Conversion(outputs: [:], failures: [], log: "", duration: 0, timedOut: false) }
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        let staging = try TemporaryDirectory(prefix: "soffice")
        defer { staging.remove() }

        // Give every input a unique stem so that no two outputs share a name.
        var usedStems = Set<String>()
        var inputs: [(original: URL, given: URL, stem: String)] = []
        for file in files {
            let original = file.standardizedFileURL
            let stem = original.deletingPathExtension().lastPathComponent
            if usedStems.insert(stem).inserted {
                inputs.append((original, original, stem))
            } else {
                var candidate = "\(stem)-\(original.pathExtension)"
                var counter = 2
                while usedStems.contains(candidate) {
                    candidate = "\(stem)-\(original.pathExtension)-\(counter)"
                    counter += 1
                }
                usedStems.insert(candidate)
                let copy = staging.file("inputs/\(candidate).\(original.pathExtension)")
                try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: original, to: copy)
                inputs.append((original, copy, candidate))
            }
        }
        let outputExtension = format.split(separator: ":").first.map(String.init) ?? format
        for input in inputs {
            try? FileManager.default.removeItem(at: outputDirectory.appendingPathComponent("\(input.stem).\(outputExtension)"))
        }

        let profile = staging.url.appendingPathComponent("profile", isDirectory: true)
        let arguments = ["--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                         "-env:UserInstallation=\(profile.absoluteURL.absoluteString)",
                         "--convert-to", format, "--outdir", outputDirectory.path] + inputs.map(\.given.path)
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let result = try ProcessRunner.run(soffice, arguments, timeout: timeout)

        var outputs: [URL: URL] = [:]
        var failures: [URL] = []
        for input in inputs {
            let output = outputDirectory.appendingPathComponent("\(input.stem).\(outputExtension)")
            let size = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? nil
            if let size, size > 0 {
                outputs[input.original] = output
            } else {
                failures.append(input.original)
            }
        }
        var log = result.standardOutput + result.standardError
        if result.timedOut { log += "\nsoffice timed out after \(Int(timeout)) s" }
        if result.timedOut {
            // A killed soffice leaves its lock and temporary files behind in the output folder.
            let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: outputDirectory.path)) ?? []
            for name in leftovers where name.hasPrefix(".~lock.") || (name.hasPrefix("lu") && name.hasSuffix(".tmp")) {
                try? FileManager.default.removeItem(at: outputDirectory.appendingPathComponent(name))
            }
        }
        return Conversion(outputs: outputs, failures: failures, log: log, duration: result.duration, timedOut: result.timedOut)
    }

    /// Converts `files` to PDF beside a fresh temporary folder's worth of outputs; the caller
    /// keeps `directory` alive while it reads the PDFs.
    public func convertToPDF(_ files: [URL], in directory: TemporaryDirectory) throws -> Conversion {
        try convert(files, to: "pdf", outputDirectory: directory.url.appendingPathComponent("pdf", isDirectory: true))
    }
}
