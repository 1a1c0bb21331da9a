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
/// style parts, but a header naming its participant is a new part in every transcript).
final class RepeatedPartStore: @unchecked Sendable {
    static let shared = RepeatedPartStore()
    static let maximumBytes = 32 << 20

    private struct Key: Hashable {
        var content: SampledBytesKey
        var level: UInt32
    }

    private var parts: [Key: CompressedPart] = [:]
    private var heldBytes = 0
    private let lock = NSLock()

    func compressed(_ bytes: [UInt8], level: UInt32) throws -> CompressedPart {
        if let part = lock.withLock({ parts[Key(content: SampledBytesKey(bytes), level: level)] }) { return part }
        let part = try DeflaterPool.shared.compress(bytes, level: level)
        // A copy of exactly the part's size: the caller's array may have spare capacity.
        let key = Key(content: SampledBytesKey(bytes.withUnsafeBufferPointer { Array($0) }), level: level)
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
