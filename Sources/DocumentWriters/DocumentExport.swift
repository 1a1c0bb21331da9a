import DocumentTree
import Foundation

/// Writes one document in several formats into a directory, each file atomically.
public enum DocumentExport {
    /// Writes `document` as `<baseName>.<format>` for each format into `directory`, which is
    /// created when missing. Each file is written to a temporary file in `directory` and renamed
    /// into place, so a reader never sees half a file and a failure leaves the old file intact.
    /// - Returns: the paths written, in the order of `formats`.
    /// - Throws: the writer's error, or a `DocumentExportError` when the file cannot be written.
    public static func write(_ document: Document, formats: [OutputFormat], directory: String, baseName: String,
                             options: WriterOptions) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw DocumentExportError(path: directory, reason: "cannot create the directory (\(error.localizedDescription))")
        }
        var written: [String] = []
        for format in formats {
            let bytes = try Writers.writer(for: format).write(document, options: options)
            let path = (directory as NSString).appendingPathComponent("\(baseName).\(format.fileExtension)")
            try writeAtomically(bytes, to: path)
            written.append(path)
        }
        return written
    }

    /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).\(ProcessInfo.processInfo.processIdentifier).tmp"
        // Straight from the bytes with POSIX calls: `FileManager.createFile` would copy them into
        // `Data` and write through a second temporary file of its own.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard descriptor >= 0 else {
            throw DocumentExportError(path: path, reason: "cannot write the file (\(String(cString: strerror(errno))))")
        }
        var writeError: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count, let base = raw.baseAddress {
                let written = Foundation.write(descriptor, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    writeError = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, writeError == 0 { writeError = errno }
        guard writeError == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw DocumentExportError(path: path, reason: "cannot write the file (\(String(cString: strerror(writeError))))")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw DocumentExportError(path: path, reason: "cannot move the finished file into place (\(reason))")
        }
    }
}

/// A file or directory the export could not write.
public struct DocumentExportError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): error: \(reason)" }
}

extension WriterOptions {
    /// The timestamp to record: `SOURCE_DATE_EPOCH` when it is set to a whole number, else the fixed default.
    public static func timestamp(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        environment["SOURCE_DATE_EPOCH"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? defaultTimestamp
    }
}
