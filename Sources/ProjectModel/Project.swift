/// The project's identity and settings (`project.yaml`).
public struct Project: Sendable {
    public var id: String
    public var title: LocalizedText
    public var acronym: String
    public var version: String
    /// The date printed on the manuals.
    public var date: CalendarDate?
    public var defaultLanguage: String
    /// Declared languages (ISO 639-1), in the order given.
    public var languages: [String]
    public var countries: [Country]
    public var fundingNotice: LocalizedText
    public var website: String?
    /// Hours of learning per ECVET point: a project constant (ECVET fixes none).
    public var hoursPerEcvetPoint: Double
    public var partners: [Partner]
    public var deliverables: [DeliverableInfo]
    public var source: SourceMap

    public init(id: String, title: LocalizedText, acronym: String, version: String, date: CalendarDate?,
                defaultLanguage: String, languages: [String], countries: [Country], fundingNotice: LocalizedText,
                website: String?, hoursPerEcvetPoint: Double, partners: [Partner], deliverables: [DeliverableInfo],
                source: SourceMap) {
        self.id = id; self.title = title; self.acronym = acronym; self.version = version; self.date = date
        self.defaultLanguage = defaultLanguage; self.languages = languages; self.countries = countries
        self.fundingNotice = fundingNotice; self.website = website; self.hoursPerEcvetPoint = hoursPerEcvetPoint
        self.partners = partners; self.deliverables = deliverables; self.source = source
    }

    /// The declared country with this ISO 3166-1 alpha-2 code.
    public func country(_ code: String) -> Country? { countries.first { $0.code == code } }
}

/// A country where the project works.
public struct Country: Sendable {
    /// ISO 3166-1 alpha-2 code (`BE`).
    public var code: String
    public var name: LocalizedText
    /// The language events in this country use.
    public var language: String
    /// IANA time zone (`Europe/Brussels`).
    public var timeZone: String
    public var source: SourceMap

    public init(code: String, name: LocalizedText, language: String, timeZone: String, source: SourceMap) {
        self.code = code; self.name = name; self.language = language; self.timeZone = timeZone; self.source = source
    }
}

/// A project partner, backed by an operator record.
public struct Partner: Sendable {
    public var id: String
    /// The operator id (operators.yaml).
    public var operatorID: String
    /// `coordinator` or `partner`.
    public var role: String
    public var source: SourceMap

    public init(id: String, operatorID: String, role: String, source: SourceMap) {
        self.id = id; self.operatorID = operatorID; self.role = role; self.source = source
    }
}

/// Numbering and title of one manual (`deliverables:` in project.yaml).
public struct DeliverableInfo: Sendable {
    /// The manual's name: `network`, `framework`, `programme`, `recognition`, `certification`.
    public var id: String
    /// `D1`…
    public var number: String
    public var title: LocalizedText
    /// Where its prose lives, relative to `Input/`, with `{lang}` for the language code.
    public var prose: String
    public var source: SourceMap

    public init(id: String, number: String, title: LocalizedText, prose: String, source: SourceMap) {
        self.id = id; self.number = number; self.title = title; self.prose = prose; self.source = source
    }
}
