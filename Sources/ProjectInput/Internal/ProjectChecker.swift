import ProjectModel

/// The domain rules of the input (DESIGN §3): unique ids, resolvable references, ranges, dates
/// in order, declared countries and languages, attendance and assessment consistency.
struct ProjectChecker {
    let data: ProjectData
    let diagnostics: DiagnosticCollector

    // Ids by kind, sorted, for lookups and "did you mean" hints.
    let competences: [String]?
    let criteria: [String]?
    let outcomes: [String]?
    let modules: [String]?
    let units: [String]?
    let operators: [String]?
    let people: [String]?
    let routes: [String]?
    let evidence: [String]?
    let countries: [String]
    let languages: [String]

    /// - Parameter unreadable: input files that could not be parsed; references into them are
    ///   not checked, so one broken file does not bury its real error under follow-on ones.
    init(data: ProjectData, diagnostics: DiagnosticCollector, unreadable: Set<String> = []) {
        self.data = data
        self.diagnostics = diagnostics
        func ids(_ file: String, _ values: [String]) -> [String]? { unreadable.contains(file) ? nil : values.sorted() }
        competences = ids("framework.yaml", data.framework.competences.map(\.id))
        criteria = ids("framework.yaml", data.framework.assessmentCriteria.map(\.id))
        outcomes = ids("outcomes.yaml", data.outcomes.map(\.id))
        modules = ids("programme.yaml", data.programme.modules.map(\.id))
        units = ids("programme.yaml", data.programme.units.map(\.id))
        operators = ids("operators.yaml", data.operators.map(\.id))
        people = ids("people.yaml", data.people.map(\.id))
        routes = ids("recognition.yaml", data.recognition.routes.map(\.id))
        evidence = ids("recognition.yaml", data.recognition.evidenceTypes.map(\.id))
        countries = data.project.countries.map(\.code)
        languages = data.project.languages
    }

    func run() {
        checkProject()
        checkFramework()
        checkOutcomes()
        checkProgramme()
        checkRecognition()
        checkCertification()
        checkOperators()
        checkActivities()
        checkPeople()
        checkParticipants()
        checkAttendance()
        checkResults()
    }

    // MARK: Shared rules

    /// Reports every id that appears more than once, at its second and later occurrences.
    func unique(_ items: [(id: String, location: SourceLocation)], kind: String) {
        var first: [String: SourceLocation] = [:]
        for item in items where !item.id.isEmpty {
            if let earlier = first[item.id] {
                diagnostics.error(item.location, "duplicate \(kind) id '\(item.id)' (first defined at \(earlier))")
            } else {
                first[item.id] = item.location
            }
        }
    }

    /// Reports `value` when it is not in `known`: "`owner` refers to unknown `kind` 'value'".
    @discardableResult
    func reference(_ value: String, in known: [String]?, kind: String, owner: String, at location: SourceLocation) -> Bool {
        guard let known else { return false }
        guard !value.isEmpty, !known.contains(value) else { return true }
        diagnostics.error(location, "\(owner) refers to unknown \(kind) '\(value)'" + Suggestion.hint(for: value, in: known))
        return false
    }

    /// ``reference(_:in:kind:owner:at:)`` for a long sorted list (a seminar's participants, checked
    /// for each of thousands of attendance and result rows): a binary search instead of a scan.
    @discardableResult
    func reference(_ value: String, inSorted known: [String], kind: String, owner: String, at location: SourceLocation) -> Bool {
        var low = 0, high = known.count
        while low < high {
            let middle = (low + high) / 2
            if known[middle] < value { low = middle + 1 } else { high = middle }
        }
        if low < known.count, known[low] == value { return true }
        return reference(value, in: known, kind: kind, owner: owner, at: location)
    }

    /// Each id of a list field (`outcomes[0]`, `outcomes[1]`…) must be known.
    func references(_ values: [String], field: String, source: SourceMap, in known: [String]?, kind: String, owner: String) {
        for (index, value) in values.enumerated() {
            reference(value, in: known, kind: kind, owner: owner, at: source["\(field)[\(index)]"])
        }
    }

    func declaredCountry(_ code: String, owner: String, at location: SourceLocation) {
        guard !code.isEmpty, !countries.isEmpty, !countries.contains(code) else { return }
        diagnostics.error(location, "\(owner) uses country '\(code)', which project.yaml does not declare (countries: "
                          + countries.joined(separator: ", ") + ")" + Suggestion.hint(for: code, in: countries))
    }

    func declaredLanguage(_ code: String, owner: String, at location: SourceLocation) {
        guard !code.isEmpty, !languages.isEmpty, !languages.contains(code) else { return }
        diagnostics.error(location, "\(owner) uses language '\(code)', which project.yaml does not declare (languages: "
                          + languages.joined(separator: ", ") + ")" + Suggestion.hint(for: code, in: languages))
    }

    func eqfLevel(_ level: Int, owner: String, at location: SourceLocation) {
        guard !(1...8).contains(level) else { return }
        diagnostics.error(location, "\(owner) has EQF level \(level); EQF levels are 1 to 8")
    }

    func positive(_ value: Double, what: String, owner: String, at location: SourceLocation) {
        guard value <= 0 else { return }
        diagnostics.error(location, "\(owner) has \(what) \(Self.number(value)); \(what) must be greater than 0")
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    // MARK: project.yaml

    private func checkProject() {
        let project = data.project
        let source = project.source
        for (index, language) in project.languages.enumerated() where !Self.isLanguageCode(language) {
            diagnostics.error(source["languages[\(index)]"], "'\(language)' is not an ISO 639-1 language code (two lowercase letters)")
        }
        unique(project.languages.enumerated().map { ($1, source["languages[\($0)]"]) }, kind: "language")
        if !project.languages.isEmpty, !project.languages.contains(project.defaultLanguage) {
            diagnostics.error(source["defaultLanguage"], "default language '\(project.defaultLanguage)' is not among the declared languages ("
                              + project.languages.joined(separator: ", ") + ")")
        }
        unique(project.countries.map { ($0.code, $0.source["code"]) }, kind: "country")
        for country in project.countries {
            if !Self.isCountryCode(country.code) {
                diagnostics.error(country.source["code"], "'\(country.code)' is not an ISO 3166-1 alpha-2 country code (two capital letters)")
            }
            declaredLanguage(country.language, owner: "country '\(country.code)'", at: country.source["language"])
        }
        unique(project.partners.map { ($0.id, $0.source["id"]) }, kind: "partner")
        for partner in project.partners {
            reference(partner.operatorID, in: operators, kind: "operator", owner: "partner '\(partner.id)'", at: partner.source["operator"])
        }
        unique(project.deliverables.map { ($0.id, $0.source["id"]) }, kind: "deliverable")
        positive(project.hoursPerEcvetPoint, what: "hoursPerEcvetPoint", owner: "the project", at: source["hoursPerEcvetPoint"])
    }

    static func isLanguageCode(_ code: String) -> Bool {
        code.unicodeScalars.count == 2 && code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }

    static func isCountryCode(_ code: String) -> Bool {
        code.unicodeScalars.count == 2 && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    // MARK: framework.yaml and outcomes.yaml

    private func checkFramework() {
        let framework = data.framework
        let codes = framework.levels.map(\.code)
        if codes != ProficiencyLevel.allCases {
            diagnostics.error(framework.source["levels"], "proficiency levels must be exactly A1, A2, B1, B2, C1, C2 in this order (found "
                              + (codes.isEmpty ? "none" : codes.map(\.rawValue).joined(separator: ", ")) + ")")
        }
        unique(framework.areas.map { ($0.id, $0.source["id"]) }, kind: "area")
        unique(framework.competences.map { ($0.id, $0.source["id"]) }, kind: "competence")
        unique(framework.assessmentCriteria.map { ($0.id, $0.source["id"]) }, kind: "assessment criterion")
        for criterion in framework.assessmentCriteria {
            reference(criterion.competenceID, in: competences, kind: "competence",
                      owner: "assessment criterion '\(criterion.id)'", at: criterion.source["competence"])
        }
    }

    private func checkOutcomes() {
        unique(data.outcomes.map { ($0.id, $0.source["id"]) }, kind: "learning outcome")
        for outcome in data.outcomes {
            let owner = "learning outcome '\(outcome.id)'"
            reference(outcome.competenceID, in: competences, kind: "competence", owner: owner, at: outcome.source["competence"])
            eqfLevel(outcome.eqfLevel, owner: owner, at: outcome.source["eqfLevel"])
            references(outcome.criteria, field: "criteria", source: outcome.source, in: criteria,
                       kind: "assessment criterion", owner: owner)
        }
    }
}
