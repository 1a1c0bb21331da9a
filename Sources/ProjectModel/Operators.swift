/// A training operator (`operators.yaml`).
public struct Operator: Sendable {
    public var id = ""
    public var name = LocalizedText()
    public var country = ""
    public var city = ""
    public var type = OperatorType.trainingCentre
    public var address = ""
    public var website: String?
    public var email: String?
    public var phone: String?
    /// Module ids it offers.
    public var modules: [String] = []
    public var roles: [OperatorRole] = []
    public var source = SourceMap.generated

    public init() {}
}

/// What kind of organisation an operator is.
public enum OperatorType: String, Sendable, Hashable, CaseIterable {
    case trainingCentre, university, business, association, publicBody
}

/// A role an operator plays in the project.
public enum OperatorRole: String, Sendable, Hashable, CaseIterable {
    case coordinator, partner, trainingOperator, awardingBody, assessmentBody
}

/// A labour-market need in one country, linked to competences.
public struct LabourMarketNeed: Sendable {
    public var id = ""
    public var country = ""
    public var title = LocalizedText()
    public var sourceText = LocalizedText()
    public var competences: [String] = []
    /// `high`, `medium` or `low`.
    public var priority = NeedPriority.medium
    public var source = SourceMap.generated

    public init() {}
}

/// How pressing a labour-market need is.
public enum NeedPriority: String, Sendable, Hashable, CaseIterable {
    case high, medium, low
}
