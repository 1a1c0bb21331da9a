#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import ProjectModel

/// Safe access to the files of one input directory: every read stays inside the directory
/// (no `..`, no absolute path, no symlink leading out), is a regular file, and is bounded by
/// `InputLimits.maxFileBytes` before a byte is read.
struct InputDirectory {
    /// The directory as given on the command line.
    let root: String
    /// The directory with symlinks resolved: the fence every file must stay inside.
    let realRoot: String
    /// Prefix printed in diagnostics (`Input`), relative to the current directory when possible.
    let display: String
    let limits: InputLimits

    init?(root: String, display: String?, limits: InputLimits) {
        guard let real = Self.realPath(root) else { return nil }
        self.root = root
        self.realRoot = real
        self.display = display ?? Self.displayPrefix(for: real)
        self.limits = limits
    }

    /// The path to print for a file inside the directory.
    func displayPath(_ relative: String) -> String {
        display.isEmpty || display == "." ? relative : display + "/" + relative
    }

    func location(_ relative: String) -> SourceLocation { .start(of: displayPath(relative)) }

    /// Whether a regular file exists at `relative` (following symlinks).
    func fileExists(_ relative: String) -> Bool {
        var info = stat()
        return stat(root + "/" + relative, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    func directoryExists(_ relative: String) -> Bool {
        var info = stat()
        return stat(root + "/" + relative, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Names in a subdirectory, sorted; empty when it does not exist.
    func list(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + relative)) ?? [])
            .filter { !$0.hasPrefix(".") }
            .sorted()
    }

    /// Checks a path written in the input (a prose path): relative, no `..`, no empty parts.
    /// Returns the reason it is refused, or `nil` when it is acceptable.
    static func refusal(forWrittenPath path: String) -> String? {
        if path.isEmpty { return "is empty" }
        if path.hasPrefix("/") || path.hasPrefix("~") { return "is absolute; paths are relative to the input directory" }
        if path.contains("\\") { return "contains '\\'; use '/'" }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains("..") { return "leaves the input directory ('..')" }
        if parts.contains(where: \.isEmpty) { return "has an empty path component" }
        return nil
    }

    /// Reads a text file: bounded, inside the directory, UTF-8 (BOM stripped), no control
    /// characters. Problems go to `diagnostics` at `relative`; returns `nil` when unreadable.
    func readText(_ relative: String, diagnostics: DiagnosticCollector) -> String? {
        let here = location(relative)
        let full = root + "/" + relative
        guard let real = Self.realPath(full) else {
            diagnostics.error(here, "file not found")
            return nil
        }
        guard real.hasPrefix(realRoot + "/") else {
            diagnostics.error(here, "'\(relative)' resolves to '\(real)', outside the input directory; refusing to read it")
            return nil
        }
        var info = stat()
        guard stat(real, &info) == 0 else {
            diagnostics.error(here, "cannot read the file: \(String(cString: strerror(errno)))")
            return nil
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            diagnostics.error(here, "not a regular file")
            return nil
        }
        let size = Int(info.st_size)
        guard size <= limits.maxFileBytes else {
            diagnostics.error(here, "file is \(Self.mebibytes(size)), above the limit of \(Self.mebibytes(limits.maxFileBytes)) per input file")
            return nil
        }
        guard let bytes = Self.readBytes(real, limit: limits.maxFileBytes) else {
            diagnostics.error(here, "cannot read the file (it changed while reading, or is above the size limit)")
            return nil
        }
        return TextDecoding.decode(bytes, file: here.file, diagnostics: diagnostics)
    }

    private static func readBytes(_ path: String, limit: Int) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return nil }
        }
        return bytes
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func mebibytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return value == value.rounded() ? "\(Int(value)) MiB" : String(format: "%.1f MiB", value)
    }

    /// The directory relative to the current directory when it lies inside it, else absolute.
    private static func displayPrefix(for real: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        guard let realCwd = realPath(cwd) else { return real }
        if real == realCwd { return "" }
        if real.hasPrefix(realCwd + "/") { return String(real.dropFirst(realCwd.count + 1)) }
        return real
    }
}
