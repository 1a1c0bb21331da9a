/// The issuer's published public keys (`{"keys":[…]}`, RFC 7517 §5), looked up by `kid`.
public struct JWKSet: Sendable, Hashable {
    public var keys: [PublicJWK]

    public init(keys: [PublicJWK]) { self.keys = keys }

    /// The key whose `kid` is `keyID`.
    public func key(withID keyID: String) -> PublicJWK? { keys.first { $0.keyID == keyID } }

    /// `{"keys":[…]}`, keys in the order given.
    public var json: JSONValue { ["keys": .array(keys.map(\.json))] }

    /// The canonical bytes to publish (e.g. as `keys.json` on the website).
    public var jsonBytes: [UInt8] { json.canonicalBytes }

    /// Reads a published key set.
    /// - Throws: `JWKError` or a JSON decoding error.
    public static func parse(_ bytes: [UInt8]) throws -> JWKSet {
        guard let keys = try JSONValue.parse(bytes)["keys"]?.arrayValue else {
            throw JWKError("a JWK set is an object with a \"keys\" array")
        }
        return JWKSet(keys: try keys.map(PublicJWK.init(json:)))
    }
}
