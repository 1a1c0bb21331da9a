/// Standard base64 (RFC 4648, with padding), appended as ASCII bytes.
enum Base64Encoding {
    private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func append(_ data: [UInt8], to output: inout [UInt8]) {
        output.reserveCapacity(output.count + (data.count + 2) / 3 * 4)
        var index = 0
        let fullGroups = data.count / 3 * 3
        while index < fullGroups {
            let value = UInt32(data[index]) << 16 | UInt32(data[index + 1]) << 8 | UInt32(data[index + 2])
            output.append(alphabet[Int(value >> 18 & 63)])
            output.append(alphabet[Int(value >> 12 & 63)])
            output.append(alphabet[Int(value >> 6 & 63)])
            output.append(alphabet[Int(value & 63)])
            index += 3
        }
        let remaining = data.count - fullGroups
        if remaining == 1 {
            let value = UInt32(data[index]) << 16
            output.append(alphabet[Int(value >> 18 & 63)])
            output.append(alphabet[Int(value >> 12 & 63)])
            output.append(contentsOf: [0x3D, 0x3D])
        } else if remaining == 2 {
            let value = UInt32(data[index]) << 16 | UInt32(data[index + 1]) << 8
            output.append(alphabet[Int(value >> 18 & 63)])
            output.append(alphabet[Int(value >> 12 & 63)])
            output.append(alphabet[Int(value >> 6 & 63)])
            output.append(0x3D)
        }
    }

    static func encode(_ data: [UInt8]) -> String {
        var output: [UInt8] = []
        append(data, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
