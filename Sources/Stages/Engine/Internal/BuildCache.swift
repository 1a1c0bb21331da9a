import Foundation

/// `Build/.cache/state`: per stage and item, the inputs hash, extra reads and outputs of the last
/// build, and the SHA-256 of the manifest that build wrote.
///
/// A line-based text format (tab-separated fields, `\`-escaped), because reading it is on the path
/// of every no-op build and Foundation's `JSONDecoder` took most of that build's bookkeeping time.
/// Deterministic (sorted, no times, relative paths), so two builds of the same inputs leave
/// identical caches too:
///
/// ```
/// deliverables build cache 2
/// manifest <sha256 of manifest.json> <its shard K/N>
/// item <stage> <item id> <inputs hash>
/// read <key> <sha256>
/// output <path> <stage> <item> <language> <format> <size> <sha256> <inputs hash, empty when the item's>
/// ```
/// `\0` stands for an absent value.
struct BuildCache: Sendable, Equatable {
    /// Stage name → item id (empty for single stages) → record.
    var stages: [String: [String: ItemRecord]]
    /// The SHA-256 of the `manifest.json` written with this cache (empty when unknown), so a no-op
    /// build can check the manifest without encoding it again.
    var manifestSHA256: String
    /// The `shard` of that manifest (`K/N`), `nil` for a whole build.
    var manifestShard: String?

    static let header = "deliverables build cache 2"
    static let relativePath = ".cache/state"
    /// Where format 1 (JSON) lived: removed when a build writes the new cache.
    static let formerPath = ".cache/state.json"

    init(stages: [String: [String: ItemRecord]] = [:], manifestSHA256: String = "", manifestShard: String? = nil) {
        self.stages = stages
        self.manifestSHA256 = manifestSHA256
        self.manifestShard = manifestShard
    }

    /// The cache in `directory`, or an empty one when there is none, it is damaged or of another
    /// format (everything then rebuilds; nothing is lost but time).
    static func load(from directory: OutputDirectory) -> BuildCache {
        guard let bytes = directory.contents(of: relativePath) else { return BuildCache() }
        return (try? decode(bytes)) ?? BuildCache()
    }

    // MARK: - Text form

    struct Damaged: Error {}

    func encoded() -> [UInt8] {
        var all: [UInt8] = []
        encode { all.append(contentsOf: $0) }
        return all
    }

    /// The text form in pieces of about ``ManifestText/chunkSize`` bytes (the cache of a large
    /// build is tens of megabytes: written in pieces, it is never held whole).
    func encode(emit: ([UInt8]) throws -> Void) rethrows {
        var out: [UInt8] = []
        out.reserveCapacity(ManifestText.chunkSize + 4096)
        out.append(contentsOf: BuildCache.header.utf8)
        out.append(UInt8(ascii: "\n"))
        line(["manifest", manifestSHA256, manifestShard], into: &out)
        for (stage, items) in stages.sorted(by: { $0.key < $1.key }) {
            for (id, record) in items.sorted(by: { $0.key < $1.key }) {
                line(["item", stage, id, record.inputsHash], into: &out)
                for (key, hash) in record.reads.sorted(by: { $0.key < $1.key }) {
                    line(["read", key, hash], into: &out)
                }
                for entry in record.outputs {
                    line(["output", entry.path, entry.stage, entry.item, entry.language, entry.format, String(entry.size),
                          entry.sha256, entry.inputsHash == record.inputsHash ? "" : entry.inputsHash], into: &out)
                }
                if out.count >= ManifestText.chunkSize {
                    try emit(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
        }
        try emit(out)
    }

    static func decode(_ bytes: [UInt8]) throws -> BuildCache {
        var cache = BuildCache()
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)[...]
        guard let first = lines.popFirst(), String(decoding: first, as: UTF8.self) == header else { throw Damaged() }
        var current: (stage: String, id: String, record: ItemRecord)?
        func flush() {
            if let current { cache.stages[current.stage, default: [:]][current.id] = current.record }
            current = nil
        }
        for line in lines where !line.isEmpty {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            let kind = String(decoding: fields[0], as: UTF8.self)
            switch (kind, fields.count) {
            case ("manifest", 3):
                cache.manifestSHA256 = try text(fields[1])
                cache.manifestShard = try optional(fields[2])
            case ("item", 4):
                flush()
                current = (try text(fields[1]), try text(fields[2]),
                           ItemRecord(inputsHash: try text(fields[3]), reads: [:], outputs: []))
            case ("read", 3):
                guard current != nil else { throw Damaged() }
                current?.record.reads[try text(fields[1])] = try text(fields[2])
            case ("output", 9):
                guard let record = current?.record, let size = Int(try text(fields[6])) else { throw Damaged() }
                let hash = try text(fields[8])
                current?.record.outputs.append(ManifestEntry(
                    path: try text(fields[1]), stage: try text(fields[2]), item: try optional(fields[3]),
                    language: try optional(fields[4]), format: try optional(fields[5]), size: size,
                    sha256: try text(fields[7]), inputsHash: hash.isEmpty ? record.inputsHash : hash))
            default:
                throw Damaged()
            }
        }
        flush()
        return cache
    }

    private func line(_ fields: [String?], into out: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(UInt8(ascii: "\t")) }
            guard let field else {
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "0")])
                continue
            }
            for byte in field.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case UInt8(ascii: "\t"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case UInt8(ascii: "\n"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\n"))
    }

    private static func optional(_ field: ArraySlice<UInt8>) throws -> String? {
        field.elementsEqual([UInt8(ascii: "\\"), UInt8(ascii: "0")]) ? nil : try text(field)
    }

    private static func text(_ field: ArraySlice<UInt8>) throws -> String {
        guard field.contains(UInt8(ascii: "\\")) else { return String(decoding: field, as: UTF8.self) }
        var bytes: [UInt8] = []
        var escaped = false
        for byte in field {
            if escaped {
                switch byte {
                case UInt8(ascii: "\\"): bytes.append(byte)
                case UInt8(ascii: "t"): bytes.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "n"): bytes.append(UInt8(ascii: "\n"))
                default: throw Damaged()
                }
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                bytes.append(byte)
            }
        }
        if escaped { throw Damaged() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
