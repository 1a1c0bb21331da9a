/// An Open Badges `Alignment`: a link from an achievement to a competence, a level or a credit
/// framework.
public struct Alignment: Sendable, Hashable {
    public var targetName: String
    public var targetURL: String
    public var targetCode: String?
    public var targetFramework: String?
    /// A value of the spec's enumeration (`ceasn:Competency`, `CFItem`, …) or an `ext:` term.
    public var targetType: String?
    public var targetDescription: String?

    public init(targetName: String, targetURL: String, targetCode: String? = nil, targetFramework: String? = nil,
                targetType: String? = nil, targetDescription: String? = nil) {
        self.targetName = targetName
        self.targetURL = targetURL
        self.targetCode = targetCode
        self.targetFramework = targetFramework
        self.targetType = targetType
        self.targetDescription = targetDescription
    }

    /// A DigCompEdu competence, e.g. code `2.3`, "Managing, protecting and sharing".
    public static func digCompEdu(code: String, name: String, url: String) -> Alignment {
        Alignment(targetName: name, targetURL: url, targetCode: code, targetFramework: "DigCompEdu",
                  targetType: "ext:DigCompEduCompetence")
    }

    /// The EQF level of the achievement, pointing at the Europass EQF vocabulary.
    public static func eqfLevel(_ level: Int) -> Alignment {
        Alignment(targetName: "EQF level \(level)", targetURL: "http://data.europa.eu/snb/eqf/\(level)",
                  targetCode: String(level), targetFramework: "European Qualifications Framework",
                  targetType: "ext:EQFLevel")
    }

    /// ECVET points carried as an alignment (Open Badges' `creditsAvailable` means credit hours).
    /// `points` is written as given, e.g. "4" or "2.5".
    public static func ecvetPoints(_ points: String) -> Alignment {
        Alignment(targetName: "\(points) ECVET points",
                  targetURL: "http://data.europa.eu/snb/education-credit/60b314e826",
                  targetCode: points, targetFramework: "ECVET", targetType: "ext:ECVETPoints")
    }

    var json: JSONValue { canonical.jsonValue }

    var canonical: CanonicalJSON {
        var members: [(key: String, value: CanonicalJSON)] = []
        members.reserveCapacity(7)
        // In key order, which leaves nothing to sort when written.
        if let targetCode { members.append(("targetCode", .string(targetCode))) }
        if let targetDescription { members.append(("targetDescription", .string(targetDescription))) }
        if let targetFramework { members.append(("targetFramework", .string(targetFramework))) }
        members.append(("targetName", .string(targetName)))
        if let targetType { members.append(("targetType", .string(targetType))) }
        members.append(("targetUrl", .string(targetURL)))
        members.append(("type", .value(Self.typeJSON)))
        return .object(members)
    }

    private static let typeJSON: JSONValue = ["Alignment"]
}
