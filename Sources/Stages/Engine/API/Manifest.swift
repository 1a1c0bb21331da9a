import Foundation

/// `Build/manifest.json`: every output, sorted by path, with what made it.
///
/// It holds no wall-clock time and no absolute path, so the same inputs (and `SOURCE_DATE_EPOCH`)
/// give the same bytes on any machine.
public struct Manifest: Codable, Sendable, Equatable {
    /// Bumped when the layout changes.
    public var formatVersion: Int
    /// Set in the manifest of a `--shard` build; absent in a whole or merged manifest.
    public var shard: Shard?
    public var outputs: [ManifestEntry]

    public static let currentFormatVersion = 1
    /// Where the engine writes it, relative to the output folder.
    static let relativePath = "manifest.json"

    public init(outputs: [ManifestEntry], shard: Shard? = nil) {
        self.formatVersion = Manifest.currentFormatVersion
        self.shard = shard
        self.outputs = outputs.sorted { $0.path < $1.path }
    }

    /// Pretty-printed JSON with sorted keys and a final newline.
    public func encoded() throws -> [UInt8] {
        ManifestText.encode(self)
    }

    /// - Throws: when the bytes are not a manifest, or one of a newer format than this tool knows.
    public static func decode(_ bytes: [UInt8]) throws -> Manifest {
        let manifest = try JSONDecoder().decode(Manifest.self, from: Data(bytes))
        guard manifest.formatVersion <= currentFormatVersion else {
            throw BuildError.manifestMerge(
                "manifest format \(manifest.formatVersion) is newer than this tool's (\(currentFormatVersion))")
        }
        return manifest
    }

    /// Joins the manifests of the shards of one build into the manifest a single machine would
    /// have written.
    ///
    /// Outputs built on several shards (single stages, and per-item stages other stages read, run
    /// whole on every shard) must be identical and appear once; such an output is `rebuilt` when
    /// some shard rebuilt it.
    /// - Throws: ``BuildError/manifestMerge(_:)`` when two manifests disagree on an output, or when
    ///   they are shards of a build and some shard is missing or repeated.
    public static func merge(_ manifests: [Manifest]) throws -> Manifest {
        let shards = manifests.compactMap(\.shard)
        if !shards.isEmpty {
            guard shards.count == manifests.count else {
                throw BuildError.manifestMerge("some manifests are shards and some are not")
            }
            let counts = Set(shards.map(\.count))
            guard counts.count == 1, let count = counts.first else {
                throw BuildError.manifestMerge("the shards come from builds split \(counts.sorted().map(String.init).joined(separator: " and ")) ways")
            }
            let indices = shards.map(\.index)
            let repeated = Set(indices.filter { index in indices.filter { $0 == index }.count > 1 })
            if !repeated.isEmpty {
                throw BuildError.manifestMerge("shard(s) \(repeated.sorted().map { "\($0)/\(count)" }.joined(separator: ", ")) given twice")
            }
            let missing = (1...count).filter { !indices.contains($0) }
            if !missing.isEmpty {
                throw BuildError.manifestMerge("shard(s) \(missing.map { "\($0)/\(count)" }.joined(separator: ", ")) missing")
            }
        }
        var byPath: [String: ManifestEntry] = [:]
        for manifest in manifests {
            for entry in manifest.outputs {
                if var existing = byPath[entry.path] {
                    var other = entry
                    let rebuilt = existing.rebuilt == true || other.rebuilt == true
                    existing.rebuilt = nil
                    other.rebuilt = nil
                    guard existing == other else {
                        throw BuildError.manifestMerge("'\(entry.path)' differs between manifests (sha256 \(existing.sha256) and \(entry.sha256))")
                    }
                    existing.rebuilt = rebuilt ? true : nil
                    byPath[entry.path] = existing
                } else {
                    byPath[entry.path] = entry
                }
            }
        }
        return Manifest(outputs: Array(byPath.values))
    }
}
