/// A light scan of start tags and attributes, for package cross-checks (manifest entries,
/// content types, relationships); the schemas check the XML itself.
enum XMLScan {
    /// The attribute text of every start tag whose local name is `localName` (any prefix).
    static func elements(named localName: String, in xml: String) -> [Substring] {
        var result: [Substring] = []
        var index = xml.startIndex
        while let open = xml[index...].firstIndex(of: "<") {
            let nameStart = xml.index(after: open)
            var nameEnd = nameStart
            while nameEnd < xml.endIndex, !" \t\r\n/>".contains(xml[nameEnd]) { nameEnd = xml.index(after: nameEnd) }
            let qualified = xml[nameStart..<nameEnd]
            let local = qualified.split(separator: ":").last ?? qualified
            guard let close = xml[nameEnd...].firstIndex(of: ">") else { break }
            if local == localName { result.append(xml[nameEnd..<close]) }
            index = close
        }
        return result
    }

    /// The unescaped value of attribute `name` (any prefix) in a start tag's attribute text.
    static func attribute(_ name: String, in element: Substring) -> String? {
        var search = element[...]
        while let range = search.range(of: name + "=") {
            let before = range.lowerBound > element.startIndex ? element[element.index(before: range.lowerBound)] : " "
            let quoteIndex = range.upperBound
            if (before == ":" || before.isWhitespace), quoteIndex < search.endIndex, "\"'".contains(search[quoteIndex]) {
                let quote = search[quoteIndex]
                let valueStart = search.index(after: quoteIndex)
                guard let valueEnd = search[valueStart...].firstIndex(of: quote) else { return nil }
                return unescape(String(search[valueStart..<valueEnd]))
            }
            search = search[range.upperBound...]
        }
        return nil
    }

    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacing("&lt;", with: "<").replacing("&gt;", with: ">")
            .replacing("&quot;", with: "\"").replacing("&apos;", with: "'").replacing("&amp;", with: "&")
    }
}
