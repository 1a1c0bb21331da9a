import ProjectModel

/// Whether one participant receives one certificate type, and why: every rule's outcome.
public struct CertificateDecision: Sendable, Hashable {
    public var participant: String
    public var seminar: String
    public var certificateType: String
    /// One outcome per rule of the type, in the order of `certification.yaml`.
    public var outcomes: [RuleOutcome]

    public init(participant: String, seminar: String, certificateType: String, outcomes: [RuleOutcome]) {
        self.participant = participant
        self.seminar = seminar
        self.certificateType = certificateType
        self.outcomes = outcomes
    }

    /// Granted when every rule holds (a type without rules is granted to everyone).
    public var granted: Bool { outcomes.allSatisfy(\.passed) }

    /// The outcomes that failed.
    public var failures: [RuleOutcome] { outcomes.filter { !$0.passed } }
}
