/// Why the issuer's signing key could not be loaded. Messages name the file, never its content.
public enum SigningKeyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The environment variable that names the key file is not set (or empty).
    case variableNotSet(String)
    case unreadable(path: String, reason: String)
    case notPEMRSAPrivateKey(path: String, detail: String)
    case encrypted(path: String)
    /// `bits` is nil when the key is too small even to be read (under 1024 bits).
    case tooSmall(path: String, bits: Int?)

    public var description: String {
        let make = "make one with `openssl genrsa -out issuer.pem 2048`"
        switch self {
        case .variableNotSet(let name):
            return "set \(name) to the path of an RSA private key in PEM; \(make)"
        case .unreadable(let path, let reason):
            return "\(path): cannot read the signing key: \(reason)"
        case .notPEMRSAPrivateKey(let path, let detail):
            return "\(path): not a PEM RSA private key (\(detail)); \(make)"
        case .encrypted(let path):
            return "\(path): the signing key is encrypted; write an unencrypted copy with "
                + "`openssl pkey -in \(path) -out issuer.pem` and keep it out of the repository"
        case .tooSmall(let path, let bits):
            let size = bits.map { "\($0) bits" } ?? "under 1024 bits"
            return "\(path): the RSA key is too small (\(size)); RS256 needs at least 2048 bits; \(make)"
        }
    }
}
