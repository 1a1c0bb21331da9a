import CZip
import Foundation

/// Raw deflate (RFC 1951) with zlib, reusing one stream per thread: a package has a dozen small
/// parts, and a fresh zlib stream per part (what libzip does) allocates and clears about 270 kB
/// of state each time, which cost more than compressing a certificate's few kilobytes of XML.
final class Deflater {
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    let level: Int32

    init?(level: Int32) {
        self.level = level
        stream.initialize(to: z_stream())
        // deflateInit2 is a macro; this is what it expands to. -15: raw deflate, as zip stores it.
        let status = deflateInit2_(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            return nil
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// The compressed form of `bytes` with its CRC-32.
    func compress(_ bytes: [UInt8]) throws -> CompressedPart {
        guard deflateReset(stream) == Z_OK else { throw ZipError(message: "zlib: cannot reset the deflate stream") }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 3 + 64)
        let chunkSize = 64 * 1024
        let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }
        let crc: UInt32 = try bytes.withUnsafeBytes { raw in
            let input = raw.bindMemory(to: Bytef.self)
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.pointee.avail_in = uInt(input.count)
            var status = Z_OK
            repeat {
                stream.pointee.next_out = chunk
                stream.pointee.avail_out = uInt(chunkSize)
                status = deflate(stream, Z_FINISH)
                guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                    throw ZipError(message: "zlib: deflate failed (\(status))")
                }
                output.append(contentsOf: UnsafeBufferPointer(start: chunk, count: chunkSize - Int(stream.pointee.avail_out)))
            } while status != Z_STREAM_END
            stream.pointee.next_in = nil
            return UInt32(crc32(0, input.baseAddress, uInt(input.count)))
        }
        return CompressedPart(size: bytes.count, crc: crc, compressed: output)
    }
}

/// Deflaters kept for reuse, one per level and concurrent user.
final class DeflaterPool: @unchecked Sendable {
    static let shared = DeflaterPool()
    private var idle: [Int32: [Deflater]] = [:]
    private let lock = NSLock()

    func compress(_ bytes: [UInt8], level: UInt32) throws -> CompressedPart {
        let level = Int32(clamping: level)
        let reused = lock.withLock { idle[level]?.popLast() }
        guard let deflater = reused ?? Deflater(level: level) else {
            throw ZipError(message: "zlib: cannot start a deflate stream at level \(level)")
        }
        defer { lock.withLock { idle[level, default: []].append(deflater) } }
        return try deflater.compress(bytes)
    }
}
