/// An Open Badges `ResultDescription`: what result an achievement reports, e.g. the proficiency
/// level reached in one competence, with the levels it can take.
public struct ResultDescription: Sendable, Hashable {
    public var id: String
    public var name: String
    /// `RubricCriterionLevel`, `Status`, … (the spec's `ResultType` enumeration).
    public var resultType: String
    public var levels: [RubricCriterionLevel]
    /// The id of the level required to earn the achievement.
    public var requiredLevel: String?

    public init(id: String, name: String, resultType: String = "RubricCriterionLevel",
                levels: [RubricCriterionLevel] = [], requiredLevel: String? = nil) {
        self.id = id
        self.name = name
        self.resultType = resultType
        self.levels = levels
        self.requiredLevel = requiredLevel
    }

    /// A rubric whose level ids are `id` + `-` + code, e.g. `…#competence-2.3-B1`.
    /// - Parameters:
    ///   - levels: `(code, name)` pairs in order, e.g. `[("A1", "Newcomer"), …]`.
    ///   - required: the code of the level required, if any.
    public static func rubric(id: String, name: String, levels: [(code: String, name: String)],
                              required: String? = nil) -> ResultDescription {
        ResultDescription(
            id: id, name: name, resultType: "RubricCriterionLevel",
            levels: levels.map { RubricCriterionLevel(id: levelID(id, $0.code), name: $0.code + " " + $0.name) },
            requiredLevel: required.map { levelID(id, $0) })
    }

    /// The id `rubric(id:…)` gives the level `code`.
    public static func levelID(_ resultDescriptionID: String, _ code: String) -> String {
        resultDescriptionID + "-" + code
    }

    var json: JSONValue { canonical.jsonValue }

    var canonical: CanonicalJSON {
        var members: [(key: String, value: CanonicalJSON)] = []
        members.reserveCapacity(6)
        // In key order, which leaves nothing to sort when written.
        members.append(("id", .string(id)))
        members.append(("name", .string(name)))
        if let requiredLevel { members.append(("requiredLevel", .string(requiredLevel))) }
        members.append(("resultType", .string(resultType)))
        if !levels.isEmpty { members.append(("rubricCriterionLevel", .array(levels.map(\.canonical)))) }
        members.append(("type", .value(Self.typeJSON)))
        return .object(members)
    }

    private static let typeJSON: JSONValue = ["ResultDescription"]
}
