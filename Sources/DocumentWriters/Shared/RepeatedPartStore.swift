import CZip
import DocumentTree
import Foundation

/// A part's deflated bytes, handed to libzip as they are (see `CompressedPartSource`).
final class CompressedPart: Sendable {
    /// Uncompressed size in bytes.
    let size: Int
    /// CRC-32 of the uncompressed bytes.
    let crc: UInt32
    /// Raw deflate stream.
    let compressed: [UInt8]

    init(size: Int, crc: UInt32, compressed: [UInt8]) {
        self.size = size
        self.crc = crc
        self.compressed = compressed
    }
}

/// The deflated forms of parts that many packages of one process share (the house style's
/// `styles.xml`, headers and footers, content types…), made once and copied raw into every
/// later package: deflate was a third of writing a certificate, and most of what it compressed
/// was the same 18 kB of style parts every time. Keyed by content and level. Bounded: when it holds
/// more than `maximumBytes` of parts it starts again empty (a build has a few dozen distinct
/// repeated parts; the bound only matters for a process fed endless distinct styles).
final class RepeatedPartStore: @unchecked Sendable {
    static let shared = RepeatedPartStore()
    static let maximumBytes = 32 << 20

    private struct Key: Hashable {
        var content: ImageBytesKey
        var level: UInt32
    }

    private var parts: [Key: CompressedPart] = [:]
    private var heldBytes = 0
    private let lock = NSLock()

    func compressed(_ bytes: [UInt8], level: UInt32) throws -> CompressedPart {
        if let part = lock.withLock({ parts[Key(content: ImageBytesKey(bytes), level: level)] }) { return part }
        let part = try DeflaterPool.shared.compress(bytes, level: level)
        // A copy of exactly the part's size: the caller's array may have spare capacity.
        let key = Key(content: ImageBytesKey(bytes.withUnsafeBufferPointer { Array($0) }), level: level)
        lock.withLock {
            if heldBytes + bytes.count + part.compressed.count > Self.maximumBytes {
                parts.removeAll()
                heldBytes = 0
            }
            if parts[key] == nil {
                parts[key] = part
                heldBytes += bytes.count + part.compressed.count
            }
        }
        return part
    }
}

/// A libzip source that hands over a `CompressedPart` as already-deflated data: its stat names
/// the compression method, size and CRC, so `zip_close` copies the bytes instead of deflating.
final class CompressedPartSource {
    private let part: CompressedPart
    private var offset = 0
    private var error = zip_error_t()

    private init(_ part: CompressedPart) {
        self.part = part
        zip_error_init(&error)
    }

    deinit { zip_error_fini(&error) }

    /// A source owned by `archive` (freed by libzip with the archive or when adding fails).
    static func make(_ part: CompressedPart, in archive: OpaquePointer) -> OpaquePointer? {
        let reader = Unmanaged.passRetained(CompressedPartSource(part))
        guard let source = zip_source_function(archive, callback, reader.toOpaque()) else {
            reader.release()
            return nil
        }
        return source
    }

    private static let callback: zip_source_callback = { userdata, data, length, command in
        guard let userdata else { return -1 }
        let reader = Unmanaged<CompressedPartSource>.fromOpaque(userdata).takeUnretainedValue()
        return reader.respond(to: command, data: data, length: length, userdata: userdata)
    }

    private func respond(to command: zip_source_cmd_t, data: UnsafeMutableRawPointer?, length: zip_uint64_t,
                         userdata: UnsafeMutableRawPointer) -> zip_int64_t {
        switch command {
        case ZIP_SOURCE_OPEN:
            offset = 0
            return 0
        case ZIP_SOURCE_READ:
            guard let data else { return -1 }
            let count = min(Int(length), part.compressed.count - offset)
            part.compressed.withUnsafeBytes { raw in
                if let base = raw.baseAddress, count > 0 { data.copyMemory(from: base + offset, byteCount: count) }
            }
            offset += count
            return zip_int64_t(count)
        case ZIP_SOURCE_CLOSE:
            return 0
        case ZIP_SOURCE_STAT:
            guard let data, length >= zip_uint64_t(MemoryLayout<zip_stat_t>.size) else { return -1 }
            let stat = data.assumingMemoryBound(to: zip_stat_t.self)
            zip_stat_init(stat)
            stat.pointee.size = zip_uint64_t(part.size)
            stat.pointee.comp_size = zip_uint64_t(part.compressed.count)
            stat.pointee.crc = part.crc
            stat.pointee.comp_method = zip_uint16_t(ZIP_CM_DEFLATE)
            stat.pointee.valid = zip_uint64_t(ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_CRC | ZIP_STAT_COMP_METHOD)
            return zip_int64_t(MemoryLayout<zip_stat_t>.size)
        case ZIP_SOURCE_ERROR:
            guard let data else { return -1 }
            return zip_error_to_data(&error, data, length)
        case ZIP_SOURCE_FREE:
            Unmanaged<CompressedPartSource>.fromOpaque(userdata).release()
            return 0
        case ZIP_SOURCE_SUPPORTS:
            let commands = [ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE]
            return commands.reduce(0) { $0 | (zip_int64_t(1) << zip_int64_t($1.rawValue)) }
        default:
            zip_error_set(&error, ZIP_ER_OPNOTSUPP, 0)
            return -1
        }
    }
}
