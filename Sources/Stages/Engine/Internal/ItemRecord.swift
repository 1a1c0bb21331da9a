/// What the cache remembers of one item: the hash it was built from, what it read on its own
/// (beyond its declared inputs), and the outputs it made.
struct ItemRecord: Codable, Sendable, Equatable {
    /// Empty when the item's outputs are incomplete (a PDF conversion failed): never up to date.
    var inputsHash: String
    /// Files the item read through the context, by input key (`input:…`, `template:…`,
    /// `output:…`), with the SHA-256 they had (`-` for a missing file).
    var reads: [String: String]
    var outputs: [ManifestEntry]
}
