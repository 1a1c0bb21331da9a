/// Appends HTML to a byte buffer in one pass, escaping text and attribute values.
///
/// HTML is not XML, so this does not go through libxml2: start tags, attributes and text are
/// appended as UTF-8. Text escapes `& < >`, attribute values escape `& " < >`. Characters the Nu
/// checker rejects are dropped: C0 controls other than tab, line feed and carriage return,
/// DEL, C1 controls and the Unicode noncharacters (U+FDD0…U+FDEF and every U+xFFFE/U+xFFFF).
struct HTMLBuilder {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup known to be safe, written as is.
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Markup built by the writer from safe parts (numbers, class names), written as is.
    mutating func rawString(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    mutating func rawBytes(_ markup: [UInt8]) {
        bytes.append(contentsOf: markup)
    }

    mutating func number(_ value: Int) {
        rawString(String(value))
    }

    /// Character data: `&`, `<` and `>` escaped, forbidden characters dropped.
    mutating func text(_ value: String) {
        append(escaping: value, quotes: false)
    }

    /// ` name="value"` with the value escaped.
    mutating func attribute(_ name: StaticString, _ value: String) {
        bytes.append(0x20)
        raw(name)
        bytes.append(contentsOf: [0x3D, 0x22])  // ="
        append(escaping: value, quotes: true)
        bytes.append(0x22)
    }

    /// ` name` (a boolean attribute).
    mutating func booleanAttribute(_ name: StaticString) {
        bytes.append(0x20)
        raw(name)
    }

    /// `<name` — follow with attributes and `closeStartTag()`.
    mutating func openStartTag(_ name: StaticString) {
        bytes.append(0x3C)
        raw(name)
    }

    mutating func closeStartTag() {
        bytes.append(0x3E)
    }

    /// `<name>`.
    mutating func startTag(_ name: StaticString) {
        bytes.append(0x3C)
        raw(name)
        bytes.append(0x3E)
    }

    /// `</name>`.
    mutating func endTag(_ name: StaticString) {
        bytes.append(contentsOf: [0x3C, 0x2F])
        raw(name)
        bytes.append(0x3E)
    }

    mutating func newline() {
        bytes.append(0x0A)
    }

    /// Base64 of `data`, for `data:` URIs.
    mutating func base64(_ data: [UInt8]) {
        Base64Encoding.append(data, to: &bytes)
    }

    private mutating func append(escaping value: String, quotes: Bool) {
        var value = value
        value.withUTF8 { source in
            let count = source.count
            var runStart = 0
            var index = 0
            while index < count {
                let byte = source[index]
                // Most bytes are letters, digits, spaces and the bytes of accented letters: one test.
                if (byte > 0x3E && byte < 0x7F) || (byte >= 0x80 && byte < 0xC2) || (byte > 0xC2 && byte < 0xEF)
                    || (byte >= 0x20 && byte < 0x3C && byte != 0x26 && byte != 0x22) {
                    index += 1
                    continue
                }
                var skip = 0
                var replacement: StaticString?
                if byte < 0x80 {
                    switch byte {
                    case 0x26: replacement = "&amp;"; skip = 1
                    case 0x3C: replacement = "&lt;"; skip = 1
                    case 0x3E: replacement = "&gt;"; skip = 1
                    case 0x22 where quotes: replacement = "&quot;"; skip = 1
                    case 0x09, 0x0A, 0x0D: break
                    case 0x00..<0x20, 0x7F: skip = 1
                    default: break
                    }
                } else if byte == 0xC2 {
                    // U+0080…U+009F, the C1 controls.
                    if index + 1 < count, source[index + 1] < 0xA0 { skip = 2 }
                } else if byte == 0xEF, index + 2 < count {
                    let second = source[index + 1], third = source[index + 2]
                    // U+FDD0…U+FDEF and U+FFFE, U+FFFF.
                    if (second == 0xB7 && third >= 0x90 && third <= 0xAF) || (second == 0xBF && third >= 0xBE) { skip = 3 }
                } else if byte >= 0xF0, index + 3 < count {
                    // U+xFFFE and U+xFFFF in the supplementary planes.
                    if source[index + 1] & 0x0F == 0x0F, source[index + 2] == 0xBF, source[index + 3] >= 0xBE { skip = 4 }
                }
                if skip == 0 {
                    index += 1
                    continue
                }
                if runStart < index {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                }
                if let replacement { raw(replacement) }
                index += skip
                runStart = index
            }
            if runStart < count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count]))
            }
        }
    }
}
