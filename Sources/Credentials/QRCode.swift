import CQRencode
import Foundation

/// QR codes (ISO/IEC 18004, error correction level M, byte mode) made with libqrencode, as PNG
/// for documents and SVG for web pages.
public enum QRCode {
    /// The symbol for `text` (typically a verification URL).
    /// - Throws: `QRCodeError`.
    public static func matrix(for text: String) throws -> QRMatrix {
        if text.utf8.contains(0) { throw QRCodeError.containsNul }
        errno = 0
        guard let symbol = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else {
            let code = errno
            if code == ERANGE || code == EINVAL { throw QRCodeError.textTooLong(bytes: text.utf8.count) }
            throw QRCodeError.encoderFailed(errno: code)
        }
        defer { QRcode_free(symbol) }
        let size = Int(symbol.pointee.width)
        let data = UnsafeBufferPointer(start: symbol.pointee.data, count: size * size)
        // libqrencode: the lowest bit of each byte is 1 for a dark module.
        return QRMatrix(size: size, version: Int(symbol.pointee.version), modules: data.map { $0 & 1 == 1 })
    }

    /// A black-on-white PNG of the code for `text`.
    /// - Parameters:
    ///   - moduleSize: pixels per module, 1–64.
    ///   - margin: quiet zone in modules, 0–64 (the standard asks for 4).
    /// - Throws: `QRCodeError`.
    public static func png(for text: String, moduleSize: Int = 8, margin: Int = 4) throws -> [UInt8] {
        guard (1...64).contains(moduleSize) else { throw QRCodeError.badDimensions("module size \(moduleSize) is not 1–64") }
        return try png(for: matrix(for: text), moduleSize: moduleSize, margin: margin)
    }

    /// A black-on-white PNG of `symbol` (encode once with `matrix(for:)` when both PNG and SVG
    /// are needed).
    /// - Throws: `QRCodeError.badDimensions`, `QRCodeError.pngCompressionFailed`.
    public static func png(for symbol: QRMatrix, moduleSize: Int = 8, margin: Int = 4) throws -> [UInt8] {
        guard (1...64).contains(moduleSize) else { throw QRCodeError.badDimensions("module size \(moduleSize) is not 1–64") }
        guard (0...64).contains(margin) else { throw QRCodeError.badDimensions("margin \(margin) is not 0–64") }
        let modulesPerSide = symbol.size + 2 * margin
        let side = modulesPerSide * moduleSize
        // One packed row per module row: each module's `moduleSize` pixels go into a bit
        // accumulator at once (1 = white) and whole bytes come out of its top.
        let rowBytes = (side + 7) / 8
        let rows = (0..<modulesPerSide).map { row -> [UInt8] in
            var packed: [UInt8] = []
            packed.reserveCapacity(rowBytes)
            var bits: UInt64 = 0
            var count = 0  // bits in `bits` not yet written, always < 8 between modules
            for column in 0..<modulesPerSide {
                let white = !symbol.isDark(x: column - margin, y: row - margin)
                var remaining = moduleSize
                while remaining > 0 {
                    let take = min(remaining, 56)  // count + take stays below 64
                    bits = bits << UInt64(take) | (white ? UInt64.max >> UInt64(64 - take) : 0)
                    count += take
                    remaining -= take
                    while count >= 8 {
                        count -= 8
                        packed.append(UInt8(truncatingIfNeeded: bits >> UInt64(count)))
                    }
                }
            }
            // The last byte's unused low bits stay 0.
            if count > 0 { packed.append(UInt8(truncatingIfNeeded: bits << UInt64(8 - count))) }
            return packed
        }
        guard let png = PNGEncoder.blackAndWhite(width: side, packedRows: rows, repeats: moduleSize) else {
            throw QRCodeError.pngCompressionFailed
        }
        return png
    }

    /// An SVG of the code for `text`, one `rect` per horizontal run of dark modules, measured in
    /// modules (scale it with CSS). `title` becomes the accessible name.
    /// - Throws: `QRCodeError`.
    public static func svg(for text: String, margin: Int = 4, title: String? = nil) throws -> String {
        try svg(for: matrix(for: text), margin: margin, title: title)
    }

    /// An SVG of `symbol`; see `svg(for:margin:title:)` taking text.
    /// - Throws: `QRCodeError.badDimensions`.
    public static func svg(for symbol: QRMatrix, margin: Int = 4, title: String? = nil) throws -> String {
        guard (0...64).contains(margin) else { throw QRCodeError.badDimensions("margin \(margin) is not 0–64") }
        let side = symbol.size + 2 * margin
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" "
            + "shape-rendering=\"crispEdges\" role=\"img\""
        if let title {
            svg += " aria-label=\"\(escape(title))\"><title>\(escape(title))</title>"
        } else {
            svg += ">"
        }
        svg += "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\""
        for y in 0..<symbol.size {
            var x = 0
            while x < symbol.size {
                guard symbol.isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                let start = x
                while x < symbol.size && symbol.isDark(x: x, y: y) { x += 1 }
                svg += "M\(start + margin) \(y + margin)h\(x - start)v1h-\(x - start)z"
            }
        }
        svg += "\"/></svg>"
        return svg
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
