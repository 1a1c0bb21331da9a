/// An Open Badges `Result`: the level the holder reached for one `ResultDescription`.
public struct AchievementResult: Sendable, Hashable {
    /// The values of the spec's `ResultStatusType`.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case completed = "Completed", enrolled = "Enrolled", failed = "Failed", inProgress = "InProgress"
        case onHold = "OnHold", provisional = "Provisional", withdrew = "Withdrew"
    }

    /// The id of the `ResultDescription` this result answers.
    public var resultDescription: String
    /// The id of the `RubricCriterionLevel` reached.
    public var achievedLevel: String?
    public var status: Status?
    /// A free value (for results that are not rubric levels).
    public var value: String?

    public init(resultDescription: String, achievedLevel: String? = nil, status: Status? = nil, value: String? = nil) {
        self.resultDescription = resultDescription
        self.achievedLevel = achievedLevel
        self.status = status
        self.value = value
    }

    var json: JSONValue { canonical.jsonValue }

    var canonical: CanonicalJSON {
        var members: [(key: String, value: CanonicalJSON)] = []
        members.reserveCapacity(5)
        // In key order, which leaves nothing to sort when written.
        if let achievedLevel { members.append(("achievedLevel", .string(achievedLevel))) }
        members.append(("resultDescription", .string(resultDescription)))
        if let status { members.append(("status", .string(status.rawValue))) }
        members.append(("type", .value(Self.typeJSON)))
        if let value { members.append(("value", .string(value))) }
        return .object(members)
    }

    private static let typeJSON: JSONValue = ["Result"]
}
