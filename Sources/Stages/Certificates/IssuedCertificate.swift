import ProjectModel

/// Everything one certificate states, gathered from the data before any document is drawn:
/// the printed certificate, the transcript and the signed credential all read this one value.
public struct IssuedCertificate: Sendable {
    /// Stable id (`urn:uuid:…`) from participant, type and seminar (`CertificateID`).
    public var id: String
    public var type: CertificateType
    public var participant: Participant
    public var seminar: Seminar
    /// The participant's language if the project declares it, else the seminar's.
    public var language: String
    /// Units passed, in programme order, with their results.
    public var units: [PassedUnit]
    /// Learning outcome ids of the passed units, in unit order.
    public var outcomes: [String]
    /// Best level reached per competence, in framework order (empty for participation).
    public var competences: [CompetenceLevel]
    public var eqfLevel: Int?
    public var ecvetPoints: Double
    /// The seminar's host operator.
    public var issuer: Operator?
    public var trainers: [Person]
    public var assessors: [Person]
    /// Day of issue: the last day of the seminar.
    public var issued: CalendarDate?
    /// The printed verification code (`K7M2P-4QX9C`) when a signing key is configured.
    public var verificationCode: String?
    /// `<website>/verify/#<code>` when there is a code.
    public var verificationURL: String?
}

/// A unit the participant passed, with its assessment.
public struct PassedUnit: Sendable {
    public var unit: Unit
    public var result: AssessmentResult
}
