import Crypto

/// RFC 9562 version 5 UUIDs: SHA-1 of a namespace UUID and a name, so the same name always
/// gives the same identifier.
enum NameBasedUUID {
    /// The namespace of certificate identifiers of this tool.
    static let certificateNamespace: [UInt8] = bytes("5b0e6a86-2f4d-4c1e-9a55-6f1c0d3e7a21")
    /// The namespace of credential-subject identifiers (derived from a salted identity hash).
    static let subjectNamespace: [UInt8] = bytes("c7d2f1a4-8e3b-4b6d-8f0a-2d9e5c4b1a73")

    /// `xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx` (lower case) for `name` in `namespace`.
    static func make(namespace: [UInt8], name: [UInt8]) -> String {
        var hasher = Insecure.SHA1()
        hasher.update(data: namespace)
        hasher.update(data: name)
        var bytes = Array(hasher.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        // Groups of 4, 2, 2, 2 and 6 bytes in hex, joined by dashes.
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func bytes(_ uuid: String) -> [UInt8] {
        let hex = Array(uuid.utf8.filter { $0 != UInt8(ascii: "-") })
        var out: [UInt8] = []
        var index = 0
        while index + 1 < hex.count {
            out.append(nibble(hex[index]) << 4 | nibble(hex[index + 1]))
            index += 2
        }
        return out
    }

    private static func nibble(_ ascii: UInt8) -> UInt8 {
        switch ascii {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return ascii - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return ascii - UInt8(ascii: "a") + 10
        default: return 0
        }
    }
}
