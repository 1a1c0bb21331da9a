/// The rules an output path must follow.
enum OutputPath {
    /// Why the path cannot be an output, or `nil` when it can.
    static func problem(with path: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.hasPrefix("/") { return "the path must be relative to the output folder" }
        if path.contains("\\") { return "use '/' between folders" }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        for component in components {
            if component.isEmpty { return "the path has an empty folder name" }
            if component == "." || component == ".." { return "the path must not contain '.' or '..'" }
            if component.hasPrefix(".") { return "names starting with '.' are reserved for the engine" }
        }
        if path == "manifest.json" { return "manifest.json is written by the engine" }
        return nil
    }

    /// The PDF made from a document: same path, `.pdf` extension.
    static func pdf(for path: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        if let dot = path[slash...].lastIndex(of: "."), dot > slash {
            return String(path[..<dot]) + ".pdf"
        }
        return path + ".pdf"
    }
}
