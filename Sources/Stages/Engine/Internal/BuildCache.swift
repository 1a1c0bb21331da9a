import Foundation

/// `Build/.cache/state.json`: per stage and item, the inputs hash and outputs of the last build.
///
/// Deterministic (sorted keys, no times, relative paths), so two builds of the same inputs leave
/// identical caches too.
struct BuildCache: Codable, Sendable, Equatable {
    var formatVersion: Int
    /// Stage name → item id (empty for single stages) → record.
    var stages: [String: [String: ItemRecord]]

    static let currentFormatVersion = 1
    static let relativePath = ".cache/state.json"

    init(stages: [String: [String: ItemRecord]] = [:]) {
        self.formatVersion = BuildCache.currentFormatVersion
        self.stages = stages
    }

    /// The cache in `directory`, or an empty one when there is none or it is of another format
    /// (everything then rebuilds; nothing is lost but time).
    static func load(from directory: OutputDirectory) -> BuildCache {
        guard let bytes = directory.contents(of: relativePath),
              let cache = try? JSONDecoder().decode(BuildCache.self, from: Data(bytes)),
              cache.formatVersion == currentFormatVersion else {
            return BuildCache()
        }
        return cache
    }

    /// Every output the cache knows of, sorted by path.
    var allOutputs: [ManifestEntry] {
        stages.values.flatMap { $0.values.flatMap(\.outputs) }.sorted { $0.path < $1.path }
    }
}
