import Foundation

extension Image {
    /// Hashes the image without reading all of its bytes: the writers key their media stores and
    /// header/footer parts by images, and hashing a 30 kB logo byte by byte for every certificate
    /// cost more than writing the certificate. Equal images still hash equally; `==` (synthesized)
    /// compares every byte, which Swift does at once for arrays sharing storage.
    public func hash(into hasher: inout Hasher) {
        ImageBytesKey.feed(data, into: &hasher)
        hasher.combine(format)
        if let pngFallback { ImageBytesKey.feed(pngFallback, into: &hasher) }
        hasher.combine(altText)
        hasher.combine(width)
        hasher.combine(height)
    }
}

/// Image bytes as a dictionary key that hashes in constant time: the length and up to 64
/// evenly spaced bytes. Equality compares all bytes.
public struct ImageBytesKey: Hashable, Sendable {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public func hash(into hasher: inout Hasher) { Self.feed(bytes, into: &hasher) }

    /// Compares the bytes as one block (`memcmp`), not element by element.
    public static func == (lhs: ImageBytesKey, rhs: ImageBytesKey) -> Bool {
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
