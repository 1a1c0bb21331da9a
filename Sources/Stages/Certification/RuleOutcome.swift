import ProjectModel

/// The result of one eligibility rule for one participant, with the numbers that decided it,
/// so a decision can always be explained ("attended 9.5 h of 14 h, needs 80 %").
public struct RuleOutcome: Sendable, Hashable {
    public var condition: EligibilityCondition
    public var passed: Bool
    public var measure: RuleMeasure

    public init(condition: EligibilityCondition, passed: Bool, measure: RuleMeasure) {
        self.condition = condition
        self.passed = passed
        self.measure = measure
    }
}

/// What was measured to evaluate a rule.
public enum RuleMeasure: Sendable, Hashable {
    /// Hours attended out of the seminar's hours, against the minimum percentage.
    case attendance(attended: Double, seminarHours: Double, minimumPercent: Double)
    /// Units among those the rule accepts: passed, failed, and (for a fixed list) not assessed.
    case units(passed: [String], failed: [String], missing: [String], minimum: Int)
    /// Units of the mandatory modules: passed, failed, not assessed.
    case mandatoryUnits(required: [String], passed: [String], failed: [String], missing: [String])
    /// Competences reached at `minimumLevel` or above (with the level), against `minimumCount`;
    /// `considered` is how many competences the rule looks at.
    case proficiency(reached: [CompetenceLevel], minimumLevel: ProficiencyLevel, minimumCount: Int, considered: Int)
    /// The route the participant followed (nil when none of the accepted routes fits) and the accepted ones.
    case route(followed: String?, accepted: [String])
}

/// A competence and the best level a participant reached in it.
public struct CompetenceLevel: Sendable, Hashable {
    public var competence: String
    public var level: ProficiencyLevel

    public init(competence: String, level: ProficiencyLevel) {
        self.competence = competence
        self.level = level
    }
}
