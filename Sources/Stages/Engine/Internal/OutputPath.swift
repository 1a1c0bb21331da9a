/// The rules an output path must follow.
enum OutputPath {
    /// Why the path cannot be an output, or `nil` when it can.
    static func problem(with path: String) -> String? {
        // One pass over the UTF-8 bytes ('/', '\\' and '.' are ASCII, so never inside a multi-byte
        // character): checked for every output, it was 1 % of a certificates build as `String` calls.
        if let checked = path.utf8.withContiguousStorageIfAvailable(problem(in:)) { return checked }
        return Array(path.utf8).withUnsafeBufferPointer(problem(in:))
    }

    private static func problem(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        if bytes.isEmpty { return "the path is empty" }
        if bytes[0] == slash { return "the path must be relative to the output folder" }
        if bytes.contains(UInt8(ascii: "\\")) { return "use '/' between folders" }
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == slash {
            let length = end - start
            if length == 0 { return "the path has an empty folder name" }
            if bytes[start] == dot {
                if length == 1 || (length == 2 && bytes[start + 1] == dot) { return "the path must not contain '.' or '..'" }
                return "names starting with '.' are reserved for the engine"
            }
            start = end + 1
        }
        if bytes.elementsEqual("manifest.json".utf8) { return "manifest.json is written by the engine" }
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
