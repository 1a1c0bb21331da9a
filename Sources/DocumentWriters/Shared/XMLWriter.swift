import DocumentTree

/// Streams well-formed XML into a UTF-8 byte buffer, escaping text and attribute values in one
/// pass over their bytes. Characters that XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF)
/// are dropped and counted.
///
/// It writes exactly the bytes libxml2's `xmlTextWriter` wrote for the same calls (the tests
/// compare it with `LibXMLReferenceWriter` on every output and on hostile strings, and parse
/// every document with libxml2), without libxml2's cost per call:
/// - declaration `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` and a newline;
/// - an element without content is `<name/>`; an element whose content is empty text is `<name></name>`;
/// - text escapes `&`, `<`, `>`, `"` and carriage return (`&#13;`);
/// - attribute values escape `&`, `<`, `>`, `"`, tab (`&#9;`), line feed (`&#10;`) and
///   carriage return (`&#13;`), so a parser gives back the same value;
/// - an attribute after the element's content has started is ignored, as libxml2 refused it;
/// - `finish()` closes every open element; a document ends with a newline, a fragment does not.
///
/// Element and attribute names come from the writers (constants and generated ids) and are
/// written as given.
final class XMLWriter {
    /// All mutable state in one value, kept behind a pointer owned by this writer: a stored
    /// property of a class costs a dynamic exclusivity check (`swift_beginAccess`/`endAccess`) at
    /// every call, about 4 % of converting a large DOCX; the addressors below make none. The
    /// writer is used from one thread and never hands out `output`.
    private let storage: UnsafeMutablePointer<XMLOutput>
    private var output: XMLOutput {
        unsafeAddress { UnsafePointer(storage) }
        unsafeMutableAddress { storage }
    }
    /// How many forbidden characters `text` and `attribute` dropped.
    var droppedCharacters: Int { output.droppedCharacters }
    /// A fragment has no XML declaration and no trailing newline.
    private let isFragment: Bool

    /// Starts a document with `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`.
    init(standalone: Bool = true) {
        isFragment = false
        storage = .allocate(capacity: 1)
        storage.initialize(to: XMLOutput())
        if standalone {
            output.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        } else {
            output.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        }
    }

    /// Starts a fragment: no XML declaration, for markup that another writer splices in with
    /// `raw(_:)` (a body written before the styles it needs are known).
    init(fragment: Void) {
        isFragment = true
        storage = .allocate(capacity: 1)
        storage.initialize(to: XMLOutput())
    }

    deinit {
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    func start(_ name: String) {
        output.start(name)
    }

    func end() {
        output.end()
    }

    func attribute(_ name: String, _ value: String) {
        output.attribute(name, value)
    }

    func text(_ value: String) {
        output.text(value)
    }

    /// Copies bytes that are already well-formed XML (from `finish()` of a fragment writer)
    /// into the output unchanged.
    func raw(_ markup: [UInt8]) {
        output.raw(markup)
    }

    /// Declares namespaces on the element just started, in the order given (`xmlns:prefix="uri"`).
    func namespaces(_ declarations: [(prefix: String, uri: String)]) {
        output.namespaces(declarations)
    }

    /// `<name attr="value"…/>` with no content.
    func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        output.empty(name, attributes)
    }

    /// `<name attr="value"…>text</name>`.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text value: String) {
        output.element(name, attributes, text: value)
    }

    /// Runs `body` between `<name …>` and `</name>`.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: () throws -> Void) rethrows {
        output.start(name)
        for (key, value) in attributes { output.attribute(key, value) }
        try body()
        output.end()
    }

    // MARK: Constant names, for the writers' hot paths
    //
    // The calls below take names as `StaticString` (constants of the writer, never escaped, as
    // names never are) and numbers as `Int`, so writing an element builds no `String`, no array
    // of attributes and retains nothing: a table cell of a DOCX is a dozen elements.

    /// `<name`, attributes may follow.
    func start(constant name: StaticString) {
        output.start(constant: name)
    }

    /// `<name` and constant, well-formed attributes (` a="x" b="y"`, each with its leading
    /// space); more attributes may follow.
    func start(constant name: StaticString, attributes: StaticString) {
        output.start(constant: name)
        output.append(attributes)
    }

    /// `<name/>`.
    func empty(constant name: StaticString) {
        output.start(constant: name)
        output.end()
    }

    /// `<name attribute="value"/>`.
    func empty(constant name: StaticString, _ attribute: StaticString, _ value: String) {
        output.start(constant: name)
        output.attribute(constant: attribute, value)
        output.end()
    }

    /// `<name attribute="number"/>`.
    func empty(constant name: StaticString, _ attribute: StaticString, number: Int) {
        output.start(constant: name)
        output.attribute(constant: attribute, number: number)
        output.end()
    }

    /// `<name attribute="RRGGBB"/>`, the colour as six upper-case hexadecimal digits.
    func empty(constant name: StaticString, _ attribute: StaticString, color: Color) {
        output.start(constant: name)
        output.attribute(constant: attribute, color: color)
        output.end()
    }

    func attribute(constant name: StaticString, _ value: String) {
        output.attribute(constant: name, value)
    }

    /// Constant, well-formed attributes (` a="x" b="y"`, each with its leading space) on the
    /// element just started; ignored once its content has started, as `attribute` is.
    func attributes(constant markup: StaticString) {
        output.attributes(constant: markup)
    }

    func attribute(constant name: StaticString, number: Int) {
        output.attribute(constant: name, number: number)
    }

    func attribute(constant name: StaticString, color: Color) {
        output.attribute(constant: name, color: color)
    }

    /// Copies constant, well-formed markup (elements with their attributes, no open start tag
    /// left) into the output after closing the start tag still open.
    func markup(_ constant: StaticString) {
        output.markup(constant)
    }

    /// Closes every open element and returns the document's UTF-8 bytes.
    func finish() -> [UInt8] {
        output.finish(isFragment: isFragment)
    }
}

/// The name of an open element: a writer's constant, or a `String`.
private enum OpenElementName {
    case constant(StaticString)
    case string(String)
}

/// The bytes and open elements behind `XMLWriter`.
private struct XMLOutput: ~Copyable {
    private var bytes = ByteBuffer(capacity: 1 << 16)
    /// The names of the open elements, innermost last.
    private var openElements: [OpenElementName] = []
    /// Whether the innermost start tag still waits for its `>` (attributes may follow).
    private var startTagIsOpen = false
    private(set) var droppedCharacters = 0

    init() {}

    mutating func start(_ name: String) {
        closeStartTag()
        bytes.append(0x3C)  // <
        appendName(name)
        openElements.append(.string(name))
        startTagIsOpen = true
    }

    mutating func start(constant name: StaticString) {
        closeStartTag()
        bytes.append(0x3C)  // <
        append(name)
        openElements.append(.constant(name))
        startTagIsOpen = true
    }

    mutating func end() {
        guard let name = openElements.popLast() else { return }
        if startTagIsOpen {
            bytes.append(0x2F)  // /
            bytes.append(0x3E)  // >
            startTagIsOpen = false
        } else {
            bytes.append(0x3C)  // <
            bytes.append(0x2F)  // /
            switch name {
            case .constant(let constant): append(constant)
            case .string(let string): appendName(string)
            }
            bytes.append(0x3E)  // >
        }
    }

    mutating func attribute(constant name: StaticString, _ value: String) {
        guard startTagIsOpen else { return }
        openAttribute(name)
        appendEscaped(value, inAttribute: true)
        bytes.append(0x22)
    }

    mutating func attributes(constant markup: StaticString) {
        guard startTagIsOpen else { return }
        append(markup)
    }

    mutating func attribute(constant name: StaticString, number: Int) {
        guard startTagIsOpen else { return }
        openAttribute(name)
        appendDecimal(number)
        bytes.append(0x22)
    }

    mutating func attribute(constant name: StaticString, color: Color) {
        guard startTagIsOpen else { return }
        openAttribute(name)
        appendHex(color.red)
        appendHex(color.green)
        appendHex(color.blue)
        bytes.append(0x22)
    }

    /// ` name="` — the value and the closing quote follow.
    @inline(__always)
    private mutating func openAttribute(_ name: StaticString) {
        bytes.append(0x20)
        append(name)
        bytes.append(0x3D)  // =
        bytes.append(0x22)  // "
    }

    @inline(__always)
    private mutating func openAttribute(_ name: String) {
        bytes.append(0x20)
        appendName(name)
        bytes.append(0x3D)  // =
        bytes.append(0x22)  // "
    }

    mutating func markup(_ constant: StaticString) {
        closeStartTag()
        append(constant)
    }

    /// Two upper-case hexadecimal digits.
    private mutating func appendHex(_ value: UInt8) {
        let high = value >> 4, low = value & 15
        bytes.append(high < 10 ? 0x30 + high : 0x37 + high)
        bytes.append(low < 10 ? 0x30 + low : 0x37 + low)
    }

    /// The decimal digits of `number` (with `-` when negative), as `String(number)` writes them.
    private mutating func appendDecimal(_ number: Int) {
        bytes.appendDecimal(number)
    }

    mutating func attribute(_ name: String, _ value: String) {
        guard startTagIsOpen else { return }
        openAttribute(name)
        appendEscaped(value, inAttribute: true)
        bytes.append(0x22)
    }

    mutating func text(_ value: String) {
        closeStartTag()
        appendEscaped(value, inAttribute: false)
    }

    mutating func raw(_ markup: [UInt8]) {
        guard !markup.isEmpty else { return }
        closeStartTag()
        bytes.append(contentsOf: markup)
    }

    mutating func namespaces(_ declarations: [(prefix: String, uri: String)]) {
        guard startTagIsOpen else { return }
        for (prefix, uri) in declarations {
            append(" xmlns:")
            appendName(prefix)
            bytes.append(0x3D)
            bytes.append(0x22)
            appendEscaped(uri, inAttribute: true)
            bytes.append(0x22)
        }
    }

    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        end()
    }

    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String>, text value: String) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        text(value)
        end()
    }

    mutating func finish(isFragment: Bool) -> [UInt8] {
        while !openElements.isEmpty { end() }
        // A newline ends a document; spliced into another element it would be a text node that
        // stops pretty printers from indenting, so a fragment has none.
        if !isFragment { bytes.append(0x0A) }
        return bytes.array()
    }

    /// Names are literals or short generated ids: copied from their contiguous UTF-8 at once
    /// (`append(contentsOf: name.utf8)` went byte by byte).
    @inline(__always)
    private mutating func appendName(_ name: String) {
        if name.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: name.utf8)
        }
    }

    @inline(__always)
    private mutating func closeStartTag() {
        if startTagIsOpen {
            bytes.append(0x3E)
            startTagIsOpen = false
        }
    }

    @inline(__always)
    mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func appendEscaped(_ value: String, inAttribute: Bool) {
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, inAttribute: inAttribute) }) != nil { return }
        var copy = value
        copy.withUTF8 { appendEscaped($0, inAttribute: inAttribute) }
    }

    /// One pass over the bytes: runs of ordinary bytes are copied at once; the few bytes that
    /// need an entity or must be dropped end a run.
    private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>, inAttribute: Bool) {
        escapeAttention.withUnsafeBufferPointer { attention in
            appendEscaped(source, inAttribute: inAttribute, attention: attention)
        }
    }

    private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>, inAttribute: Bool,
                                        attention: UnsafeBufferPointer<UInt8>) {
        let mask: UInt8 = inAttribute ? EscapeAttention.inAttribute : EscapeAttention.inText
        let count = source.count
        var runStart = 0
        var index = 0
        while index < count {
            let byte = source[index]
            // One table look-up for every byte: letters, digits, spaces and most punctuation are
            // written as they are (a chain of comparisons here was a third of writing the text).
            if attention[Int(byte)] & mask == 0 {
                index += 1
                continue
            }
            let replacement: StaticString?
            var skip = 1
            switch byte {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x0D: replacement = "&#13;"
            case 0x0A:
                guard inAttribute else { index += 1; continue }
                replacement = "&#10;"
            case 0x09:
                guard inAttribute else { index += 1; continue }
                replacement = "&#9;"
            case 0xEF:
                guard index + 2 < count, source[index + 1] == 0xBF, source[index + 2] >= 0xBE else { index += 1; continue }
                replacement = nil
                skip = 3
                droppedCharacters += 1
            case 0xC2:
                guard index + 1 < count, source[index + 1] <= 0x9F else { index += 1; continue }
                replacement = nil
                skip = 2
                droppedCharacters += 1
            case 0x00..<0x20, 0x7F:
                replacement = nil
                droppedCharacters += 1
            default:
                index += 1
                continue
            }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
            if let replacement { append(replacement) }
            index += skip
            runStart = index
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count])) }
    }
}

/// The bytes that end a run of bytes copied as they are, for `XMLOutput.appendEscaped`: those
/// that need an entity, the controls XML forbids, DEL, and the lead bytes of C1 controls
/// (C2 80…C2 9F) and of U+FFFE/U+FFFF (EF BF BE/BF), which the escaping loop looks at closer.
/// Tab and line feed only in attribute values, where they are written as references.
private enum EscapeAttention {
    static let inText: UInt8 = 1
    static let inAttribute: UInt8 = 2
}

private let escapeAttention: [UInt8] = (0...255).map { value -> UInt8 in
    let both = EscapeAttention.inText | EscapeAttention.inAttribute
    switch value {
    case 0x09, 0x0A: return EscapeAttention.inAttribute
    case 0x00..<0x20, 0x22, 0x26, 0x3C, 0x3E, 0x7F, 0xC2, 0xEF: return both
    default: return 0
    }
}
