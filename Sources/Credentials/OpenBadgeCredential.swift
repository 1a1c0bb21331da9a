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
    public var json: JSONValue { canonical(subjectID: subjectID).jsonValue }

    /// `json`, with the `extra` members (the JWT claims, whose keys differ from the credential's).
    func canonical(subjectID: String, extra: [(key: String, value: CanonicalJSON)] = []) -> CanonicalJSON {
        var subject: [(key: String, value: CanonicalJSON)] = []
        subject.reserveCapacity(7)
        // In key order, which leaves nothing to sort when written.
        subject.append(("achievement", achievement.canonical))
        if let activityEndDate { subject.append(("activityEndDate", .string(ISO8601.dateTime(activityEndDate)))) }
        if let activityStartDate { subject.append(("activityStartDate", .string(ISO8601.dateTime(activityStartDate)))) }
        subject.append(("id", .string(subjectID)))
        subject.append(("identifier", .array([holder.canonical])))
        if !results.isEmpty { subject.append(("result", .array(results.map(\.canonical)))) }
        subject.append(("type", .value(Self.subjectType)))

        var members: [(key: String, value: CanonicalJSON)] = []
        members.reserveCapacity(10 + extra.count)
        // In key order (the claims' keys fall in between: writing sorts them in).
        members.append(("@context", .value(Self.contextsJSON)))
        if !credentialSchema.isEmpty { members.append(("credentialSchema", .array(credentialSchema.map(\.canonical)))) }
        members.append(("credentialSubject", .object(subject)))
        if let description { members.append(("description", .string(description))) }
        members.append(("id", .string(id)))
        members.append(("issuer", issuer.canonical))
        members.append(("name", .string(name)))
        members.append(("type", .value(Self.typesJSON)))
        members.append(("validFrom", .string(ISO8601.dateTime(validFrom))))
        if let validUntil { members.append(("validUntil", .string(ISO8601.dateTime(validUntil)))) }
        members.append(contentsOf: extra)
        return .object(members)
    }

    private static let contextsJSON = JSONValue.array(contexts.map(JSONValue.string))
    private static let typesJSON = JSONValue.array(types.map(JSONValue.string))
    private static let subjectType: JSONValue = ["AchievementSubject"]

    /// The canonical JSON bytes (sorted keys, no whitespace).
    public var jsonBytes: [UInt8] { canonical(subjectID: subjectID).bytes(reservingCapacity: 16_384) }
}
