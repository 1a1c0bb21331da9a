/// The smallest packages that the schemas accept, built in code: known-good baselines for
/// validator tests, and starting points to tamper with.
public enum MinimalPackages {
    static let xmlDeclaration = #"<?xml version="1.0" encoding="UTF-8"?>"#

    /// An ODF 1.3 text document saying `text` (escaped by the caller if needed).
    public static func odt(bodyXML: String = "<text:p>Bonjour</text:p>") -> ZipContents {
        let office = #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0""#
        let text = #"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0""#
        let content = xmlDeclaration + #"<office:document-content \#(office) \#(text) office:version="1.3">"#
            + "<office:body><office:text>\(bodyXML)</office:text></office:body></office:document-content>"
        let styles = xmlDeclaration + #"<office:document-styles \#(office) office:version="1.3"/>"#
        let meta = xmlDeclaration + #"<office:document-meta \#(office) xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">"#
            + "<office:meta><dc:title>Minimal</dc:title><dc:language>fr</dc:language></office:meta></office:document-meta>"
        let manifest = xmlDeclaration
            + #"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">"#
            + #"<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>"#
            + #"<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>"#
            + #"<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>"#
            + #"<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>"#
            + "</manifest:manifest>"
        return ZipContents(entries: [
            .init(name: "mimetype", bytes: Array("application/vnd.oasis.opendocument.text".utf8), isStored: true),
            .init(name: "content.xml", bytes: Array(content.utf8)),
            .init(name: "styles.xml", bytes: Array(styles.utf8)),
            .init(name: "meta.xml", bytes: Array(meta.utf8)),
            .init(name: "META-INF/manifest.xml", bytes: Array(manifest.utf8)),
        ])
    }

    /// A WordprocessingML document with one paragraph (`bodyXML` inside `w:body`).
    public static func docx(bodyXML: String = "<w:p><w:r><w:t>Bonjour</w:t></w:r></w:p>") -> ZipContents {
        let contentTypes = xmlDeclaration
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
            + #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
            + "</Types>"
        let relationships = xmlDeclaration
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
            + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
            + "</Relationships>"
        let document = xmlDeclaration
            + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
            + bodyXML + "</w:body></w:document>"
        let core = xmlDeclaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + #"<dc:title>Minimal</dc:title><dc:language>fr</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">2027-03-12T00:00:00Z</dcterms:created>"#
            + "</cp:coreProperties>"
        return ZipContents(entries: [
            .init(name: "[Content_Types].xml", bytes: Array(contentTypes.utf8)),
            .init(name: "_rels/.rels", bytes: Array(relationships.utf8)),
            .init(name: "word/document.xml", bytes: Array(document.utf8)),
            .init(name: "docProps/core.xml", bytes: Array(core.utf8)),
        ])
    }

    /// A valid HTML5 page with `body` inside `<main>`.
    public static func html(body: String = "<h1>Bonjour</h1><p>Un paragraphe.</p>", language: String = "fr") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language)">
        <head><meta charset="utf-8"><title>Minimal</title></head>
        <body><main>\(body)</main></body>
        </html>

        """
    }
}
