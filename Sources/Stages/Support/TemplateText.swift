/// Replaces `{name}` placeholders in a label with values.
enum TemplateText {
    /// Unknown placeholders and an unclosed `{` stay as written. Scans UTF-8 bytes: the braces
    /// are ASCII, so they can never be part of another character.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        let bytes = template.utf8
        var result = ""
        result.reserveCapacity(bytes.count + 32)
        var rest = bytes.startIndex
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
            result += Substring(bytes[rest..<open])
            let name = Substring(bytes[bytes.index(after: open)..<close])
            if let value = values[String(name)] { result += value } else { result += Substring(bytes[open...close]) }
            rest = bytes.index(after: close)
        }
        result += Substring(bytes[rest...])
        return result
    }
}
