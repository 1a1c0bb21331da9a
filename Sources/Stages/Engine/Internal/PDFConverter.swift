import Foundation

/// Turns documents into PDFs with one `soffice --headless --convert-to pdf` process for the
/// whole batch, with a private LibreOffice profile (so it neither reads nor locks the user's).
struct PDFConverter: Sendable {
    let executable: String

    /// Finds `soffice`: the given path, else `soffice` or `libreoffice` on `PATH`.
    /// - Throws: ``BuildError/libreOfficeMissing`` or ``BuildError/libreOfficeNotExecutable(_:)``,
    ///   naming the Debian package to install.
    static func locate(explicitPath: String?, environment: [String: String]) throws -> PDFConverter {
        let fileManager = FileManager.default
        if let explicitPath {
            guard fileManager.isExecutableFile(atPath: explicitPath) else {
                throw BuildError.libreOfficeNotExecutable(explicitPath)
            }
            return PDFConverter(executable: explicitPath)
        }
        guard let found = ExecutableSearch.find(["soffice", "libreoffice"], environment: environment) else {
            throw BuildError.libreOfficeMissing
        }
        return PDFConverter(executable: found)
    }

    /// Converts each source and returns the PDF bytes in the same order, `nil` where LibreOffice
    /// made none (it exits 0 even then, so each PDF is checked), with the tail of its log.
    /// - Parameters:
    ///   - sources: absolute URLs of ODT or DOCX files.
    ///   - workDirectory: an empty scratch folder (on the same disk as the outputs).
    /// - Throws: when the scratch folder cannot be prepared or soffice cannot be started.
    func convert(_ sources: [(url: URL, displayPath: String)], workDirectory: URL) async throws -> (pdfs: [[UInt8]?], log: String) {
        let fileManager = FileManager.default
        let inbox = workDirectory.appendingPathComponent("in")
        let outbox = workDirectory.appendingPathComponent("out")
        let profile = workDirectory.appendingPathComponent("profile")
        do {
            for folder in [inbox, outbox, profile] {
                try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            }
        } catch {
            throw BuildError.io(path: workDirectory.path, reason: error.localizedDescription)
        }
        // Unique names: documents of different folders often share a file name.
        var staged: [URL] = []
        for (index, source) in sources.enumerated() {
            let name = String(format: "%05d.", index) + source.url.pathExtension
            let copy = inbox.appendingPathComponent(name)
            do {
                if (try? fileManager.linkItem(at: source.url, to: copy)) == nil {
                    try fileManager.copyItem(at: source.url, to: copy)
                }
            } catch {
                throw BuildError.io(path: source.displayPath, reason: "cannot stage for PDF conversion: \(error.localizedDescription)")
            }
            staged.append(copy)
        }
        let logURL = workDirectory.appendingPathComponent("soffice.log")
        _ = fileManager.createFile(atPath: logURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
                             "--convert-to", "pdf", "--outdir", outbox.path] + staged.map(\.path)
        let log = try FileHandle(forWritingTo: logURL)
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
        var results: [[UInt8]?] = []
        for index in sources.indices {
            let pdf = outbox.appendingPathComponent(String(format: "%05d.pdf", index))
            let data = fileManager.contents(atPath: pdf.path)
            results.append(data.flatMap { $0.isEmpty ? nil : Array($0) })
        }
        let text = fileManager.contents(atPath: logURL.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return (results, String(text.suffix(2000)))
    }
}
