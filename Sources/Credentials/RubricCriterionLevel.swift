/// One level of a rubric (for example DigCompEdu `B1` "Integrator") in a `ResultDescription`.
public struct RubricCriterionLevel: Sendable, Hashable {
    /// A URI, typically the result description's id with a fragment naming the level.
    public var id: String
    public var name: String
    public var description: String?

    public init(id: String, name: String, description: String? = nil) {
        self.id = id
        self.name = name
        self.description = description
    }

    var json: JSONValue { canonical.jsonValue }

    var canonical: CanonicalJSON {
        var members: [(key: String, value: CanonicalJSON)] = []
        members.reserveCapacity(4)
        // In key order, which leaves nothing to sort when written.
        if let description { members.append(("description", .string(description))) }
        members.append(("id", .string(id)))
        members.append(("name", .string(name)))
        members.append(("type", .value(Self.typeJSON)))
        return .object(members)
    }

    private static let typeJSON: JSONValue = ["RubricCriterionLevel"]
}
