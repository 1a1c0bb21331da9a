import ProjectModel

/// Gathers what a certificate states from the project data: which units, outcomes and
/// competences it covers, who signs it, where and when.
public struct CertificateFacts: Sendable {
    public var data: ProjectData

    public init(data: ProjectData) {
        self.data = data
    }

    /// The language a participant's documents are written in: their own when the project
    /// declares it, else the seminar's.
    public func language(of participant: Participant, at seminar: Seminar) -> String {
        data.project.languages.contains(participant.language) ? participant.language : seminar.language
    }

    /// The certificate `type` issued to the participant of `records` at `seminar`.
    /// - Parameters:
    ///   - code: the formatted verification code, when a signing key is configured.
    public func certificate(_ type: CertificateType, for records: ParticipantRecords, at seminar: Seminar,
                            code: String?) -> IssuedCertificate {
        let participant = records.participant
        let id = CertificateIdentity.id(participant: participant.id, type: type.id, seminar: seminar.id)
        var passed: [PassedUnit] = []
        var competences: [CompetenceLevel] = []
        if type.kind != .participation {
            var byUnit: [String: AssessmentResult] = [:]
            for result in records.results where result.passed {
                // A unit passed twice counts once, with its later assessment.
                if let earlier = byUnit[result.unit], let a = earlier.date, let b = result.date, b < a { continue }
                byUnit[result.unit] = result
            }
            passed = data.programme.units.compactMap { unit in byUnit[unit.id].map { PassedUnit(unit: unit, result: $0) } }
            let best = records.bestLevels
            competences = data.framework.competences.compactMap { competence in
                best[competence.id].map { CompetenceLevel(competence: competence.id, level: $0) }
            }
        }
        // A few trainers and assessors: look them up rather than index every person per certificate.
        func person(_ id: String) -> Person? { data.people.first { $0.id == id } }
        let url: String? = code.map { code in
            let base = (data.project.website ?? "").trimmingSuffix("/")
            return base + "/verify/#" + code
        }
        return IssuedCertificate(
            id: id, type: type, participant: participant, seminar: seminar,
            language: language(of: participant, at: seminar), units: passed,
            outcomes: passed.flatMap(\.unit.outcomes), competences: competences, eqfLevel: type.eqfLevel,
            ecvetPoints: passed.reduce(0) { $0 + $1.unit.ecvetPoints },
            issuer: data.operators.first { $0.id == seminar.host },
            trainers: seminar.trainers.compactMap(person), assessors: seminar.assessors.compactMap(person),
            issued: seminar.end ?? seminar.start, verificationCode: code, verificationURL: url)
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        var text = self
        while !suffix.isEmpty && text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return text
    }
}
