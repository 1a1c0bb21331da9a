import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only code that touches `Build/`: atomic writes (temporary file in the same directory, then
/// `rename`), removals, and the marker that says a build did not finish.
struct OutputDirectory: Sendable {
    let root: URL
    /// `root.path`, kept because building paths with `URL` costs more than the `stat` they feed.
    let rootPath: String
    /// Folders known to exist, so a build creates each folder once rather than once per output.
    private let knownFolders = FolderMemo()

    init(root: URL) {
        self.root = root
        self.rootPath = root.path
    }

    /// Present while a build is changing outputs; still there after a crash or `kill -9`, so the
    /// next build removes stray temporary files and checks outputs by SHA-256.
    static let incompleteMarker = ".cache/incomplete"
    static let temporaryInfix = ".tmp-"

    func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath, isDirectory: false)
    }

    /// The absolute path of an output.
    func path(_ relativePath: String) -> String {
        rootPath.hasSuffix("/") ? rootPath + relativePath : rootPath + "/" + relativePath
    }

    func contents(of relativePath: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path(relativePath)) else { return nil }
        return Array(data)
    }

    /// Size in bytes, or `nil` when the file is missing.
    func size(of relativePath: String) -> Int? {
        var info = stat()
        guard stat(path(relativePath), &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    func sha256(of relativePath: String) -> String? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path(relativePath)), options: .mappedIfSafe) else { return nil }
        return ContentHash.hex(data)
    }

    /// Writes `bytes` to a temporary file beside `relativePath` and renames it into place, so the
    /// path holds either its old contents or the new ones, never a part.
    func writeAtomically(_ relativePath: String, bytes: [UInt8]) throws {
        let temporary = try writeTemporary(for: relativePath, bytes: bytes)
        try commit(temporary, to: relativePath)
    }

    /// Writes `bytes` to a new temporary file in the folder of `relativePath` (creating the folder),
    /// to be renamed into place by ``commit(_:to:)`` or deleted by ``discard(_:)``.
    /// - Returns: the temporary file's absolute path.
    func writeTemporary(for relativePath: String, bytes: [UInt8]) throws -> String {
        let (temporary, descriptor) = try createTemporary(for: relativePath)
        var failure = Self.writeAll(bytes, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw BuildError.io(path: relativePath, reason: "cannot write: \(failure)")
        }
        return temporary
    }

    /// Creates a new, empty temporary file in the folder of `relativePath` (creating the folder).
    /// - Returns: its absolute path and a descriptor open for writing.
    private func createTemporary(for relativePath: String) throws -> (path: String, descriptor: Int32) {
        let target = path(relativePath)
        let slash = target.lastIndex(of: "/") ?? target.startIndex
        let parent = String(target[..<slash])
        if !knownFolders.contains(parent) {
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw BuildError.io(path: relativePath, reason: "cannot create its folder: \(error.localizedDescription)")
            }
            knownFolders.insert(parent)
        }
        let name = target[target.index(after: slash)...]
        let temporary = "\(parent)/.\(name)\(OutputDirectory.temporaryInfix)\(getpid())-\(OutputDirectory.nextSerial())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BuildError.io(path: relativePath, reason: "cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        return (temporary, descriptor)
    }

    /// Writes every byte to `descriptor`; the reason when it cannot.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }

    /// A file made in pieces, written to its temporary file (see ``writeTemporary(for:pieces:)``).
    struct StreamedTemporary {
        var path: String
        var size: Int
        /// Lowercase hex SHA-256 of the bytes.
        var sha256: String
    }

    /// Writes a file made in pieces to a new temporary file as they come (a manifest can be tens
    /// of megabytes: it is never held whole), hashing them on the way.
    /// - Parameter produce: calls its argument with each piece in order.
    func writeTemporary(for relativePath: String,
                        pieces produce: ((_ piece: [UInt8]) throws -> Void) throws -> Void) throws -> StreamedTemporary {
        let (temporary, descriptor) = try createTemporary(for: relativePath)
        var hasher = SHA256()
        var size = 0
        var failure: String?
        do {
            try produce { piece in
                guard failure == nil else { return }
                hasher.update(data: piece)
                size += piece.count
                failure = Self.writeAll(piece, to: descriptor)
            }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw BuildError.io(path: relativePath, reason: "cannot write: \(failure)")
        }
        return StreamedTemporary(path: temporary, size: size, sha256: ContentHash.hex(digest: hasher.finalize()))
    }

    /// Renames the temporary file into place when the file's size or SHA-256 differ from it, and
    /// deletes it otherwise (so an unchanged manifest or cache keeps its time).
    /// - Returns: whether it wrote.
    @discardableResult
    func commitIfChanged(_ temporary: StreamedTemporary, to relativePath: String) throws -> Bool {
        if size(of: relativePath) == temporary.size, streamedSHA256(of: relativePath) == temporary.sha256 {
            unlink(temporary.path)
            return false
        }
        try commit(temporary.path, to: relativePath)
        return true
    }

    /// ``writeTemporary(for:pieces:)`` then ``commitIfChanged(_:to:)``.
    /// - Returns: whether it wrote.
    @discardableResult
    func writeIfChanged(_ relativePath: String,
                        pieces produce: ((_ piece: [UInt8]) throws -> Void) throws -> Void) throws -> Bool {
        try commitIfChanged(try writeTemporary(for: relativePath, pieces: produce), to: relativePath)
    }

    /// The SHA-256 of a file read a megabyte at a time (a manifest can be tens of megabytes), or
    /// `nil` when it cannot be read.
    func streamedSHA256(of relativePath: String) -> String? {
        let descriptor = open(path(relativePath), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: ManifestText.chunkSize)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
        return ContentHash.hex(digest: hasher.finalize())
    }

    /// Renames a temporary file from ``writeTemporary(for:bytes:)`` into place (deleting it when that fails).
    func commit(_ temporary: String, to relativePath: String) throws {
        if rename(temporary, path(relativePath)) != 0 {
            let failure = String(cString: strerror(errno))
            unlink(temporary)
            throw BuildError.io(path: relativePath, reason: "cannot write: \(failure)")
        }
    }

    /// Deletes a temporary file that will not be committed.
    func discard(_ temporary: String) {
        unlink(temporary)
    }

    /// Removes an output, then any folders it leaves empty (never the root).
    func remove(_ relativePath: String) {
        unlink(path(relativePath))
        var folder = url(relativePath).deletingLastPathComponent().standardizedFileURL
        let rootPath = root.standardizedFileURL.path
        while folder.path.hasPrefix(rootPath + "/"), rmdir(folder.path) == 0 {
            knownFolders.forget(folder.path)
            folder = folder.deletingLastPathComponent().standardizedFileURL
        }
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relativePath))
    }

    func markIncomplete() throws {
        try writeAtomically(OutputDirectory.incompleteMarker, bytes: [])
    }

    func clearIncomplete() {
        unlink(url(OutputDirectory.incompleteMarker).path)
    }

    /// Deletes temporary files left by a build that was killed between creating and renaming them.
    func removeTemporaryFiles() {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return }
        for case let file as URL in walker {
            let name = file.lastPathComponent
            if name.hasPrefix("."), name.contains(OutputDirectory.temporaryInfix) {
                unlink(file.path)
            }
        }
    }

    private static let serial = Locked(0)
    private static func nextSerial() -> Int {
        serial.withLock { value in
            value += 1
            return value
        }
    }
}

/// The folders a build has created or found, shared by all its writers.
final class FolderMemo: Sendable {
    private let folders = Locked<Set<String>>([])

    func contains(_ folder: String) -> Bool { folders.withLock { $0.contains(folder) } }
    func insert(_ folder: String) { _ = folders.withLock { $0.insert(folder) } }
    /// After `rmdir`: the folder must be created again before it is written to.
    func forget(_ folder: String) { _ = folders.withLock { $0.remove(folder) } }
}
