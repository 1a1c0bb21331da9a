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
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        // Fast path: C0 controls and DEL are single bytes, C1 controls are 0xC2 0x80…0x9F.
        var hasControl = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) {
                hasControl = true
                break
            }
            previous = byte
        }
        guard hasControl else { return String(scalars) }
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
}
