/// An Open Badges `Achievement`: what the certificate attests, with its criteria, alignments to
/// competence and credit frameworks, and the results it reports.
public struct Achievement: Sendable, Hashable {
    /// A URI identifying the achievement (the same for every holder).
    public var id: String
    public var name: String
    public var description: String
    /// `Certificate`, `CertificateOfCompletion`, `Competency`, `MicroCredential`, … or `ext:…`.
    public var achievementType: String
    /// How the achievement is earned, in plain language (Markdown allowed by the spec).
    public var criteriaNarrative: String
    public var alignments: [Alignment]
    public var resultDescriptions: [ResultDescription]
    /// The language of the texts (BCP 47), e.g. `en`.
    public var language: String?

    public init(id: String, name: String, description: String, achievementType: String, criteriaNarrative: String,
                alignments: [Alignment] = [], resultDescriptions: [ResultDescription] = [], language: String? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.achievementType = achievementType
        self.criteriaNarrative = criteriaNarrative
        self.alignments = alignments
        self.resultDescriptions = resultDescriptions
        self.language = language
    }

    var json: JSONValue { canonical.jsonValue }

    var canonical: CanonicalJSON {
        var members: [(key: String, value: CanonicalJSON)] = []
        members.reserveCapacity(9)
        // In key order, which leaves nothing to sort when written.
        members.append(("achievementType", .string(achievementType)))
        if !alignments.isEmpty { members.append(("alignment", .array(alignments.map(\.canonical)))) }
        members.append(("criteria", .object([("narrative", .string(criteriaNarrative))])))
        members.append(("description", .string(description)))
        members.append(("id", .string(id)))
        if let language { members.append(("inLanguage", .string(language))) }
        members.append(("name", .string(name)))
        if !resultDescriptions.isEmpty { members.append(("resultDescription", .array(resultDescriptions.map(\.canonical)))) }
        members.append(("type", .value(Self.typeJSON)))
        return .object(members)
    }

    private static let typeJSON: JSONValue = ["Achievement"]
}
