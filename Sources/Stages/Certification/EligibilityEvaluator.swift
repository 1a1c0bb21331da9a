import ProjectModel

/// Evaluates the declarative rules of `certification.yaml` for one participant of one seminar.
///
/// A pure function of the participant's records, the seminar and the programme: no file access,
/// no clock. Every outcome carries the numbers that decided it.
public struct EligibilityEvaluator: Sendable {
    public var programme: Programme
    public var recognition: Recognition

    public init(programme: Programme, recognition: Recognition) {
        self.programme = programme
        self.recognition = recognition
    }

    /// One decision per certificate type, in the order of `certification.yaml`.
    public func decisions(for records: ParticipantRecords, at seminar: Seminar, types: [CertificateType]) -> [CertificateDecision] {
        // Every rule of every type reads the same few sums of the participant's rows: make them once.
        let summary = RecordSummary(records, evaluator: self)
        return types.map { type in
            CertificateDecision(participant: records.participant.id, seminar: seminar.id, certificateType: type.id,
                                outcomes: type.rules.map { evaluate($0.condition, for: summary, at: seminar) })
        }
    }

    /// The outcome of each rule of `type`.
    public func outcomes(of type: CertificateType, for records: ParticipantRecords, at seminar: Seminar) -> [RuleOutcome] {
        let summary = RecordSummary(records, evaluator: self)
        return type.rules.map { evaluate($0.condition, for: summary, at: seminar) }
    }

    /// The outcome of one condition.
    public func evaluate(_ condition: EligibilityCondition, for records: ParticipantRecords, at seminar: Seminar) -> RuleOutcome {
        evaluate(condition, for: RecordSummary(records, evaluator: self), at: seminar)
    }

    /// What the rules read of a participant's rows, worked out once per participant.
    private struct RecordSummary {
        let records: ParticipantRecords
        /// The result per unit, the later one when a unit was assessed twice.
        let latest: [String: AssessmentResult]
        /// The best level reached per competence.
        let best: [String: ProficiencyLevel]

        init(_ records: ParticipantRecords, evaluator: EligibilityEvaluator) {
            self.records = records
            self.latest = evaluator.latestResults(records)
            self.best = records.bestLevels
        }
    }

    private func evaluate(_ condition: EligibilityCondition, for summary: RecordSummary, at seminar: Seminar) -> RuleOutcome {
        let records = summary.records
        switch condition {
        case .attendance(let minimumPercent):
            let attended = records.hoursAttended
            // Compare in hundredths of an hour so 16 h of 20 h is exactly 80 %.
            let needed = seminar.hours * minimumPercent / 100
            let passed = seminar.hours > 0 && (attended * 100).rounded() >= (needed * 100).rounded()
            return RuleOutcome(condition: condition, passed: passed,
                               measure: .attendance(attended: attended, seminarHours: seminar.hours, minimumPercent: minimumPercent))

        case .unitsPassed(let units, let minimum):
            let results = summary.latest
            let considered: [String]
            switch units {
            case .any: considered = results.keys.sorted(by: unitOrder)
            case .only(let ids): considered = ids
            }
            let passed = considered.filter { results[$0]?.passed == true }
            let failed = considered.filter { results[$0].map { !$0.passed } ?? false }
            let missing = considered.filter { results[$0] == nil }
            return RuleOutcome(condition: condition, passed: passed.count >= max(minimum, 1),
                               measure: .units(passed: passed, failed: failed, missing: missing, minimum: max(minimum, 1)))

        case .mandatoryUnitsPassed:
            let results = summary.latest
            let required = programme.modules.filter(\.mandatory).flatMap(\.units)
            let passed = required.filter { results[$0]?.passed == true }
            let failed = required.filter { results[$0].map { !$0.passed } ?? false }
            let missing = required.filter { results[$0] == nil }
            return RuleOutcome(condition: condition, passed: !required.isEmpty && passed.count == required.count,
                               measure: .mandatoryUnits(required: required, passed: passed, failed: failed, missing: missing))

        case .proficiency(let minimumLevel, let competences, let minimumCount):
            let best = summary.best
            let considered: [String]
            switch competences {
            case .any: considered = best.keys.sorted(by: competenceOrder)
            case .only(let ids): considered = ids
            }
            let reached = considered.compactMap { id in
                best[id].flatMap { $0 >= minimumLevel ? CompetenceLevel(competence: id, level: $0) : nil }
            }
            let count = max(minimumCount, 1)
            let total: Int
            switch competences {
            case .any: total = best.count
            case .only(let ids): total = ids.count
            }
            return RuleOutcome(condition: condition, passed: reached.count >= count,
                               measure: .proficiency(reached: reached, minimumLevel: minimumLevel, minimumCount: count, considered: total))

        case .route(let accepted):
            // A seminar participant follows the training route; it fits when one of the accepted
            // routes is a training route that covers the units they were assessed on.
            let assessed = Set(records.results.map(\.unit))
            let followed = accepted.first { id in
                guard let route = recognition.routes.first(where: { $0.id == id }), route.kind == .training else { return false }
                return assessed.isSubset(of: Set(route.units))
            }
            return RuleOutcome(condition: condition, passed: followed != nil, measure: .route(followed: followed, accepted: accepted))
        }
    }

    /// The participant's result per unit; when a unit was assessed twice, the later one counts.
    private func latestResults(_ records: ParticipantRecords) -> [String: AssessmentResult] {
        var latest: [String: AssessmentResult] = [:]
        for result in records.results {
            if let earlier = latest[result.unit], let a = earlier.date, let b = result.date, b < a { continue }
            latest[result.unit] = result
        }
        return latest
    }

    /// Units in programme order (U2 before U10), unknown ones last by id.
    private func unitOrder(_ a: String, _ b: String) -> Bool {
        let ia = programme.units.firstIndex { $0.id == a } ?? Int.max
        let ib = programme.units.firstIndex { $0.id == b } ?? Int.max
        return ia == ib ? a < b : ia < ib
    }

    /// Competence codes in numeric order (`2.3` before `2.10`).
    private func competenceOrder(_ a: String, _ b: String) -> Bool {
        let pa = a.split(separator: ".").map { Int($0) ?? 0 }, pb = b.split(separator: ".").map { Int($0) ?? 0 }
        return pa == pb ? a < b : pa.lexicographicallyPrecedes(pb)
    }
}
