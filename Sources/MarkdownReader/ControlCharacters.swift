/// Control characters (other than tab and line ends) have no place in a document and make XML
/// invalid; they are dropped before parsing, each with a warning at its position.
enum ControlCharacters {
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        default: return false
        }
    }

    /// Also drops a leading byte-order mark.
    static func strip(_ text: String, warnings: inout [MarkdownWarning]) -> String {
        let hasByteOrderMark = text.utf8.starts(with: [0xEF, 0xBB, 0xBF])
        // Fast path, one pass over contiguous bytes: C0 controls and DEL are single bytes, C1
        // controls are 0xC2 0x80…0x9F. A text without any is returned as it is, not copied.
        let hasControl = text.utf8.withContiguousStorageIfAvailable(containsControl) ?? containsControl(Array(text.utf8))
        var scalars = Substring(text).unicodeScalars
        if hasByteOrderMark { scalars = scalars.dropFirst() }
        guard hasControl else { return hasByteOrderMark ? String(scalars) : text }
        var result = String.UnicodeScalarView()
        var line = 1
        var column = 1
        for scalar in scalars {
            if isDropped(scalar) {
                let code = String(scalar.value, radix: 16, uppercase: true)
                warnings.append(MarkdownWarning(line: line, column: column,
                                                message: "control character U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code) dropped"))
            } else {
                result.append(scalar)
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return String(result)
    }

    private static func containsControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return false }
        var previous: UInt8 = 0
        var index = 0
        // Eight bytes at a time: a word without a byte below 0x20 (line feeds included), DEL
        // or C2 is clean unless the word before ended with C2. Any other word is read byte by
        // byte (the byte loop alone was 2 % of converting a large manual).
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let suspects = zeroBytes(word & (0xE0 &* ones)) | zeroBytes(word ^ (0x7F &* ones)) | zeroBytes(word ^ (0xC2 &* ones))
            if suspects != 0 || previous == 0xC2 {
                for byte in UnsafeBufferPointer(rebasing: bytes[index..<(index + 8)]) {
                    if isControl(byte, after: previous) { return true }
                    previous = byte
                }
            } else {
                previous = UInt8(truncatingIfNeeded: word >> 56)
            }
            index += 8
        }
        for byte in UnsafeBufferPointer(rebasing: bytes[index...]) {
            if isControl(byte, after: previous) { return true }
            previous = byte
        }
        return false
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The high bit of every zero byte of `word`, and no other bit.
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low7 = 0x7F &* ones
        return ~(((word & low7) &+ low7) | word | low7)
    }

    /// Whether `byte` is a C0 control other than tab and line ends, DEL, or the second byte of a C1 control.
    @inline(__always)
    private static func isControl(_ byte: UInt8, after previous: UInt8) -> Bool {
        // Every byte from space to `~` and every byte above 0x9F is allowed.
        if byte >= 0x20 && byte < 0x7F || byte > 0x9F { return false }
        if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
        return byte == 0x7F || (previous == 0xC2 && byte >= 0x80)
    }

    private static func containsControl(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { containsControl($0) }
    }
}
