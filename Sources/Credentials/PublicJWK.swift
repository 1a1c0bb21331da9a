import Crypto
import Foundation
import _CryptoExtras

/// An RSA public key as a JSON Web Key (RFC 7517): what the website publishes so anyone can
/// verify credentials. Never holds private parameters.
public struct PublicJWK: Sendable, Hashable {
    /// The URI in JWT headers that names this key (`kid`); nil until the key is published.
    public var keyID: String?
    /// The modulus `n`, big-endian without leading zeros.
    public var modulus: [UInt8]
    /// The public exponent `e`, big-endian without leading zeros.
    public var exponent: [UInt8]

    public init(keyID: String? = nil, modulus: [UInt8], exponent: [UInt8]) {
        self.keyID = keyID
        self.modulus = Self.stripLeadingZeros(modulus)
        self.exponent = Self.stripLeadingZeros(exponent)
    }

    init(publicKey: _RSA.Signing.PublicKey, keyID: String? = nil) throws {
        let primitives = try publicKey.getKeyPrimitives()
        self.init(keyID: keyID, modulus: [UInt8](primitives.modulus), exponent: [UInt8](primitives.publicExponent))
    }

    /// This key with `kid` set.
    public func with(keyID: String) -> PublicJWK {
        var copy = self
        copy.keyID = keyID
        return copy
    }

    /// The size of the modulus in bits.
    public var bitCount: Int {
        guard let first = modulus.first else { return 0 }
        return (modulus.count - 1) * 8 + (8 - first.leadingZeroBitCount)
    }

    /// The RFC 7638 thumbprint: base64url(SHA-256 of `{"e":…,"kty":"RSA","n":…}`).
    public var thumbprint: String {
        let members: JSONValue = ["e": .string(Base64URL.encode(exponent)), "kty": "RSA",
                                  "n": .string(Base64URL.encode(modulus))]
        return Base64URL.encode(SHA256.hash(data: members.canonicalBytes))
    }

    /// `{"alg":"RS256","e":…,"kid":…,"kty":"RSA","n":…,"use":"sig"}`.
    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "kty": "RSA", "alg": "RS256", "use": "sig",
            "n": .string(Base64URL.encode(modulus)), "e": .string(Base64URL.encode(exponent)),
        ]
        if let keyID { members["kid"] = .string(keyID) }
        return .object(members)
    }

    /// The canonical bytes of the bare JWK, to publish at its `kid` URL.
    public var jsonBytes: [UInt8] { json.canonicalBytes }

    /// Reads a JWK object.
    /// - Throws: `JWKError` when it is not an RSA public key usable for RS256.
    public init(json: JSONValue) throws {
        guard json["kty"]?.stringValue == "RSA" else { throw JWKError("the key is not an RSA key (kty)") }
        if let alg = json["alg"]?.stringValue, alg != "RS256" { throw JWKError("the key is for \(alg), not RS256") }
        if json["d"] != nil { throw JWKError("the key set holds a private key (d); never publish it") }
        guard let n = json["n"]?.stringValue.flatMap(Base64URL.decode),
              let e = json["e"]?.stringValue.flatMap(Base64URL.decode), !n.isEmpty, !e.isEmpty
        else { throw JWKError("the key lacks a valid modulus (n) or exponent (e)") }
        self.init(keyID: json["kid"]?.stringValue, modulus: n, exponent: e)
    }

    /// The key usable for RS256 verification (2048 bits or more).
    func rsaPublicKey() throws -> _RSA.Signing.PublicKey {
        guard bitCount >= SigningKey.minimumBits else { throw JWKError("the key has \(bitCount) bits; RS256 needs 2048") }
        do {
            return try _RSA.Signing.PublicKey(n: modulus, e: exponent)
        } catch {
            throw JWKError("the modulus and exponent do not form an RSA key")
        }
    }

    private static func stripLeadingZeros(_ bytes: [UInt8]) -> [UInt8] {
        let stripped = Array(bytes.drop(while: { $0 == 0 }))
        return stripped.isEmpty && !bytes.isEmpty ? [0] : stripped
    }
}

/// A JWK that cannot serve to verify RS256 signatures.
public struct JWKError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
