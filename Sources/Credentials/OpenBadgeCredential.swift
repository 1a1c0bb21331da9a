import Foundation

/// An Open Badges 3.0 `OpenBadgeCredential` (a W3C Verifiable Credential 2.0), built from plain
/// values. Its JSON is canonical: the same values always give the same bytes.
///
/// The holder appears only as a salted hash of their e-mail address (`identifier`) and a subject
/// id derived from that hash: no name or e-mail address is written in clear.
public struct OpenBadgeCredential: Sendable, Hashable {
    /// The two JSON-LD contexts, in the order the spec requires.
    public static let contexts = [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    /// The credential's `type`.
    public static let types = ["VerifiableCredential", "OpenBadgeCredential"]

    /// A `urn:uuid:` (see `CertificateID.make`).
    public var id: String
    public var name: String
    public var description: String?
    public var issuer: IssuerProfile
    /// Whole seconds; fractions are dropped when written.
    public var validFrom: Date
    public var validUntil: Date?
    public var holder: HashedIdentity
    public var achievement: Achievement
    public var results: [AchievementResult]
    public var activityStartDate: Date?
    public var activityEndDate: Date?
    public var credentialSchema: [CredentialSchemaReference]

    public init(id: String, name: String, description: String? = nil, issuer: IssuerProfile, validFrom: Date,
                validUntil: Date? = nil, holder: HashedIdentity, achievement: Achievement,
                results: [AchievementResult] = [], activityStartDate: Date? = nil, activityEndDate: Date? = nil,
                credentialSchema: [CredentialSchemaReference] = []) {
        self.id = id
        self.name = name
        self.description = description
        self.issuer = issuer
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.holder = holder
        self.achievement = achievement
        self.results = results
        self.activityStartDate = activityStartDate
        self.activityEndDate = activityEndDate
        self.credentialSchema = credentialSchema
    }

    /// The credential's `credentialSubject.id`, which is also the JWT `sub`.
    public var subjectID: String { holder.subjectID }

    /// The credential as a JSON value.
    public var json: JSONValue { .object(jsonMembers(subjectID: subjectID, extraCapacity: 0)) }

    /// The members of `json`, in a dictionary with room for `extraCapacity` more (the JWT claims).
    func jsonMembers(subjectID: String, extraCapacity: Int) -> [String: JSONValue] {
        var subject = [String: JSONValue](minimumCapacity: 7)
        subject["id"] = .string(subjectID)
        subject["type"] = Self.subjectType
        subject["identifier"] = .array([holder.json])
        subject["achievement"] = achievement.json
        if !results.isEmpty { subject["result"] = .array(results.map(\.json)) }
        if let activityStartDate { subject["activityStartDate"] = .string(ISO8601.dateTime(activityStartDate)) }
        if let activityEndDate { subject["activityEndDate"] = .string(ISO8601.dateTime(activityEndDate)) }

        var members = [String: JSONValue](minimumCapacity: 10 + extraCapacity)
        members["@context"] = Self.contextsJSON
        members["id"] = .string(id)
        members["type"] = Self.typesJSON
        members["name"] = .string(name)
        members["issuer"] = issuer.json
        members["validFrom"] = .string(ISO8601.dateTime(validFrom))
        members["credentialSubject"] = .object(subject)
        if let description { members["description"] = .string(description) }
        if let validUntil { members["validUntil"] = .string(ISO8601.dateTime(validUntil)) }
        if !credentialSchema.isEmpty { members["credentialSchema"] = .array(credentialSchema.map(\.json)) }
        return members
    }

    private static let contextsJSON = JSONValue.array(contexts.map(JSONValue.string))
    private static let typesJSON = JSONValue.array(types.map(JSONValue.string))
    private static let subjectType: JSONValue = ["AchievementSubject"]

    /// The canonical JSON bytes (sorted keys, no whitespace).
    public var jsonBytes: [UInt8] { json.canonicalBytes }
}
