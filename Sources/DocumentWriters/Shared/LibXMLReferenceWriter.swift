import CLibXML2

/// The libxml2 `xmlTextWriter` behind the same calls as `XMLWriter`: the reference that
/// `XMLWriter`'s output is compared with byte for byte in the tests. Not used to write documents
/// (at about 1.2 µs per element it was most of the DOCX writer's time).
final class LibXMLReferenceWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    /// How many forbidden characters `text` and `attribute` dropped.
    private(set) var droppedCharacters = 0
    /// A fragment has no XML declaration and no trailing newline.
    private let isFragment: Bool

    /// Starts a document with `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`.
    init(standalone: Bool = true) {
        buffer = xmlBufferCreateSize(1 << 16)
        writer = xmlNewTextWriterMemory(buffer, 0)
        isFragment = false
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", standalone ? "yes" : nil)
    }

    /// Starts a fragment: no XML declaration, for markup that another writer splices in with
    /// `raw(_:)` (a body written before the styles it needs are known).
    init(fragment: Void) {
        buffer = xmlBufferCreateSize(1 << 16)
        writer = xmlNewTextWriterMemory(buffer, 0)
        isFragment = true
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    func start(_ name: String) {
        xmlTextWriterStartElement(writer, name)
    }

    func end() {
        xmlTextWriterEndElement(writer)
    }

    func attribute(_ name: String, _ value: String) {
        xmlTextWriterWriteAttribute(writer, name, clean(value))
    }

    func text(_ value: String) {
        xmlTextWriterWriteString(writer, clean(value))
    }

    /// Copies bytes that are already well-formed XML (from `finish()` of a fragment writer)
    /// into the output unchanged.
    func raw(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBufferPointer { pointer in
            _ = xmlTextWriterWriteRawLen(writer, pointer.baseAddress, Int32(pointer.count))
        }
    }

    /// Declares namespaces on the element just started, in the order given (`xmlns:prefix="uri"`).
    func namespaces(_ declarations: [(prefix: String, uri: String)]) {
        for (prefix, uri) in declarations { xmlTextWriterWriteAttribute(writer, "xmlns:" + prefix, uri) }
    }

    /// `<name attr="value"…/>` with no content.
    func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        end()
    }

    /// `<name attr="value"…>text</name>`.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text value: String) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        text(value)
        end()
    }

    /// Runs `body` between `<name …>` and `</name>`.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: () throws -> Void) rethrows {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        try body()
        end()
    }

    /// Closes every open element and returns the document's UTF-8 bytes.
    func finish() -> [UInt8] {
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        var count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        // libxml2 ends a document with a newline; spliced into another element it would be a
        // text node that stops pretty printers from indenting.
        if isFragment, content[count - 1] == 0x0A { count -= 1 }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    private func clean(_ value: String) -> String {
        guard LibXMLReferenceWriter.needsCleaning(value) else { return value }
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            if LibXMLReferenceWriter.isAllowed(scalar) { scalars.append(scalar) } else { droppedCharacters += 1 }
        }
        return String(scalars)
    }

    /// One pass over the UTF-8 bytes: a C0 control other than tab, newline and return, DEL, a C1
    /// control (`C2 80`…`C2 9F`) or U+FFFE/U+FFFF (`EF BF BE`, `EF BF BF`) means the value must be cleaned.
    static func needsCleaning(_ value: String) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
                } else if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                    return true
                } else if byte == 0x7F || (byte == 0xC2 && index + 1 < count && bytes[index + 1] <= 0x9F) {
                    return true
                }
                index += 1
            }
            return false
        }
        if let found = value.utf8.withContiguousStorageIfAvailable(scan) { return found }
        var copy = value
        return copy.withUTF8(scan)
    }

    /// Whether XML 1.0 allows the character (`Char` production of the XML specification).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
