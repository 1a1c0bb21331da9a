import Credentials

/// Writes `manifest.json` by hand, byte for byte as Foundation's `JSONEncoder` (pretty-printed,
/// sorted keys, unescaped slashes) would, without building the intermediate tree
/// that makes `JSONEncoder` slow and memory-hungry on tens of thousands of outputs.
///
/// A test compares it with `JSONEncoder` on awkward values, so the two cannot drift apart.
enum ManifestText {
    static func encode(_ manifest: Manifest) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + manifest.outputs.count * 400)
        out.append(contentsOf: "{\n  \"formatVersion\" : \(manifest.formatVersion),\n  \"outputs\" : [\n".utf8)
        if manifest.outputs.isEmpty { out.append(UInt8(ascii: "\n")) }
        for (index, entry) in manifest.outputs.enumerated() {
            out.append(contentsOf: "    {\n".utf8)
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
            if let rebuilt = entry.rebuilt { field("rebuilt") { out.append(contentsOf: (rebuilt ? "true" : "false").utf8) } }
            field("sha256") { string(entry.sha256, into: &out) }
            field("size") { out.append(contentsOf: String(entry.size).utf8) }
            field("stage") { string(entry.stage, into: &out) }
            out.append(contentsOf: (index == manifest.outputs.count - 1 ? "\n    }\n" : "\n    },\n").utf8)
        }
        out.append(contentsOf: "  ]".utf8)
        if let shard = manifest.shard {
            out.append(contentsOf: ",\n  \"shard\" : {\n    \"count\" : \(shard.count),\n    \"index\" : \(shard.index)\n  }".utf8)
        }
        out.append(contentsOf: "\n}\n".utf8)
        return out
    }

    /// A JSON string, escaped as the credentials' JSON writer (and `JSONEncoder`) escape it.
    private static func string(_ text: String, into out: inout [UInt8]) {
        JSONValue.writeString(text, into: &out)
    }
}
