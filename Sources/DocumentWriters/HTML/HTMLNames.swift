import DocumentTree

/// Class names and attribute values shared by the page and its stylesheet.
public enum HTMLNames {
    /// The class of a paragraph style: `Caption` → `p-caption`, `TOC1` → `p-toc1`.
    public static func paragraphClass(_ style: String) -> String { "p-" + AnchorID.slug(style) }

    /// The class of a character style: `Highlight` → `c-highlight`.
    public static func characterClass(_ style: String) -> String { "c-" + AnchorID.slug(style) }

    /// The class of an alignment other than the default: `align-center`, `align-end`, `align-justify`.
    static func alignmentClass(_ alignment: Alignment) -> String { "align-" + alignment.rawValue }

    /// A language tag as `lang` wants it: a well-formed BCP 47 tag, or `und` (undetermined).
    static func languageTag(_ tag: String) -> String {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }),
              parts.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return "und" }
        return tag
    }

    /// Whether the script of a language is written right to left.
    static func isRightToLeftLanguage(_ tag: String) -> Bool {
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return ["ar", "arc", "dv", "fa", "ha", "he", "khw", "ks", "ku", "ps", "sd", "ur", "yi"].contains(primary)
    }

    /// An element id without white space (which HTML forbids in ids); nil when nothing is left.
    static func elementID(_ id: String) -> String? {
        var result = ""
        for scalar in id.unicodeScalars {
            if scalar.properties.isWhitespace { result.append("-") } else { result.unicodeScalars.append(scalar) }
        }
        return result.isEmpty ? nil : result
    }

    /// A URL made safe for `href`: characters URLs may not hold are percent-encoded, and
    /// script-running schemes (`javascript:`, `vbscript:`, `data:`) give nil (no link).
    static func safeURL(_ url: String) -> String? {
        let trimmed = url.trimmingASCIIWhitespace
        if let colon = trimmed.firstIndex(of: ":") {
            let scheme = trimmed[..<colon].lowercased().filter { !$0.isWhitespace && !$0.isASCIIControl }
            if ["javascript", "vbscript", "data"].contains(scheme) { return nil }
        }
        var result: [UInt8] = []
        let bytes = Array(trimmed.utf8)
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let isHexDigit: (UInt8) -> Bool = { (0x30...0x39).contains($0) || (0x41...0x46).contains($0) || (0x61...0x66).contains($0) }
            let needsEncoding: Bool
            switch byte {
            case 0x00...0x20, 0x7F, 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: needsEncoding = true
            case 0x25: needsEncoding = !(index + 2 < bytes.count && isHexDigit(bytes[index + 1]) && isHexDigit(bytes[index + 2]))
            default: needsEncoding = false
            }
            if needsEncoding {
                result.append(contentsOf: [0x25, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            } else {
                result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether text holds a strongly right-to-left character (Hebrew, Arabic, Syriac, Thaana…),
    /// so the element needs `dir="auto"`. Fast on Latin text: most bytes are below 0xD6.
    static func containsRightToLeft(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 >= 0xD6 }) else { return false }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDCF, 0xFDF0...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
            default: continue
            }
        }
        return false
    }
}

extension String {
    fileprivate var trimmingASCIIWhitespace: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}

extension Character {
    fileprivate var isASCIIControl: Bool { asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false }
}
