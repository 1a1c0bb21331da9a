import Crypto

/// HMAC-SHA256 (RFC 2104) of short messages, as two SHA-256 hashes of padded arrays: the same
/// bytes as `HMAC<SHA256>.authenticationCode(for:using:)`, without its generic machinery, which
/// cost more than the hashing itself for the per-credential salts and verification codes.
enum HMACSHA256 {
    private static let blockSize = 64

    static func authenticationCode(for message: [UInt8], key: [UInt8]) -> [UInt8] {
        var block = key.count > blockSize ? Array(SHA256.hash(data: key)) : key
        block.append(contentsOf: repeatElement(0, count: blockSize - block.count))
        var inner = block.map { $0 ^ 0x36 }
        inner.append(contentsOf: message)
        var outer = block.map { $0 ^ 0x5C }
        outer.append(contentsOf: SHA256.hash(data: inner))
        return Array(SHA256.hash(data: outer))
    }
}
