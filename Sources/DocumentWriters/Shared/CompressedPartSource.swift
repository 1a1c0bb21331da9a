import CZip

/// A libzip source that hands over a `CompressedPart` as it goes into the zip: its stat names
/// the compression method, size and (for deflated data) CRC, so `zip_close` copies the bytes
/// instead of deflating them.
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
            stat.pointee.comp_method = zip_uint16_t(part.method)
            stat.pointee.valid = zip_uint64_t(ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD)
            if let crc = part.crc {
                stat.pointee.crc = crc
                stat.pointee.valid |= zip_uint64_t(ZIP_STAT_CRC)
            }
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
