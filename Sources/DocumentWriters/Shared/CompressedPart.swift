/// A part's bytes as they go into the zip (deflated, or stored as they are) with the size and
/// CRC-32 of the original, which `ZipArchiveWriter` copies into the archive as they are.
final class CompressedPart: Sendable {
    /// Uncompressed size in bytes.
    let size: Int
    /// CRC-32 of the uncompressed bytes.
    let crc: UInt32
    /// Raw deflate stream, or the bytes themselves when `isStored`.
    let compressed: [UInt8]
    /// The bytes are stored, not deflated.
    let isStored: Bool

    init(size: Int, crc: UInt32, compressed: [UInt8], isStored: Bool = false) {
        self.size = size
        self.crc = crc
        self.compressed = compressed
        self.isStored = isStored
    }

    /// `bytes` to be stored uncompressed (an ODF `mimetype`, a PNG, a small part), with their
    /// CRC-32 computed here, once.
    static func stored(_ bytes: [UInt8]) -> CompressedPart {
        CompressedPart(size: bytes.count, crc: bytes.withUnsafeBytes(Deflater.crc32), compressed: bytes, isStored: true)
    }

    /// The zip compression method of `compressed`: 0 stored, 8 deflated.
    var method: UInt16 { isStored ? 0 : 8 }
}
