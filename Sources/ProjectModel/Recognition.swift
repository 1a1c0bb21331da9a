/// Recognition of learning outcomes (`recognition.yaml`).
public struct Recognition: Sendable {
    /// The four stages: identification, documentation, assessment, certification.
    public var stages: [RecognitionStage] = []
    public var evidenceTypes: [EvidenceType] = []
    public var routes: [ValidationRoute] = []
    public var rules: [RecognitionRule] = []
    public var memorandum: Memorandum?
    public var learningAgreementFields = LocalizedList()
    public var source = SourceMap.generated

    public init() {}
}

/// The four stages of validation (Council Recommendation of 20 December 2012).
public enum RecognitionStageKind: String, Sendable, Hashable, CaseIterable {
    case identification, documentation, assessment, certification
}

/// One stage of validation: who does it, how, and what it produces.
public struct RecognitionStage: Sendable {
    public var id = RecognitionStageKind.identification
    public var title = LocalizedText()
    public var responsible = LocalizedText()
    public var methods = LocalizedList()
    public var outputs = LocalizedList()
    public var source = SourceMap.generated

    public init() {}
}

/// A kind of evidence a candidate may bring.
public struct EvidenceType: Sendable {
    public var id = ""
    public var title = LocalizedText()
    public var description = LocalizedText()
    public var source = SourceMap.generated

    public init() {}
}

/// A way to obtain units: training, or validation of non-formal and informal learning.
public struct ValidationRoute: Sendable {
    public var id = ""
    public var title = LocalizedText()
    /// `training` or `validation`.
    public var kind = RouteKind.training
    public var units: [String] = []
    /// Accepted evidence type ids.
    public var evidence: [String] = []
    public var passRule = LocalizedText()
    public var source = SourceMap.generated

    public init() {}
}

/// The kind of a validation route.
public enum RouteKind: String, Sendable, Hashable, CaseIterable {
    case training, validation
}

/// A recognition or transfer rule between operators and countries.
public struct RecognitionRule: Sendable {
    public var id = ""
    public var title = LocalizedText()
    public var from = RecognitionSource.unit(id: "", operatorCountry: nil)
    /// The unit recognised.
    public var toUnit = ""
    /// A country code, or `nil` for any country.
    public var toCountry: String?
    public var minimumLevel: ProficiencyLevel?
    public var competences: [String] = []
    public var grant = RecognitionGrant.exemption
    public var source = SourceMap.generated

    public init() {}
}

/// What a recognition rule starts from.
public enum RecognitionSource: Sendable, Hashable {
    /// A unit passed with an operator, optionally in one country.
    case unit(id: String, operatorCountry: String?)
    /// A credential from outside the project, by name.
    case externalCredential(name: String)
}

/// What a recognition rule grants.
public enum RecognitionGrant: Sendable, Hashable {
    case exemption
    case points(Double)
}

/// The Memorandum of Understanding between competent institutions (ECVET).
public struct Memorandum: Sendable {
    public var objectives = LocalizedText()
    public var validFrom: CalendarDate?
    public var validTo: CalendarDate?
    public var review = LocalizedText()
    public var fields = LocalizedList()
    public var source = SourceMap.generated

    public init() {}
}
