import CZip
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entries of a zip package (ODT, DOCX), read with libzip, in the order they are stored.
///
/// Tests use it to look inside what a writer produced, and to tamper with a package
/// (`replacing(_:with:)` then `write(to:)`) to prove that a validator notices.
public struct ZipContents: Sendable, Equatable {
    /// One stored file.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var bytes: [UInt8]
        /// True when the entry is stored without compression (ODF requires it of `mimetype`).
        public var isStored: Bool
        /// True when the local header carries an extra field (ODF forbids one on `mimetype`).
        public var hasExtraField: Bool
        /// The CRC-32 the archive's directory records for the entry (nil for entries made in memory).
        public var recordedCRC: UInt32?

        public init(name: String, bytes: [UInt8], isStored: Bool = false, hasExtraField: Bool = false,
                    recordedCRC: UInt32? = nil) {
            self.name = name
            self.bytes = bytes
            self.isStored = isStored
            self.hasExtraField = hasExtraField
            self.recordedCRC = recordedCRC
        }
    }

    /// Entries in archive order.
    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Reads the zip file at `path`.
    /// - Throws: `ZipReadError` when the file is missing or not a zip archive.
    public init(path: String) throws {
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &code) else {
            var error = zip_error_t()
            zip_error_init_with_code(&error, code)
            defer { zip_error_fini(&error) }
            throw ZipReadError(description: "\(path): \(String(cString: zip_error_strerror(&error)))")
        }
        defer { zip_discard(archive) }
        let count = zip_get_num_entries(archive, 0)
        var entries: [Entry] = []
        for index in 0..<zip_uint64_t(max(count, 0)) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, index, 0, &stat) == 0, let namePointer = stat.name else {
                throw ZipReadError(description: "\(path): cannot read entry \(index): \(String(cString: zip_strerror(archive)))")
            }
            let name = String(cString: namePointer)
            guard let file = zip_fopen_index(archive, index, 0) else {
                throw ZipReadError(description: "\(path): cannot open \(name): \(String(cString: zip_strerror(archive)))")
            }
            defer { zip_fclose(file) }
            var bytes = [UInt8](repeating: 0, count: Int(stat.size))
            var offset = 0
            while offset < bytes.count {
                let read = bytes.withUnsafeMutableBytes { raw -> zip_int64_t in
                    guard let base = raw.baseAddress else { return -1 }
                    return zip_fread(file, base + offset, zip_uint64_t(raw.count - offset))
                }
                guard read > 0 else {
                    throw ZipReadError(description: "\(path): \(name) is truncated or corrupt")
                }
                offset += Int(read)
            }
            let extraFields = zip_file_extra_fields_count(archive, index, zip_flags_t(ZIP_FL_LOCAL))
            entries.append(Entry(name: name, bytes: bytes, isStored: stat.comp_method == ZIP_CM_STORE,
                                 hasExtraField: extraFields > 0, recordedCRC: stat.crc))
        }
        self.entries = entries
    }

    /// Reads the zip file at `url`.
    public init(url: URL) throws { try self.init(path: url.path) }

    /// Reads zip bytes (written to a temporary file first).
    public init(bytes: [UInt8]) throws {
        let directory = try TemporaryDirectory(prefix: "zip")
        defer { directory.remove() }
        try self.init(url: try directory.write(bytes, to: "archive.zip"))
    }

    /// Entry names in archive order.
    public var names: [String] { entries.map(\.name) }

    /// The entries as a dictionary (order is in `names`).
    public var dictionary: [String: [UInt8]] {
        Dictionary(entries.map { ($0.name, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    }

    /// The bytes of the entry called `name`, or nil.
    public subscript(name: String) -> [UInt8]? {
        entries.first { $0.name == name }?.bytes
    }

    /// The entry called `name` decoded as UTF-8.
    /// - Throws: `ZipReadError` when there is no such entry or it is not valid UTF-8.
    public func text(_ name: String) throws -> String {
        guard let bytes = self[name] else {
            throw ZipReadError(description: "no entry \(name); the archive holds \(names.joined(separator: ", "))")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ZipReadError(description: "\(name) is not valid UTF-8")
        }
        return text
    }

    /// A copy with the entry `name` replaced (or appended when absent).
    public func replacing(_ name: String, with bytes: [UInt8]) -> ZipContents {
        var copy = self
        if let index = copy.entries.firstIndex(where: { $0.name == name }) {
            copy.entries[index].bytes = bytes
        } else {
            copy.entries.append(Entry(name: name, bytes: bytes))
        }
        return copy
    }

    /// A copy with the entry `name` replaced by UTF-8 text.
    public func replacing(_ name: String, with text: String) -> ZipContents {
        replacing(name, with: Array(text.utf8))
    }

    /// A copy without the entry `name`.
    public func removing(_ name: String) -> ZipContents {
        ZipContents(entries: entries.filter { $0.name != name })
    }

    /// Writes every entry as a file under `directory` (folders created as needed).
    /// - Throws: `ZipReadError` for an entry name that would escape `directory`.
    public func extract(to directory: URL) throws {
        for entry in entries where !entry.name.hasSuffix("/") {
            let parts = entry.name.split(separator: "/")
            guard !entry.name.hasPrefix("/"), !parts.contains("..") else {
                throw ZipReadError(description: "entry name \(entry.name) escapes the package")
            }
            let target = directory.appendingPathComponent(entry.name)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(entry.bytes).write(to: target)
        }
    }

    /// Writes the entries as a zip file in their order, `isStored` entries uncompressed, with a
    /// fixed timestamp (for tampered fixtures).
    public func write(to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        var code: Int32 = 0
        guard let archive = zip_open(url.path, ZIP_CREATE | ZIP_EXCL, &code) else {
            throw ZipReadError(description: "cannot create \(url.path) (libzip error \(code))")
        }
        for entry in entries {
            guard let copy = malloc(max(entry.bytes.count, 1)) else {
                zip_discard(archive)
                throw ZipReadError(description: "out of memory writing \(entry.name)")
            }
            entry.bytes.withUnsafeBytes { raw in
                if let base = raw.baseAddress { copy.copyMemory(from: base, byteCount: raw.count) }
            }
            guard let source = zip_source_buffer(archive, copy, zip_uint64_t(entry.bytes.count), 1) else {
                free(copy)
                zip_discard(archive)
                throw ZipReadError(description: "cannot add \(entry.name)")
            }
            let index = zip_file_add(archive, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard index >= 0 else {
                zip_source_free(source)
                zip_discard(archive)
                throw ZipReadError(description: "cannot add \(entry.name): \(String(cString: zip_strerror(archive)))")
            }
            zip_set_file_compression(archive, zip_uint64_t(index), entry.isStored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0)
            zip_file_set_mtime(archive, zip_uint64_t(index), 1_700_000_000, 0)
        }
        guard zip_close(archive) == 0 else {
            let message = String(cString: zip_strerror(archive))
            zip_discard(archive)
            throw ZipReadError(description: "cannot write \(url.path): \(message)")
        }
    }
}

/// A zip package could not be read or written.
public struct ZipReadError: Error, CustomStringConvertible {
    public var description: String
}
