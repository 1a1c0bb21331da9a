import ProjectModel

/// Turns bytes into text, refusing invalid UTF-8 and control characters with their line and
/// column (1-based, columns in Unicode scalars; CRLF and lone CR count as one line end).
enum TextDecoding {
    static func decode(_ bytes: [UInt8], file: String, diagnostics: DiagnosticCollector) -> String? {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        var line = 1, column = 1, index = start
        while index < bytes.count {
            let byte = bytes[index]
            var scalar: UInt32 = 0
            var width = 1
            if byte < 0x80 {
                scalar = UInt32(byte)
            } else {
                guard let (value, length) = decodeMultibyte(bytes, at: index) else {
                    diagnostics.error(SourceLocation(file: file, line: line, column: column),
                                      "invalid UTF-8 (byte 0x\(hex(byte))); save the file as UTF-8")
                    return nil
                }
                scalar = value
                width = length
            }
            switch scalar {
            case 0x0A:
                line += 1; column = 1
            case 0x0D:
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    index += 1
                }
                line += 1; column = 1
            case 0x09:
                column += 1
            case 0x00..<0x20, 0x7F, 0x80..<0xA0:
                diagnostics.error(SourceLocation(file: file, line: line, column: column),
                                  "control character U+\(hex(scalar, digits: 4)) in text; remove it")
                return nil
            default:
                column += 1
            }
            index += width
        }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// The scalar and its length at `index`, or `nil` for an invalid sequence (overlong,
    /// surrogate, above U+10FFFF, truncated).
    private static func decodeMultibyte(_ bytes: [UInt8], at index: Int) -> (UInt32, Int)? {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        var minimum: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F); minimum = 0x80
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F); minimum = 0x800
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07); minimum = 0x10000
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
        return (value, length)
    }

    static func hex(_ value: some BinaryInteger, digits: Int = 2) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
