import CDeflate
import Foundation

/// libdeflate compressors of one level kept for reuse, one per concurrent user: allocating a
/// compressor costs about a fifth of compressing a QR code's 8 kB of pixels.
final class ZlibCompressorPool: @unchecked Sendable {
    /// libdeflate's level, 0…12.
    let level: Int32
    private var idle: [OpaquePointer] = []
    private let lock = NSLock()

    init(level: Int32) {
        self.level = level
    }

    deinit {
        for compressor in idle { libdeflate_free_compressor(compressor) }
    }

    /// `bytes` as a zlib stream (RFC 1950, Adler-32 included), or nil when libdeflate could not
    /// allocate a compressor.
    func zlibCompress(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        guard let compressor = lock.withLock({ idle.popLast() }) ?? libdeflate_alloc_compressor(level) else { return nil }
        defer { lock.withLock { idle.append(compressor) } }
        let bound = libdeflate_zlib_compress_bound(compressor, bytes.count)
        var written = 0
        let compressed = [UInt8](unsafeUninitializedCapacity: bound) { output, count in
            written = libdeflate_zlib_compress(compressor, bytes.baseAddress, bytes.count, output.baseAddress, bound)
            count = written
        }
        // The bound always fits; 0 would mean libdeflate broke its own contract.
        return written > 0 ? compressed : nil
    }
}
