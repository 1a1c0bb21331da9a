/// Base64url without padding (RFC 7515 §2), as JWS and JWK use it.
enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    private static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = Int8(index) }
        return table
    }()

    static func encode<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let input = Array(bytes)
        let length = input.count / 3 * 4 + [0, 2, 3][input.count % 3]
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { out in
            alphabet.withUnsafeBufferPointer { alphabet in
                input.withUnsafeBufferPointer { input in
                    var index = 0, written = 0
                    func put(_ group: UInt32, _ count: Int) {
                        for shift in [18, 12, 6, 0].prefix(count) {
                            out[written] = alphabet[Int(group >> UInt32(shift) & 63)]
                            written += 1
                        }
                    }
                    while index + 3 <= input.count {
                        let group = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8 | UInt32(input[index + 2])
                        out[written] = alphabet[Int(group >> 18)]
                        out[written + 1] = alphabet[Int(group >> 12 & 63)]
                        out[written + 2] = alphabet[Int(group >> 6 & 63)]
                        out[written + 3] = alphabet[Int(group & 63)]
                        written += 4
                        index += 3
                    }
                    switch input.count - index {
                    case 1: put(UInt32(input[index]) << 16, 2)
                    case 2: put(UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8, 3)
                    default: break
                    }
                }
            }
            return length
        }
    }

    /// Decodes base64url text; `nil` when it holds padding, other characters, a bad length, or
    /// non-zero unused bits (so every byte string has exactly one encoding).
    static func decode(_ text: some StringProtocol) -> [UInt8]? {
        let input = Array(text.utf8)
        guard input.count % 4 != 1 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(input.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for byte in input {
            let value = values[Int(byte)]
            guard value >= 0 else { return nil }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(accumulator >> UInt32(bits) & 0xFF))
            }
        }
        guard accumulator & ((1 << UInt32(bits)) - 1) == 0 else { return nil }
        return out
    }
}
