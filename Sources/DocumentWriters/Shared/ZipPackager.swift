import CZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One file inside a zip package (ODT or DOCX).
public struct ArchiveEntry: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]
    /// Stored uncompressed (`mimetype` of an ODF package must be).
    public var isStored: Bool
    /// The same bytes recur in many packages of the process (parts made from the house style):
    /// deflated once and copied into each package.
    public var isRepeated: Bool
    public init(path: String, bytes: [UInt8], isStored: Bool = false, isRepeated: Bool = false) {
        self.path = path
        self.bytes = bytes
        self.isStored = isStored
        self.isRepeated = isRepeated
    }
}

/// Packs entries into zip bytes with libzip, in the order given, with one fixed timestamp, so
/// the same entries always give the same bytes.
public struct ZipPackager: Sendable {
    /// Seconds since 1970 written as every entry's modification time.
    public var timestamp: Int
    /// Deflate level for deflated entries (libdeflate's: 1 fastest … 9 about like zlib's 9; up to 12).
    public var compressionLevel: UInt32

    /// Level 1: on the 10 MB body XML of a manual libdeflate's level 1 takes 38 ms here against
    /// 100 ms at level 6, for a part a fifth larger (still under a tenth of the XML), and deflate
    /// was the largest single cost of writing ODT and DOCX.
    public static let defaultCompressionLevel: UInt32 = 1

    /// Parts smaller than this are stored: deflating one would save a few hundred bytes
    /// (`docProps/core.xml`, relationships, an empty footnotes part) for a call whose fixed cost
    /// (building the Huffman trees) is more than writing the whole part. Repeated parts are
    /// deflated whatever their size, once.
    public static let smallestDeflatedSize = 2048

    public init(timestamp: Int, compressionLevel: UInt32 = ZipPackager.defaultCompressionLevel) {
        self.timestamp = timestamp
        self.compressionLevel = compressionLevel
    }

    public func package(_ entries: [ArchiveEntry]) throws -> [UInt8] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw ZipError(message: String(cString: zip_error_strerror(&error)))
        }
        // Keep the source alive after zip_close so the archive bytes can be read back from it.
        zip_source_keep(source)
        defer { zip_source_free(source) }
        guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            throw ZipError(message: String(cString: zip_error_strerror(&error)))
        }
        do {
            for entry in entries { try add(entry, to: archive) }
        } catch {
            zip_discard(archive)
            throw error
        }
        guard zip_close(archive) == 0 else {
            let message = String(cString: zip_strerror(archive))
            zip_discard(archive)
            throw ZipError(message: message)
        }
        return try readAll(source)
    }

    /// Adds `entry` as it goes into the zip: every part reaches libzip with its CRC
    /// (`CompressedPartSource`), deflated here with a reused compressor (or the process's copy of
    /// a repeated part), or stored. libzip reads the bytes only when the archive is closed.
    private func add(_ entry: ArchiveEntry, to archive: OpaquePointer) throws {
        let part: CompressedPart
        if entry.isStored || (!entry.isRepeated && entry.bytes.count < Self.smallestDeflatedSize) {
            part = .stored(entry.bytes)
        } else if entry.isRepeated {
            part = try RepeatedPartStore.shared.compressed(entry.bytes, level: compressionLevel)
        } else {
            part = try DeflaterPool.shared.compress(entry.bytes, level: compressionLevel)
        }
        try add(part, as: entry.path, to: archive)
    }

    /// Adds `part` under `path` with the fixed timestamp; libzip copies it as it is.
    private func add(_ part: CompressedPart, as path: String, to archive: OpaquePointer) throws {
        guard let data = CompressedPartSource.make(part, in: archive) else {
            throw ZipError(message: "cannot add \(path): \(String(cString: zip_strerror(archive)))")
        }
        let index = zip_file_add(archive, path, data, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(data)
            throw ZipError(message: "cannot add \(path): \(String(cString: zip_strerror(archive)))")
        }
        let zipIndex = zip_uint64_t(index)
        // A new entry's method defaults to deflate, which would compress a stored part again.
        if part.isStored { zip_set_file_compression(archive, zipIndex, ZIP_CM_STORE, 0) }
        zip_file_set_mtime(archive, zipIndex, time_t(timestamp), 0)
    }

    private func readAll(_ source: OpaquePointer) throws -> [UInt8] {
        guard zip_source_open(source) == 0 else { throw ZipError(message: "cannot reopen the archive buffer") }
        defer { zip_source_close(source) }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        zip_source_stat(source, &stat)
        let size = Int(stat.size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var offset = 0
            while offset < size, let base = buffer.baseAddress {
                let read = zip_source_read(source, base + offset, zip_uint64_t(size - offset))
                guard read > 0 else { break }
                offset += Int(read)
            }
            failed = offset != size
            initialized = offset
        }
        guard !failed else { throw ZipError(message: "cannot read the archive back (\(bytes.count) of \(size) bytes)") }
        return bytes
    }
}

public struct ZipError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "zip: \(message)" }
}
