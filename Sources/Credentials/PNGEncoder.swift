/// Writes black-and-white images as PNG: 1-bit greyscale, no filtering, the pixels in a zlib
/// stream of stored (uncompressed) deflate blocks. QR codes stay small (a few kB) this way, and
/// the documents that embed them are zipped anyway.
enum PNGEncoder {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// A PNG whose scanlines are `packedRows`, each written `repeats` times in a row (scaling
    /// images made of square modules costs nothing this way).
    static func blackAndWhite(width: Int, packedRows: [[UInt8]], repeats: Int) -> [UInt8] {
        let rowBytes = (width + 7) / 8
        var raw: [UInt8] = []
        raw.reserveCapacity((rowBytes + 1) * packedRows.count * repeats)
        for row in packedRows {
            for _ in 0..<repeats {
                raw.append(0)  // filter type None
                raw.append(contentsOf: row)
            }
        }
        var png = signature
        var header: [UInt8] = []
        append32(UInt32(width), to: &header)
        append32(UInt32(packedRows.count * repeats), to: &header)
        header += [1, 0, 0, 0, 0]  // bit depth 1, greyscale, deflate, adaptive filters, no interlace
        appendChunk("IHDR", header, to: &png)
        appendChunk("IDAT", zlibStored(raw), to: &png)
        appendChunk("IEND", [], to: &png)
        return png
    }

    /// A zlib stream (RFC 1950) holding `bytes` in stored deflate blocks (RFC 1951 §3.2.4).
    static func zlibStored(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(65535, bytes.count - offset)
            let isLast = offset + length == bytes.count
            out.append(isLast ? 1 : 0)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out.append(contentsOf: bytes[offset..<offset + length])
            offset += length
        } while offset < bytes.count
        append32(Adler32.checksum(bytes), to: &out)
        return out
    }

    private static func appendChunk(_ type: String, _ data: [UInt8], to png: inout [UInt8]) {
        append32(UInt32(data.count), to: &png)
        let typeBytes = Array(type.utf8)
        png += typeBytes
        png += data
        append32(CRC32.checksum(data, initial: CRC32.checksum(typeBytes)), to: &png)
    }

    private static func append32(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes += [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
