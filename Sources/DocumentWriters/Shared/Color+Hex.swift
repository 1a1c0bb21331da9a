import DocumentTree

extension Color {
    /// `hexDigits` (`1F3A68`, the DOCX form) without building an array of characters per call:
    /// tables write a colour per cell, and `hexDigits` cost about 5 000 instructions each.
    var rgbHexDigits: String {
        let digits: StaticString = "0123456789ABCDEF"
        return digits.withUTF8Buffer { table in
            String(unsafeUninitializedCapacity: 6) { buffer in
                for (index, value) in [red, green, blue].enumerated() {
                    buffer[index * 2] = table[Int(value >> 4)]
                    buffer[index * 2 + 1] = table[Int(value & 15)]
                }
                return 6
            }
        }
    }

    /// `hexString` (`#1F3A68`, the ODF and CSS form), built the same way.
    var rgbHexString: String { "#" + rgbHexDigits }
}
