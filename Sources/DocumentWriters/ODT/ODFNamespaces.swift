/// The XML namespaces of the OpenDocument parts this writer produces.
enum ODFNamespaces {
    static let office = (prefix: "office", uri: "urn:oasis:names:tc:opendocument:xmlns:office:1.0")
    static let style = (prefix: "style", uri: "urn:oasis:names:tc:opendocument:xmlns:style:1.0")
    static let text = (prefix: "text", uri: "urn:oasis:names:tc:opendocument:xmlns:text:1.0")
    static let table = (prefix: "table", uri: "urn:oasis:names:tc:opendocument:xmlns:table:1.0")
    static let draw = (prefix: "draw", uri: "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")
    static let fo = (prefix: "fo", uri: "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")
    static let xlink = (prefix: "xlink", uri: "http://www.w3.org/1999/xlink")
    static let dc = (prefix: "dc", uri: "http://purl.org/dc/elements/1.1/")
    static let meta = (prefix: "meta", uri: "urn:oasis:names:tc:opendocument:xmlns:meta:1.0")
    static let svg = (prefix: "svg", uri: "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")
    static let manifest = (prefix: "manifest", uri: "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")

    /// What `content.xml` and `styles.xml` declare on their root element.
    static let document = [office, style, text, table, draw, fo, xlink, dc, meta, svg]

    /// The ODF version written in every part.
    static let version = "1.3"
}
