import Credentials

/// Writes `manifest.json` by hand, byte for byte as Foundation's `JSONEncoder` (pretty-printed,
/// sorted keys, unescaped slashes) would, without building the intermediate tree
/// that makes `JSONEncoder` slow and memory-hungry on tens of thousands of outputs.
///
/// A test compares it with `JSONEncoder` on awkward values, so the two cannot drift apart.
enum ManifestText {
    /// Bytes collected before they are handed on: the manifest of a large build is tens of
    /// megabytes, which the build writes in pieces of this size rather than holding whole.
    static let chunkSize = 1 << 20

    static func encode(_ manifest: Manifest) -> [UInt8] {
        var all: [UInt8] = []
        encode(outputs: manifest.outputs, shard: manifest.shard, formatVersion: manifest.formatVersion,
               rebuilt: { $0.rebuilt }, emit: { all.append(contentsOf: $0) })
        return all
    }

    /// Encodes outputs already sorted by path, in pieces of about ``chunkSize`` bytes.
    /// - Parameters:
    ///   - rebuilt: the `rebuilt` value written for an entry (the build marks what it wrote
    ///     without copying every entry to set it).
    ///   - emit: given each piece in order; the pieces joined are the manifest's bytes.
    static func encode(outputs: some Sequence<ManifestEntry>, shard: Shard?, formatVersion: Int,
                       rebuilt: (ManifestEntry) -> Bool?, emit: ([UInt8]) throws -> Void) rethrows {
        var out: [UInt8] = []
        out.reserveCapacity(chunkSize + 4096)
        out.append(contentsOf: "{\n  \"formatVersion\" : \(formatVersion),\n  \"outputs\" : [\n".utf8)
        var count = 0
        for entry in outputs {
            // Each entry's closing brace is written without its line end: a comma comes first when
            // another entry follows.
            out.append(contentsOf: (count == 0 ? "    {\n" : ",\n    {\n").utf8)
            count += 1
            var first = true
            func field(_ key: String, _ value: () -> Void) {
                if !first { out.append(contentsOf: ",\n".utf8) }
                first = false
                out.append(contentsOf: "      \"\(key)\" : ".utf8)
                value()
            }
            if let format = entry.format { field("format") { string(format, into: &out) } }
            field("inputsHash") { string(entry.inputsHash, into: &out) }
            if let item = entry.item { field("item") { string(item, into: &out) } }
            if let language = entry.language { field("language") { string(language, into: &out) } }
            field("path") { string(entry.path, into: &out) }
            if let rebuilt = rebuilt(entry) { field("rebuilt") { out.append(contentsOf: (rebuilt ? "true" : "false").utf8) } }
            field("sha256") { string(entry.sha256, into: &out) }
            field("size") { out.append(contentsOf: String(entry.size).utf8) }
            field("stage") { string(entry.stage, into: &out) }
            out.append(contentsOf: "\n    }".utf8)
            if out.count >= chunkSize {
                try emit(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: "  ]".utf8)
        if let shard {
            out.append(contentsOf: ",\n  \"shard\" : {\n    \"count\" : \(shard.count),\n    \"index\" : \(shard.index)\n  }".utf8)
        }
        out.append(contentsOf: "\n}\n".utf8)
        try emit(out)
    }

    /// A JSON string, escaped as the credentials' JSON writer (and `JSONEncoder`) escape it.
    private static func string(_ text: String, into out: inout [UInt8]) {
        JSONValue.writeString(text, into: &out)
    }
}
