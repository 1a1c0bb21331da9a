import DocumentTree
import Synchronization

/// Class names and attribute values shared by the page and its stylesheet.
public enum HTMLNames {
    /// The class of a paragraph style: `Caption` → `p-caption`, `TOC1` → `p-toc1`.
    public static func paragraphClass(_ style: String) -> String { styleClass("p-", style) }

    /// The class of a character style: `Highlight` → `c-highlight`.
    public static func characterClass(_ style: String) -> String { styleClass("c-", style) }

    /// Class names made so far in the process: a style name is slugged (Unicode decomposition,
    /// scalar properties) once, not on every page of a run of certificates, where it was a
    /// quarter of writing the HTML. Bounded, though a house style has a few dozen names.
    private static let styleClasses = Mutex<[String: String]>([:])
    private static let styleClassCapacity = 4_096

    private static func styleClass(_ prefix: String, _ style: String) -> String {
        let key = prefix + style
        if let known = styleClasses.withLock({ $0[key] }) { return known }
        let name = prefix + AnchorID.slug(style)
        styleClasses.withLock { classes in
            if classes.count >= styleClassCapacity { classes.removeAll(keepingCapacity: true) }
            classes[key] = name
        }
        return name
    }

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
        if !id.isEmpty, id.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 > 0x20 && $0 < 0x7F } }) == true {
            return id
        }
        var result = ""
        for scalar in id.unicodeScalars {
            if scalar.properties.isWhitespace { result.append("-") } else { result.unicodeScalars.append(scalar) }
        }
        return result.isEmpty ? nil : result
    }

    /// A URL made safe for `href`: characters URLs may not hold are percent-encoded, and
    /// script-running schemes (`javascript:`, `vbscript:`, `data:`) give nil (no link).
    static func safeURL(_ url: String) -> String? {
        var bytes = Array(url.utf8)
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
        while let last = bytes.last, isSpace(last) { bytes.removeLast() }
        let leading = bytes.prefix(while: isSpace).count
        if leading > 0 { bytes.removeFirst(leading) }
        // The scheme: what comes before the first `:` if no `/`, `?` or `#` comes first.
        var scheme: [UInt8] = []
        for byte in bytes {
            if byte == 0x3A {
                let name = String(decoding: scheme, as: UTF8.self)
                if ["javascript", "vbscript", "data"].contains(name) { return nil }
                break
            }
            if byte == 0x2F || byte == 0x3F || byte == 0x23 { break }
            // Browsers ignore tabs and line breaks inside a scheme (`java\tscript:`).
            if byte < 0x20 || byte == 0x7F { continue }
            scheme.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        let isHexDigit: (UInt8) -> Bool = { (0x30...0x39).contains($0) || (0x41...0x46).contains($0) || (0x61...0x66).contains($0) }
        func needsEncoding(_ index: Int) -> Bool {
            switch bytes[index] {
            case 0x00...0x20, 0x7F, 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return true
            case 0x25: return !(index + 2 < bytes.count && isHexDigit(bytes[index + 1]) && isHexDigit(bytes[index + 2]))
            default: return false
            }
        }
        guard bytes.indices.contains(where: needsEncoding) else { return String(decoding: bytes, as: UTF8.self) }
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        for index in bytes.indices {
            let byte = bytes[index]
            if needsEncoding(index) {
                result.append(contentsOf: [0x25, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether text holds a strongly right-to-left character (Hebrew, Arabic, Syriac, Thaana…),
    /// so the element needs `dir="auto"`. Fast on Latin text: only the UTF-8 lead bytes of those
    /// blocks (0xD6…0xE0 for U+0590…U+08FF, 0xEF for U+FB1D…U+FEFF, 0xF0 for the supplementary
    /// ones) send it to the exact check, not the 0xE2 of curly quotes, dashes and the euro sign.
    static func containsRightToLeft(_ text: String) -> Bool {
        let mayHoldRightToLeft = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte >= 0xD6 && (byte <= 0xE0 || byte == 0xEF || byte == 0xF0) { return true }
            return false
        } ?? true
        guard mayHoldRightToLeft else { return false }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDCF, 0xFDF0...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
            default: continue
            }
        }
        return false
    }
}
