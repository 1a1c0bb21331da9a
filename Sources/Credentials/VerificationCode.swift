import Crypto

/// A short code printed on the certificate, typed by whoever checks it on the website:
/// 9 Crockford base32 characters (45 bits of HMAC-SHA256 of the certificate id) and a Luhn
/// mod 32 check character, shown as `XXXXX-XXXXX`.
///
/// Reading is forgiving: case, spaces and dashes are ignored, and the confusable letters O, I
/// and L are read as 0, 1 and 1. The check character catches any single mistyped character and
/// most swaps of neighbours.
public struct VerificationCode: Sendable, Hashable, CustomStringConvertible {
    /// Crockford's base32 alphabet (no I, L, O, U).
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)
    static let dataLength = 9

    /// The 10 characters, upper case, without the dash.
    public let normalised: String

    private init(normalised: String) { self.normalised = normalised }

    /// The code of `certificateID` under `secret` (see `SigningKey.derivedSecret(purpose:)`).
    public static func make(certificateID: String, secret: [UInt8]) -> VerificationCode {
        let mac = HMACSHA256.authenticationCode(for: Array(("code\u{0}" + certificateID).utf8), key: secret)
        // The first 45 bits, 5 at a time.
        var values: [Int] = []
        var accumulator = 0
        var bits = 0
        var index = 0
        while values.count < dataLength {
            accumulator = (accumulator << 8) | Int(mac[index])
            index += 1
            bits += 8
            while bits >= 5 && values.count < dataLength {
                bits -= 5
                values.append((accumulator >> bits) & 31)
            }
            accumulator &= (1 << bits) - 1
        }
        values.append(checkValue(values))
        return VerificationCode(normalised: String(decoding: values.map { alphabet[$0] }, as: UTF8.self))
    }

    /// Reads a typed code; nil when it has the wrong length, a character outside the alphabet,
    /// or a wrong check character.
    public init?(parsing text: String) {
        let normalised = Self.normalise(text)
        guard normalised.utf8.count == Self.dataLength + 1 else { return nil }
        var values: [Int] = []
        for byte in normalised.utf8 {
            guard let value = Self.alphabet.firstIndex(of: byte) else { return nil }
            values.append(value)
        }
        guard Self.checkValue(Array(values.dropLast())) == values.last else { return nil }
        self.init(normalised: normalised)
    }

    /// Upper case, without spaces or dashes, O→0, I→1, L→1. Other characters are kept (and then
    /// fail to parse).
    public static func normalise(_ text: String) -> String {
        var out: [UInt8] = []
        for byte in text.uppercased().utf8 {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: "\t"): continue
            case UInt8(ascii: "O"): out.append(UInt8(ascii: "0"))
            case UInt8(ascii: "I"), UInt8(ascii: "L"): out.append(UInt8(ascii: "1"))
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `XXXXX-XXXXX`, as printed.
    public var formatted: String {
        String(normalised.prefix(5)) + "-" + String(normalised.dropFirst(5))
    }

    public var description: String { formatted }

    /// Lower-case hex SHA-256 of the normalised code: the key the website publishes instead of
    /// the code.
    public var hash: String { Hex.encode(SHA256.hash(data: Array(normalised.utf8))) }

    /// Luhn mod 32 check value of `values` (the check character is appended after them).
    static func checkValue(_ values: [Int]) -> Int {
        var factor = 2
        var sum = 0
        for value in values.reversed() {
            let addend = factor * value
            sum += addend / 32 + addend % 32
            factor = factor == 2 ? 1 : 2
        }
        return (32 - sum % 32) % 32
    }
}
