import ProjectModel

/// What one participant did at one seminar: the hours attended and the assessment results.
/// The evaluator reads only this, so it is a pure function of the participant's rows.
public struct ParticipantRecords: Sendable {
    public var participant: Participant
    public var attendance: [AttendanceRecord]
    public var results: [AssessmentResult]

    public init(participant: Participant, attendance: [AttendanceRecord], results: [AssessmentResult]) {
        self.participant = participant
        self.attendance = attendance
        self.results = results
    }

    /// Hours attended, over every recorded day and half-day.
    public var hoursAttended: Double { attendance.reduce(0) { $0 + $1.hours } }

    /// The best level reached in each competence, over every result (passed or not: a level
    /// reached is reached, and failed units still show where the participant stands).
    public var bestLevels: [String: ProficiencyLevel] {
        var levels: [String: ProficiencyLevel] = [:]
        for result in results {
            for (competence, level) in result.levels where levels[competence].map({ level > $0 }) ?? true {
                levels[competence] = level
            }
        }
        return levels
    }
}

/// Every seminar participant's records, grouped once so each certificate item finds its own
/// rows without scanning the whole project.
public struct SeminarRecordIndex: Sendable {
    /// Records by `"<seminar>/<participant>"`.
    private var records: [String: ParticipantRecords] = [:]
    /// Participant ids of each seminar, in the order of its CSV.
    private var participantsBySeminar: [String: [String]] = [:]

    public init(data: ProjectData) {
        let seminars = Set(data.seminars.map(\.id))
        for participant in data.participants where seminars.contains(participant.activity) {
            let key = Self.key(participant.activity, participant.id)
            records[key] = ParticipantRecords(participant: participant, attendance: [], results: [])
            participantsBySeminar[participant.activity, default: []].append(participant.id)
        }
        for row in data.attendance {
            records[Self.key(row.seminar, row.participant)]?.attendance.append(row)
        }
        for row in data.results {
            records[Self.key(row.seminar, row.participant)]?.results.append(row)
        }
    }

    /// The records of one participant of one seminar.
    public func records(seminar: String, participant: String) -> ParticipantRecords? {
        records[Self.key(seminar, participant)]
    }

    /// The participant ids of a seminar, in list order.
    public func participants(of seminar: String) -> [String] { participantsBySeminar[seminar] ?? [] }

    private static func key(_ seminar: String, _ participant: String) -> String { seminar + "/" + participant }
}
