import Crypto
import Foundation

/// SHA-256 in lowercase hex, and a memo of file hashes so a file many items read is read once per build.
enum ContentHash {
    static func hex(_ bytes: some DataProtocol) -> String {
        hex(digest: SHA256.hash(data: bytes))
    }

    static func hex(digest: SHA256Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Hashes of files read during one build, by absolute path.
final class FileHashes: Sendable {
    private let memo = Locked<[String: String]>([:])

    /// The SHA-256 of the file's contents, or `nil` when it does not exist.
    /// - Throws: when it exists but cannot be read.
    func hash(of path: String, displayPath: String) throws -> String? {
        if let known = memo.withLock({ $0[path] }) { return known }
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw BuildError.unreadableInput(path: displayPath, reason: error.localizedDescription)
        }
        let hash = ContentHash.hex(data)
        memo.withLock { $0[path] = hash }
        return hash
    }

    /// Records the hash of bytes a stage has just read.
    func record(_ hash: String, for path: String) {
        memo.withLock { $0[path] = hash }
    }
}
