import Foundation
import Stages
import TestSupport
import XCTest

/// One build of the website and toolkit on the real `Input/`, shared by the website and toolkit
/// tests, with a stand-in certificates stage that publishes a verification index holding one
/// known code (the real stage lives on another branch).
enum WebsiteBuild {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// A well-formed code whose hash the stand-in index holds.
    static let realCode = "7K3MZQ2WX" + String(checkCharacter("7K3MZQ2WX"))
    static let output: URL = FileManager.default.temporaryDirectory.appendingPathComponent("website-tests-\(ProcessInfo.processInfo.processIdentifier)")

    struct Result: @unchecked Sendable {
        var output: URL
        var site: URL
        var summary: BuildSummary
    }

    nonisolated(unsafe) private static var cached: Result?
    private static let lock = NSLock()

    /// Builds once per test process.
    static func result() throws -> Result {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let loaded = BuildInputs.load(input: packageRoot.appendingPathComponent("Input").path,
                                      templates: packageRoot.appendingPathComponent("Templates").path, strict: false)
        guard let inputs = loaded.inputs else {
            throw XCTSkip("Input/ does not load: \(loaded.diagnostics.filter { $0.severity == .error })")
        }
        let environment = StageEnvironment(inputDirectory: packageRoot.appendingPathComponent("Input"),
                                           templatesDirectory: packageRoot.appendingPathComponent("Templates"),
                                           payload: inputs, timestamp: 1_767_225_600)
        try? FileManager.default.removeItem(at: output)
        let engine = try BuildEngine(stages: [.toolkit, .website, standInCertificates, standInManual, standInKits])
        let semaphore = DispatchSemaphore(value: 0)
        let box = ResultBox()
        Task.detached {
            do { box.summary = try await engine.build(environment: environment, options: BuildOptions(outputDirectory: output, jobs: 2)) }
            catch { box.error = error }
            semaphore.signal()
        }
        semaphore.wait()
        if let error = box.error { throw error }
        guard let summary = box.summary else { throw XCTSkip("no build summary") }
        let result = Result(output: output, site: output.appendingPathComponent("site"), summary: summary)
        cached = result
        return result
    }

    final class ResultBox: @unchecked Sendable {
        var summary: BuildSummary?
        var error: Error?
    }

    /// Writes a verification index with ``realCode`` (valid) and a key set, as the certificates stage does.
    static let standInCertificates: Stage = .single("certificates", version: "test", inputs: { _ in [] }, run: { context in
        let hash = try sha256Hex(realCode)
        let index = "{\"format\":\"deliverables-verification-index\",\"hash\":\"SHA-256\",\"records\":{\"\(hash)\":{\"certificateType\":\"participation\",\"issued\":\"2027-04-07\",\"status\":\"valid\"}},\"version\":1}"
        try context.write("certificates/verification-index.json", bytes: Array(index.utf8))
        try context.write("certificates/keys.json", bytes: Array("{\"keys\":[{\"alg\":\"RS256\",\"e\":\"AQAB\",\"kid\":\"k1\",\"kty\":\"RSA\",\"n\":\"xyz\",\"use\":\"sig\"}]}".utf8))
        try context.write("certificates/P-001/certificate.html", bytes: Array("<p>Ana Popescu</p>".utf8), format: .html)
    })

    /// A manual stage as the manuals engineer's stages write them (the bytes do not matter here).
    static let standInManual: Stage = .single("framework", version: "test", inputs: { _ in [] }, run: { context in
        for (language, format) in [("en", BuildFormat.odt), ("en", .docx), ("fr", .odt), ("fr", .html)] {
            try context.write("framework/\(language)/framework.\(format.rawValue)", bytes: Array("manual \(language)".utf8),
                              language: language, format: format)
        }
    })

    /// A kit stage with a public agenda and a personal badge sheet, which must never be published.
    static let standInKits: Stage = .single("seminars", version: "test", inputs: { _ in [] }, run: { context in
        try context.write("seminars/SEM-RO/ro/agenda.docx", bytes: Array("agenda".utf8), language: "ro", format: .docx)
        try context.write("seminars/SEM-RO/ro/badges.odt", bytes: Array("Ana Popescu".utf8), language: "ro", format: .odt)
    })

    /// Crockford base32 Luhn mod 32 check character, as the credentials module computes it.
    static func checkCharacter(_ data: String) -> Character {
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        var factor = 2, sum = 0
        for character in data.reversed() {
            let addend = factor * (alphabet.firstIndex(of: character) ?? 0)
            sum += addend / 32 + addend % 32
            factor = factor == 2 ? 1 : 2
        }
        return alphabet[(32 - sum % 32) % 32]
    }

    static func sha256Hex(_ text: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import hashlib,sys; print(hashlib.sha256(sys.argv[1].encode()).hexdigest())", text]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Every file below `folder`, as paths relative to it.
    static func files(in folder: URL, withExtension ext: String? = nil) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var result: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue, ext == nil || path.hasSuffix("." + (ext ?? "")) { result.append(path) }
        }
        return result.sorted()
    }

    /// Runs a tool and returns its exit status and standard output.
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
