import Foundation

/// Bytes (an image, a package part) as a dictionary key that hashes in constant time: the length and up to 64
/// evenly spaced bytes. Equality compares all bytes.
public struct SampledBytesKey: Hashable, Sendable {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public func hash(into hasher: inout Hasher) { Self.feed(bytes, into: &hasher) }

    /// Compares the bytes as one block (`memcmp`), not element by element.
    public static func == (lhs: SampledBytesKey, rhs: SampledBytesKey) -> Bool {
        guard lhs.bytes.count == rhs.bytes.count else { return false }
        return lhs.bytes.withUnsafeBytes { left in
            rhs.bytes.withUnsafeBytes { right in
                guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return true }
                return leftBase == rightBase || memcmp(leftBase, rightBase, left.count) == 0
            }
        }
    }

    static func feed(_ bytes: [UInt8], into hasher: inout Hasher) {
        hasher.combine(bytes.count)
        guard !bytes.isEmpty else { return }
        let samples = min(64, bytes.count)
        let step = bytes.count / samples
        for index in 0..<samples { hasher.combine(bytes[index * step]) }
        hasher.combine(bytes[bytes.count - 1])
    }
}
