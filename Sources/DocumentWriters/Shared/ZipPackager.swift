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
    /// zlib compression level for deflated entries (1 fastest … 9 smallest).
    public var compressionLevel: UInt32

    /// Level 1: on the body XML of a manual zlib runs about 2.6 times faster than at its default
    /// level 6 (175 against 67 MB/s here) for a package about a third larger (still about a tenth
    /// of the XML), and deflate was the largest single cost of writing ODT and DOCX.
    public static let defaultCompressionLevel: UInt32 = 1

    /// Parts smaller than this are stored: each deflate call has a fixed cost here of about
    /// 40 µs (resetting zlib's tables, building the Huffman trees), more than a whole small part
    /// takes to write, for a saving of a few hundred bytes (`docProps/core.xml`, relationships,
    /// an empty footnotes part). Repeated parts are deflated whatever their size, once.
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
        // libzip reads each entry's bytes only when the archive is closed; rather than copying
        // every part (the body XML is megabytes), the entries' own buffers stay pinned until then.
        try add(entries[...], to: archive)
        return try readAll(source)
    }

    /// Adds the first entry of `entries` with its bytes pinned, then the rest inside that pin,
    /// and closes the archive once every entry is added (one stack frame per entry).
    private func add(_ entries: ArraySlice<ArchiveEntry>, to archive: OpaquePointer) throws {
        guard let entry = entries.first else {
            guard zip_close(archive) == 0 else {
                let message = String(cString: zip_strerror(archive))
                zip_discard(archive)
                throw ZipError(message: message)
            }
            return
        }
        if !entry.isStored, entry.isRepeated || entry.bytes.count >= Self.smallestDeflatedSize {
            // Deflated here (a reused zlib stream, or the process's copy of a repeated part) and
            // handed to libzip as compressed data, which it copies as it is.
            let part = entry.isRepeated
                ? try RepeatedPartStore.shared.compressed(entry.bytes, level: compressionLevel)
                : try DeflaterPool.shared.compress(entry.bytes, level: compressionLevel)
            guard let data = CompressedPartSource.make(part, in: archive) else {
                zip_discard(archive)
                throw ZipError(message: "cannot add \(entry.path): \(String(cString: zip_strerror(archive)))")
            }
            try addSource(data, for: entry, compression: nil, to: archive)
            try add(entries.dropFirst(), to: archive)
            return
        }
        try entry.bytes.withUnsafeBytes { raw in
            // libzip accepts no address for an empty entry.
            guard let data = zip_source_buffer(archive, raw.baseAddress, zip_uint64_t(raw.count), 0) else {
                zip_discard(archive)
                throw ZipError(message: "cannot add \(entry.path): \(String(cString: zip_strerror(archive)))")
            }
            try addSource(data, for: entry, compression: ZIP_CM_STORE, to: archive)
            try add(entries.dropFirst(), to: archive)
        }
    }

    /// Adds `data` under the entry's path with the fixed timestamp; `compression` nil keeps
    /// what the source says it holds (already-deflated parts).
    private func addSource(_ data: OpaquePointer, for entry: ArchiveEntry, compression: Int32?, to archive: OpaquePointer) throws {
        let index = zip_file_add(archive, entry.path, data, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(data)
            zip_discard(archive)
            throw ZipError(message: "cannot add \(entry.path): \(String(cString: zip_strerror(archive)))")
        }
        let zipIndex = zip_uint64_t(index)
        if let compression {
            zip_set_file_compression(archive, zipIndex, compression, compression == ZIP_CM_STORE ? 0 : compressionLevel)
        }
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
