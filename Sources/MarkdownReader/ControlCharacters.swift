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
        var previous: UInt8 = 0
        for byte in bytes {
            // Every byte from space to `~` and every byte above 0x9F is allowed.
            if byte >= 0x20 && byte < 0x7F || byte > 0x9F {
                previous = byte
                continue
            }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
            if byte == 0x7F || (previous == 0xC2 && byte >= 0x80) { return true }
            previous = byte
        }
        return false
    }

    private static func containsControl(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { containsControl($0) }
    }
}
