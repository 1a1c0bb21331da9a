import Foundation

/// Joins PDFs into one with poppler's `pdfunite` (Debian package poppler-utils).
struct PDFUniter: Sendable {
    let executable: String

    /// Finds `pdfunite` on `PATH`.
    /// - Throws: ``BuildError/io(path:reason:)`` naming the package to install.
    static func locate(environment: [String: String]) throws -> PDFUniter {
        if let found = ExecutableSearch.find(["pdfunite"], environment: environment) { return PDFUniter(executable: found) }
        throw BuildError.io(path: "pdfunite", reason:
            "combined PDFs need 'pdfunite', which is not on PATH; install the Debian package poppler-utils")
    }

    /// The bytes of `parts` joined in order.
    /// - Parameters:
    ///   - displayPath: the combined PDF's output path, for error messages.
    ///   - workDirectory: a scratch folder (created and removed here).
    /// - Throws: ``BuildError/io(path:reason:)`` when `pdfunite` fails or writes nothing.
    func join(_ parts: [URL], displayPath: String, workDirectory: URL) async throws -> [UInt8] {
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: workDirectory, withIntermediateDirectories: true)
        } catch {
            throw BuildError.io(path: workDirectory.path, reason: error.localizedDescription)
        }
        defer { try? fileManager.removeItem(at: workDirectory) }
        let target = workDirectory.appendingPathComponent("combined.pdf")
        let logURL = workDirectory.appendingPathComponent("pdfunite.log")
        _ = fileManager.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = parts.map(\.path) + [target.path]
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: BuildError.io(path: executable, reason: "cannot run: \(error.localizedDescription)"))
            }
        }
        try? log.close()
        guard process.terminationStatus == 0, let data = fileManager.contents(atPath: target.path), !data.isEmpty else {
            let text = fileManager.contents(atPath: logURL.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
            throw BuildError.io(path: displayPath, reason: "pdfunite could not join the PDFs (exit \(process.terminationStatus)): \(text.suffix(500))")
        }
        return Array(data)
    }
}
