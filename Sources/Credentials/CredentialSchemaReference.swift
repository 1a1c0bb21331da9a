/// A `credentialSchema` entry: a JSON Schema the credential claims to satisfy.
public struct CredentialSchemaReference: Sendable, Hashable {
    public var id: String
    public var type: String

    public init(id: String, type: String) {
        self.id = id
        self.type = type
    }

    /// The 1EdTech JSON Schema of `AchievementCredential` / `OpenBadgeCredential` 3.0.
    public static let openBadgeCredential = CredentialSchemaReference(
        id: "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
        type: "1EdTechJsonSchemaValidator2019")

    var json: JSONValue { canonical.jsonValue }

    var canonical: CanonicalJSON { .object([("id", .string(id)), ("type", .string(type))]) }
}
