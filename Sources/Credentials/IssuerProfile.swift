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
        var members: [(key: String, value: CanonicalJSON)] = [
            ("id", .string(id)), ("type", .value(Self.typeJSON)), ("name", .string(name)),
        ]
        if let url { members.append(("url", .string(url))) }
        if let email { members.append(("email", .string(email))) }
        return .object(members)
    }

    private static let typeJSON: JSONValue = ["Profile"]
}
