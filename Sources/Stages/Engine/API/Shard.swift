import Crypto

/// One of N deterministic slices of the per-item work (`--shard K/N`, or Kubernetes indexed jobs).
///
/// An item belongs to shard `1 + (h mod N)` where `h` is the first 8 bytes of
/// SHA-256(stage name, NUL, item id): stable across machines, runs and item order.
public struct Shard: Sendable, Hashable, Codable, CustomStringConvertible {
    /// 1-based.
    public let index: Int
    public let count: Int

    /// - Returns: `nil` unless `1 ≤ index ≤ count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 1, index <= count else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N` (for example `2/3`).
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    /// The shard given by `JOB_COMPLETION_INDEX` (0-based, as Kubernetes indexed jobs set it) and
    /// `JOB_COMPLETION_COUNT`, when both are set.
    /// - Throws: ``BuildError/badShardEnvironment(_:)`` when they are set but do not make a shard.
    public static func fromEnvironment(_ environment: [String: String]) throws -> Shard? {
        let index = environment["JOB_COMPLETION_INDEX"]
        let count = environment["JOB_COMPLETION_COUNT"]
        if index == nil && count == nil { return nil }
        guard let indexText = index, let countText = count,
              let k = Int(indexText), let n = Int(countText), let shard = Shard(index: k + 1, count: n) else {
            throw BuildError.badShardEnvironment(
                "JOB_COMPLETION_INDEX=\(index ?? "(unset)") JOB_COMPLETION_COUNT=\(count ?? "(unset)"): "
                + "both must be set, with 0 ≤ index < count")
        }
        return shard
    }

    /// Whether this shard builds the given item.
    public func contains(stage: String, item: String) -> Bool {
        Shard.slot(stage: stage, item: item, count: count) == index
    }

    /// The 1-based shard an item belongs to among `count`.
    public static func slot(stage: String, item: String, count: Int) -> Int {
        let digest = Array(SHA256.hash(data: Array((stage + "\u{0}" + item).utf8)))
        var value: UInt64 = 0
        for byte in digest.prefix(8) { value = value << 8 | UInt64(byte) }
        return Int(value % UInt64(count)) + 1
    }

    public var description: String { "\(index)/\(count)" }
}
