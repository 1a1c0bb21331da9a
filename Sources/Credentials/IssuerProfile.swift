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

    var json: JSONValue {
        var members: [String: JSONValue] = ["id": .string(id), "type": ["Profile"], "name": .string(name)]
        if let url { members["url"] = .string(url) }
        if let email { members["email"] = .string(email) }
        return .object(members)
    }
}
