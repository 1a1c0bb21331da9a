import CZip

/// A part's bytes as they go into the zip (deflated, or stored as they are) with the size and
/// CRC-32 of the original, handed to libzip by `CompressedPartSource` so that it copies deflated
/// data as it is. libzip checksums stored data itself whatever its source says, so a stored
/// part carries no CRC.
final class CompressedPart: Sendable {
    /// Uncompressed size in bytes.
    let size: Int
    /// CRC-32 of the uncompressed bytes; nil for a stored part (libzip computes it).
    let crc: UInt32?
    /// Raw deflate stream, or the bytes themselves when `isStored`.
    let compressed: [UInt8]
    /// The bytes are stored, not deflated.
    let isStored: Bool

    init(size: Int, crc: UInt32?, compressed: [UInt8], isStored: Bool = false) {
        self.size = size
        self.crc = crc
        self.compressed = compressed
        self.isStored = isStored
    }

    /// `bytes` to be stored uncompressed (an ODF `mimetype`, a PNG, a small part).
    static func stored(_ bytes: [UInt8]) -> CompressedPart {
        CompressedPart(size: bytes.count, crc: nil, compressed: bytes, isStored: true)
    }

    /// The zip compression method of `compressed`.
    var method: Int32 { isStored ? ZIP_CM_STORE : ZIP_CM_DEFLATE }
}
