import Foundation

/// The deflated forms of parts that many packages of one process share (the house style's
/// `styles.xml`, headers and footers, content types…), made once and copied raw into every
/// later package: deflate was a third of writing a certificate, and most of what it compressed
/// was the same 18 kB of style parts every time. Keyed by size, CRC-32 and level (the CRC is
/// needed for the zip entry anyway, and unlike a sampled hash it tells apart parts that differ
/// in one name: transcripts' headers and ODF styles name their holder, and 20,000 such parts
/// with one sampled hash made every lookup compare them all); a hit is confirmed byte for byte.
/// Bounded: when it holds more than `maximumBytes` of parts it starts again empty (a build has
/// a few dozen distinct style parts, but a header naming its participant is a new part in
/// every transcript).
final class RepeatedPartStore: @unchecked Sendable {
    static let shared = RepeatedPartStore()
    static let maximumBytes = 32 << 20

    private struct Key: Hashable {
        var size: Int
        var crc: UInt32
        var level: UInt32
    }

    private struct Stored {
        /// The uncompressed bytes, to confirm a hit.
        var original: [UInt8]
        var part: CompressedPart
    }

    private var parts: [Key: Stored] = [:]
    private var heldBytes = 0
    private let lock = NSLock()

    func compressed(_ bytes: [UInt8], level: UInt32) throws -> CompressedPart {
        let key = Key(size: bytes.count, crc: bytes.withUnsafeBytes(Deflater.crc32), level: level)
        if let stored = lock.withLock({ parts[key] }), Self.same(stored.original, bytes) { return stored.part }
        let part = try DeflaterPool.shared.compress(bytes, level: level, crc: key.crc)
        // Copies of exactly the part's size: the caller's array and the compressor's output have spare capacity.
        let stored = Stored(original: bytes.withUnsafeBufferPointer { Array($0) },
                            part: CompressedPart(size: part.size, crc: part.crc,
                                                 compressed: part.compressed.withUnsafeBufferPointer { Array($0) }))
        lock.withLock {
            if heldBytes + bytes.count + part.compressed.count > Self.maximumBytes {
                parts.removeAll()
                heldBytes = 0
            }
            // Another thread may have stored the same part meanwhile; a CRC collision keeps the first.
            if parts[key] == nil {
                parts[key] = stored
                heldBytes += bytes.count + part.compressed.count
            }
        }
        return stored.part
    }

    private static func same(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        left.withUnsafeBytes { left in
            right.withUnsafeBytes { right in
                guard left.count == right.count else { return false }
                guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return true }
                return leftBase == rightBase || memcmp(leftBase, rightBase, left.count) == 0
            }
        }
    }
}
