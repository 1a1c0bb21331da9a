import Credentials
import Foundation
import ProjectModel

/// Turns an issued certificate into an Open Badges 3.0 `OpenBadgeCredential`: the same id as
/// the printed certificate, the holder as a salted e-mail hash (no name), DigCompEdu
/// alignments and levels, EQF level and ECVET points.
///
/// The credential is written in the project's default language so anyone can read it; the
/// printed certificate is the one in the holder's language.
struct CredentialBuilder {
    let data: ProjectData
    /// The issuer's identity, from the project.
    let issuer: IssuerProfile
    /// Secret for the per-credential salt of the holder's hash (derived from the signing key).
    let saltSecret: [UInt8]

    /// The issuer of every credential of the project: `<website>/issuer.json`.
    static func issuer(of project: Project) -> IssuerProfile {
        let site = (project.website ?? "https://example.org").trimmingSuffix("/")
        let name = project.acronym + " — " + (project.title.resolved(in: project.defaultLanguage, fallback: "en") ?? project.id)
        return IssuerProfile(id: site + "/issuer.json", name: name, url: site)
    }

    func credential(for c: IssuedCertificate) -> OpenBadgeCredential {
        let language = data.project.defaultLanguage
        func text(_ value: LocalizedText) -> String { value.resolved(in: language, fallback: "en") ?? "" }
        let site = (data.project.website ?? "https://example.org").trimmingSuffix("/")
        let achievementID = site + "/achievements/" + c.type.id
        // The first competence with the code, looked up in place (a certificate names a few of them).
        func competence(_ code: String) -> Competence? {
            for area in data.framework.areas {
                if let found = area.competences.first(where: { $0.id == code }) { return found }
            }
            return nil
        }
        let frameworkURL = data.framework.sourceURL ?? "https://joint-research-centre.ec.europa.eu/digcompedu_en"

        var alignments: [Alignment] = c.competences.map { item in
            Alignment.digCompEdu(code: item.competence, name: competence(item.competence).map { text($0.title) } ?? item.competence,
                                 url: frameworkURL)
        }
        if let level = c.eqfLevel { alignments.append(.eqfLevel(level)) }
        if c.ecvetPoints > 0 { alignments.append(.ecvetPoints(Self.decimal(c.ecvetPoints))) }

        let required = c.type.rules.compactMap { rule -> ProficiencyLevel? in
            if case .proficiency(let level, _, _) = rule.condition { return level }
            return nil
        }.max()
        let levelNames = data.framework.levels.map { (code: $0.code.rawValue, name: text($0.name)) }
        var descriptions: [ResultDescription] = []
        var results: [AchievementResult] = []
        for item in c.competences {
            let id = achievementID + "#competence-" + item.competence
            let name = competence(item.competence).map { item.competence + " " + text($0.title) } ?? item.competence
            descriptions.append(.rubric(id: id, name: name, levels: levelNames, required: required?.rawValue))
            results.append(AchievementResult(resultDescription: id, achievedLevel: ResultDescription.levelID(id, item.level.rawValue),
                                             status: .completed))
        }
        let seminarTitle = text(c.seminar.title)
        let achievement = Achievement(
            id: achievementID, name: text(c.type.title),
            description: text(c.type.title) + " — " + seminarTitle + ", " + c.seminar.city,
            achievementType: c.type.achievementType.isEmpty ? "Certificate" : c.type.achievementType,
            criteriaNarrative: CriteriaNarrative.english(c.type), alignments: alignments,
            resultDescriptions: descriptions, language: language)
        let salt = HashedIdentity.salt(forCertificate: c.id, secret: saltSecret)
        return OpenBadgeCredential(
            id: c.id, name: text(c.type.title), description: seminarTitle, issuer: issuer,
            validFrom: Self.midnight(c.issued), holder: .email(c.participant.email, salt: salt),
            achievement: achievement, results: results,
            activityStartDate: c.seminar.start.map(Self.midnight), activityEndDate: c.seminar.end.map(Self.midnight),
            credentialSchema: [.openBadgeCredential])
    }

    /// `4`, `2.5`: ECVET points without a trailing `.0`.
    static func decimal(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// Midnight UTC of a day (the epoch when there is none).
    static func midnight(_ day: CalendarDate?) -> Date {
        guard let day else { return Date(timeIntervalSince1970: 0) }
        return Date(timeIntervalSince1970: Double(day.dayNumber - epochDayNumber) * 86_400)
    }

    private static let epochDayNumber = CalendarDate(year: 1970, month: 1, day: 1)?.dayNumber ?? 719_162
}

/// The rules of a certificate type as one English sentence, for the credential's `criteria`.
enum CriteriaNarrative {
    static func english(_ type: CertificateType) -> String {
        let parts = type.rules.map { rule -> String in
            switch rule.condition {
            case .attendance(let percent):
                return "attendance of at least \(CredentialBuilder.decimal(percent)) % of the seminar's hours"
            case .unitsPassed(let units, let minimum):
                switch units {
                case .any: return "at least \(minimum) unit(s) passed"
                case .only(let ids): return "at least \(minimum) of the units \(ids.joined(separator: ", ")) passed"
                }
            case .mandatoryUnitsPassed:
                return "every unit of the mandatory modules passed"
            case .proficiency(let level, let competences, let count):
                switch competences {
                case .any: return "DigCompEdu level \(level.rawValue) or above in at least \(count) competence(s)"
                case .only(let ids): return "DigCompEdu level \(level.rawValue) or above in at least \(count) of \(ids.joined(separator: ", "))"
                }
            case .route(let routes):
                return "one of the routes \(routes.joined(separator: ", ")) followed"
            }
        }
        guard !parts.isEmpty else { return "Awarded to every participant." }
        return "Awarded for " + parts.joined(separator: "; ") + "."
    }
}
