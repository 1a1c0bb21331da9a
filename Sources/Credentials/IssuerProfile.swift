/// The organisation that issues credentials: an Open Badges `Profile`.
public struct IssuerProfile: Sendable, Hashable {
    /// A URL that identifies the issuer (and resolves to its profile on the website).
    public var id: String
    public var name: String
    public var url: String?
    public var email: String?

    public init(id: String, name: String, url: String? = nil, email: String? = nil) {
        self.id = id
        self.name = name
        self.url = url
        self.email = email
    }

    var json: JSONValue { canonical.jsonValue }

    var canonical: CanonicalJSON {
        // In key order, which leaves nothing to sort when written.
        var members: [(key: String, value: CanonicalJSON)] = []
        members.reserveCapacity(5)
        if let email { members.append(("email", .string(email))) }
        members.append(("id", .string(id)))
        members.append(("name", .string(name)))
        members.append(("type", .value(Self.typeJSON)))
        if let url { members.append(("url", .string(url))) }
        return .object(members)
    }

    private static let typeJSON: JSONValue = ["Profile"]
}
