/// Certificate types and the EQAVET quality cycle (`certification.yaml`).
public struct Certification: Sendable {
    public var certificateTypes: [CertificateType] = []
    public var eqavetCycle: [EqavetPhase] = []
    public var eqavetIndicators: [EqavetIndicator] = []
    public var source = SourceMap.generated

    public init() {}
}

/// A type of certificate and the rules a participant must meet to receive it.
public struct CertificateType: Sendable {
    public var id = ""
    public var kind = CertificateKind.participation
    public var title = LocalizedText()
    /// Open Badges 3.0 `achievementType` (`CertificateOfCompletion`…).
    public var achievementType = ""
    public var eqfLevel: Int?
    /// All must hold.
    public var rules: [EligibilityRule] = []
    public var source = SourceMap.generated

    public init() {}
}

/// The kind of certificate.
public enum CertificateKind: String, Sendable, Hashable, CaseIterable {
    case participation, unitCredit, fullCertification
}

/// Either every item, or the listed ids.
public enum Selection: Sendable, Hashable {
    case any
    case only([String])
}

/// A declarative eligibility rule, evaluated per participant.
public struct EligibilityRule: Sendable {
    public var condition: EligibilityCondition
    public var source: SourceMap

    public init(condition: EligibilityCondition, source: SourceMap = .generated) {
        self.condition = condition
        self.source = source
    }
}

/// The conditions a certificate rule can state.
public enum EligibilityCondition: Sendable, Hashable {
    /// Attended at least this percentage of the seminar's hours.
    case attendance(minimumPercent: Double)
    /// Passed at least `minimum` of these units.
    case unitsPassed(units: Selection, minimum: Int)
    /// Passed every unit of every mandatory module the seminar covers.
    case mandatoryUnitsPassed
    /// Reached at least `minimumLevel` in `minimumCount` of these competences.
    case proficiency(minimumLevel: ProficiencyLevel, competences: Selection, minimumCount: Int)
    /// Followed one of these validation routes.
    case route([String])
}

/// A phase of the EQAVET quality cycle.
public struct EqavetPhase: Sendable {
    /// `planning`, `implementation`, `evaluation` or `review`.
    public var phase = ""
    public var title = LocalizedText()
    public var description = LocalizedText()
    public var source = SourceMap.generated

    public init() {}
}

/// One of the ten EQAVET indicators, and whether and how the project reports it.
public struct EqavetIndicator: Sendable {
    public var number = 0
    public var title = LocalizedText()
    public var reported = false
    public var how = LocalizedText()
    public var source = SourceMap.generated

    public init() {}
}

/// A revoked certificate (`revocations.yaml`).
public struct Revocation: Sendable {
    public var certificateID = ""
    public var reason = ""
    public var date: CalendarDate?
    public var source = SourceMap.generated

    public init() {}
}
