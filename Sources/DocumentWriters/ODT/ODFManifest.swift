/// Writes `META-INF/manifest.xml`: the package's media type and every part with its own.
struct ODFManifest {
    static let mediaType = "application/vnd.oasis.opendocument.text"

    /// Parts other than `mimetype` and the manifest itself, in package order.
    let parts: [(path: String, mediaType: String)]

    func write() -> [UInt8] {
        let xml = XMLWriter()
        xml.start(constant: "manifest:manifest")
        xml.namespaces([ODFNamespaces.manifest])
        xml.attribute(constant: "manifest:version", ODFNamespaces.version)
        xml.start(constant: "manifest:file-entry")
        xml.attribute(constant: "manifest:full-path", "/")
        xml.attribute(constant: "manifest:version", ODFNamespaces.version)
        xml.attribute(constant: "manifest:media-type", Self.mediaType)
        xml.end()
        for part in parts {
            xml.start(constant: "manifest:file-entry")
            xml.attribute(constant: "manifest:full-path", part.path)
            xml.attribute(constant: "manifest:media-type", part.mediaType)
            xml.end()
        }
        xml.end()
        return xml.finish()
    }
}
