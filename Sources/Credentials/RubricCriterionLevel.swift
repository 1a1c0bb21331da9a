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

    var json: JSONValue {
        var members = [String: JSONValue](minimumCapacity: 4)
        members["id"] = .string(id)
        members["type"] = Self.typeJSON
        members["name"] = .string(name)
        if let description { members["description"] = .string(description) }
        return .object(members)
    }

    private static let typeJSON: JSONValue = ["RubricCriterionLevel"]
}
