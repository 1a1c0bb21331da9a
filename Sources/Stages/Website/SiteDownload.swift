/// A file of another stage that the site publishes, copied to `files/<its Build path>`.
struct SiteDownload: Sendable, Hashable {
    var entry: ManifestEntry

    /// Below the site folder.
    var sitePath: String { "files/" + entry.path }

    /// The document's path without its extension: the formats of one document share it.
    var documentKey: String {
        guard let dot = entry.path.lastIndex(of: "."), entry.path[dot...].contains("/") == false else { return entry.path }
        return String(entry.path[..<dot])
    }

    /// The file name without folders and extension (`agenda`).
    var baseName: String { String(documentKey.split(separator: "/").last ?? "") }

    /// The folder of a per-item file between the stage and the language (`SEM-RO`), if any.
    var itemFolder: String? {
        let parts = entry.path.split(separator: "/").map(String.init)
        guard parts.count >= 4 else { return nil }
        let middle = parts[1..<(parts.count - 1)].filter { $0 != entry.language }
        return middle.isEmpty ? nil : middle.joined(separator: " / ")
    }

    /// `ODT`, `DOCX`, `ZIP`.
    var formatName: String {
        (entry.format ?? String(entry.path.split(separator: ".").last ?? "")).uppercased()
    }
}
