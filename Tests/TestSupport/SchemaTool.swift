import Foundation

/// Runs one schema validator over many files in a single process and sorts its messages by file.
enum SchemaTool {
    /// Messages of one run: per file (keyed by the absolute path passed in) and unattributed.
    struct Outcome {
        var errorsByFile: [String: [String]] = [:]
        var warningsByFile: [String: [String]] = [:]
        var general: [String] = []
        var generalWarnings: [String] = []
    }

    /// The noise Debian's jing wrapper prints about optional jars; nothing else is dropped.
    static func isJingWrapperNoise(_ line: String) -> Bool {
        line.hasPrefix("[warning] ") && line.contains("jing: Unable to locate")
    }

    /// `jing [-i|-c] schema files…`: messages come as `path:line:column: error: text`.
    static func jing(schema: URL, files: [URL], compactSyntax: Bool = false, timeout: Double = 600) throws -> Outcome {
        var arguments = [compactSyntax ? "-c" : "-i"]
        if compactSyntax { arguments.append("-i") }
        arguments.append(schema.path)
        arguments += files.map(\.path)
        let result = try ProcessRunner.run("jing", arguments, timeout: timeout)
        var outcome = Outcome()
        let paths = files.map(\.path)
        let lines = (result.standardOutput + "\n" + result.standardError).split(separator: "\n").map(String.init)
        for line in lines where !line.isEmpty && !isJingWrapperNoise(line) {
            if let path = paths.first(where: { line.hasPrefix($0 + ":") }) {
                let message = String(line.dropFirst(path.count + 1))
                if message.contains(": warning: ") {
                    outcome.warningsByFile[path, default: []].append(message)
                } else {
                    outcome.errorsByFile[path, default: []].append(message)
                }
            } else if result.exitStatus != 0 {
                outcome.general.append(line)
            } else {
                outcome.generalWarnings.append(line)
            }
        }
        if result.timedOut { outcome.general.append("jing timed out after \(Int(timeout)) s") }
        if result.exitStatus != 0 && outcome.errorsByFile.isEmpty && outcome.general.isEmpty {
            outcome.general.append("jing exited with status \(result.exitStatus) without a message")
        }
        return outcome
    }

    /// `xmllint --noout --relaxng|--schema schema files…`: messages on stderr, each file closed by
    /// `path validates` or `path fails to validate`; lines without a path belong to the file
    /// whose closing line comes next.
    static func xmllint(schemaFlag: String, schema: URL, files: [URL], timeout: Double = 600) throws -> Outcome {
        let result = try ProcessRunner.run("xmllint", ["--noout", "--nonet", schemaFlag, schema.path] + files.map(\.path), timeout: timeout)
        var outcome = Outcome()
        let paths = files.map(\.path)
        var pending: [String] = []
        var failed = Set<String>()
        for line in (result.standardError + "\n" + result.standardOutput).split(separator: "\n").map(String.init) where !line.isEmpty {
            if let path = paths.first(where: { line == "\($0) validates" }) {
                outcome.warningsByFile[path, default: []] += pending
                pending = []
            } else if let path = paths.first(where: { line == "\($0) fails to validate" }) {
                outcome.errorsByFile[path, default: []] += pending
                pending = []
                failed.insert(path)
            } else if let path = paths.first(where: { line.hasPrefix($0 + ":") }) {
                outcome.errorsByFile[path, default: []].append(String(line.dropFirst(path.count + 1)))
            } else {
                pending.append(line)
            }
        }
        for path in failed where outcome.errorsByFile[path, default: []].isEmpty {
            outcome.errorsByFile[path] = ["fails to validate"]
        }
        if result.exitStatus != 0 {
            outcome.general += pending
        } else {
            outcome.generalWarnings += pending
        }
        if result.timedOut { outcome.general.append("xmllint timed out after \(Int(timeout)) s") }
        if result.exitStatus != 0 && outcome.errorsByFile.values.allSatisfy(\.isEmpty) && outcome.general.isEmpty {
            outcome.general.append("xmllint exited with status \(result.exitStatus) without a message")
        }
        return outcome
    }
}
