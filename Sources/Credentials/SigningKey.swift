import Crypto
import Foundation
import _CryptoExtras

/// The issuer's RSA private key (2048 bits or more), used to sign credentials with RS256.
///
/// The key material never leaves this value: its description, debug description and mirror show
/// only the size and the public key's thumbprint.
public struct SigningKey: Sendable {
    /// The environment variable naming the PEM file of the key.
    public static let environmentVariable = "DELIVERABLES_SIGNING_KEY"
    /// The smallest key accepted.
    public static let minimumBits = 2048

    let privateKey: _RSA.Signing.PrivateKey
    /// The same key in OpenSSL, which signs twice as fast here; `nil` when OpenSSL could not
    /// read it or its signature differed from swift-crypto's (then swift-crypto signs).
    private let fastSigner: OpenSSLRSAKey?
    /// SHA-256 of the private key's DER: the HMAC key of `derivedSecret(purpose:)`, made once
    /// (re-encoding the key for every participant was 0.6 % of a certificates build).
    private let derivationKey: [UInt8]
    /// The public half, as a JWK without a key id.
    public let publicKey: PublicJWK
    /// The RFC 7638 JWK thumbprint of the public key (base64url SHA-256).
    public var thumbprint: String { publicKey.thumbprint }
    public var bitCount: Int { privateKey.keySizeInBits }

    init(privateKey: _RSA.Signing.PrivateKey) throws {
        self.privateKey = privateKey
        self.publicKey = try PublicJWK(publicKey: privateKey.publicKey)
        let der = [UInt8](privateKey.derRepresentation)
        self.fastSigner = Self.checkedOpenSSLKey(der: der, for: privateKey)
        self.derivationKey = Array(SHA256.hash(data: der))
    }

    /// The key in OpenSSL, kept only if it signs a sample exactly as swift-crypto does
    /// (RSASSA-PKCS1-v1_5 is deterministic, so any difference means a different key).
    private static func checkedOpenSSLKey(der: [UInt8], for privateKey: _RSA.Signing.PrivateKey) -> OpenSSLRSAKey? {
        guard let candidate = OpenSSLRSAKey(der: der) else { return nil }
        let sample = Array("deliverables: RS256 agreement check".utf8)
        guard let reference = try? privateKey.signature(for: sample, padding: .insecurePKCS1v1_5).rawRepresentation,
              let signed = try? candidate.signRS256(sample), signed.elementsEqual(reference)
        else { return nil }
        return candidate
    }

    /// Whether signatures are made by OpenSSL (`true`) or swift-crypto; the bytes are the same.
    var signsWithOpenSSL: Bool { fastSigner != nil }

    /// Loads an RSA private key from a PEM file (PKCS#1 `RSA PRIVATE KEY` or PKCS#8 `PRIVATE KEY`).
    /// - Throws: `SigningKeyError`.
    public static func load(pemPath path: String) throws -> SigningKey {
        let text: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let decoded = String(data: data, encoding: .utf8) else {
                throw SigningKeyError.notPEMRSAPrivateKey(path: path, detail: "the file is not text")
            }
            text = decoded
        } catch let error as SigningKeyError {
            throw error
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied or not a file" : "no such file"
            throw SigningKeyError.unreadable(path: path, reason: reason)
        }
        return try load(pem: text, path: path)
    }

    /// Loads the key named by `DELIVERABLES_SIGNING_KEY` (a path, relative to the working directory).
    /// - Throws: `SigningKeyError.variableNotSet` when the variable is absent or empty, else as `load(pemPath:)`.
    public static func loadFromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment,
        variable: String = environmentVariable
    ) throws -> SigningKey {
        guard let path = environment[variable]?.trimmingCharacters(in: .whitespaces), !path.isEmpty else {
            throw SigningKeyError.variableNotSet(variable)
        }
        return try load(pemPath: path)
    }

    /// Parses PEM text; `path` only names the source in errors.
    /// - Throws: `SigningKeyError`.
    public static func load(pem text: String, path: String = "<PEM>") throws -> SigningKey {
        guard text.contains("-----BEGIN ") else {
            throw SigningKeyError.notPEMRSAPrivateKey(path: path, detail: "no PEM header")
        }
        if text.contains("ENCRYPTED") { throw SigningKeyError.encrypted(path: path) }
        if text.contains("-----BEGIN PUBLIC KEY-----") || text.contains("-----BEGIN RSA PUBLIC KEY-----") {
            throw SigningKeyError.notPEMRSAPrivateKey(path: path, detail: "it is a public key; the private key is needed")
        }
        let key: _RSA.Signing.PrivateKey
        do {
            key = try _RSA.Signing.PrivateKey(unsafePEMRepresentation: text)
        } catch CryptoKitError.incorrectParameterSize {
            throw SigningKeyError.tooSmall(path: path, bits: nil)
        } catch {
            throw SigningKeyError.notPEMRSAPrivateKey(path: path, detail: "not an RSA key, or damaged")
        }
        guard key.keySizeInBits >= minimumBits else {
            throw SigningKeyError.tooSmall(path: path, bits: key.keySizeInBits)
        }
        do {
            return try SigningKey(privateKey: key)
        } catch {
            throw SigningKeyError.notPEMRSAPrivateKey(path: path, detail: "its public key cannot be read")
        }
    }

    /// A fresh key for tests (never for real credentials: it lives only in memory).
    /// - Throws: when `bits` is not 2048, 3072 or 4096.
    public static func generateForTesting(bits: Int = 2048) throws -> SigningKey {
        let size: _RSA.Signing.KeySize
        switch bits {
        case 2048: size = .bits2048
        case 3072: size = .bits3072
        case 4096: size = .bits4096
        default: throw SigningKeyError.tooSmall(path: "<generated>", bits: bits)
        }
        return try SigningKey(privateKey: _RSA.Signing.PrivateKey(keySize: size))
    }

    /// RS256: RSASSA-PKCS1-v1_5 with SHA-256 over `bytes`.
    func signRS256(_ bytes: [UInt8]) throws -> [UInt8] {
        if let fastSigner { return try fastSigner.signRS256(bytes) }
        return try signRS256WithSwiftCrypto(bytes)
    }

    /// RS256 by swift-crypto (BoringSSL): the reference the OpenSSL signer is checked against.
    func signRS256WithSwiftCrypto(_ bytes: [UInt8]) throws -> [UInt8] {
        [UInt8](try privateKey.signature(for: bytes, padding: .insecurePKCS1v1_5).rawRepresentation)
    }

    /// A 32-byte secret derived from the private key for `purpose` (HMAC-SHA256 keyed by the
    /// SHA-256 of the key's DER). Deterministic for a given key, unguessable without it; used for
    /// identity salts and verification codes so they need no extra secret to manage.
    public func derivedSecret(purpose: String) -> [UInt8] {
        HMACSHA256.authenticationCode(for: Array(("deliverables\u{0}" + purpose).utf8), key: derivationKey)
    }

    /// The key id to put in JWT headers: the URL where the website publishes this public key as
    /// a bare JWK, `directory` + `/` + thumbprint + `.json`, e.g.
    /// `https://example.eu/keys/NzbLsXh8….json`. Open Badges 3.0 wants a `kid` that dereferences
    /// to a JWK; a new key gets a new URL, so old credentials stay verifiable while both keys are
    /// published.
    public func keyID(directory: String) -> String {
        var base = directory
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/" + thumbprint + ".json"
    }
}

extension SigningKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { "SigningKey(RSA \(bitCount) bits, thumbprint \(thumbprint))" }
    public var debugDescription: String { description }
    public var customMirror: Mirror {
        Mirror(self, children: ["bitCount": bitCount, "thumbprint": thumbprint], displayStyle: .struct)
    }
}
