/// Why a QR code could not be made.
public enum QRCodeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text does not fit in a QR code at error-correction level M (about 2,300 bytes).
    case textTooLong(bytes: Int)
    /// The text holds a NUL character, which libqrencode cannot take.
    case containsNul
    /// Module size or margin outside their limits.
    case badDimensions(String)
    /// libqrencode failed for another reason (`errno`).
    case encoderFailed(errno: Int32)
    /// libdeflate could not allocate a compressor for the PNG's pixels (out of memory).
    case pngCompressionFailed

    public var description: String {
        switch self {
        case .textTooLong(let bytes): return "\(bytes) bytes do not fit in a QR code at error correction level M"
        case .containsNul: return "the QR code text contains a NUL character"
        case .badDimensions(let detail): return "bad QR code dimensions: \(detail)"
        case .encoderFailed(let code): return "libqrencode failed (errno \(code))"
        case .pngCompressionFailed: return "libdeflate could not allocate a compressor for the QR code's PNG"
        }
    }
}
