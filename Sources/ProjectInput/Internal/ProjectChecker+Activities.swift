import ProjectModel

extension ProjectChecker {
    var activityIDs: [String] { (data.multiplierEvents.map(\.id) + data.seminars.map(\.id)).sorted() }

    func checkActivities() {
        unique(data.multiplierEvents.map { ($0.id, $0.source["id"]) } + data.seminars.map { ($0.id, $0.source["id"]) },
               kind: "event or seminar")
        for event in data.multiplierEvents {
            let owner = "multiplier event '\(event.id)'"
            declaredCountry(event.country, owner: owner, at: event.source["country"])
            declaredLanguage(event.language, owner: owner, at: event.source["language"])
            reference(event.host, in: operators, kind: "operator", owner: owner, at: event.source["host"])
            for session in event.sessions { checkSession(session, owner: owner, seminar: nil) }
            unique(event.evaluation.map { ($0.id, $0.source["id"]) }, kind: "question")
        }
        for seminar in data.seminars {
            let owner = "seminar '\(seminar.id)'"
            declaredCountry(seminar.country, owner: owner, at: seminar.source["country"])
            declaredLanguage(seminar.language, owner: owner, at: seminar.source["language"])
            reference(seminar.host, in: operators, kind: "operator", owner: owner, at: seminar.source["host"])
            if let start = seminar.start, let end = seminar.end, end < start {
                diagnostics.error(seminar.source["end"], "\(owner) ends on \(end), before it starts on \(start)")
            }
            positive(seminar.hours, what: "hours", owner: owner, at: seminar.source["hours"])
            for (index, trainer) in seminar.trainers.enumerated() {
                checkPerson(trainer, role: .trainer, owner: owner, at: seminar.source["trainers[\(index)]"])
            }
            for (index, assessor) in seminar.assessors.enumerated() {
                checkPerson(assessor, role: .assessor, owner: owner, at: seminar.source["assessors[\(index)]"])
            }
            references(seminar.units, field: "units", source: seminar.source, in: units, kind: "unit", owner: owner)
            unique(seminar.days.map { ($0.date?.description ?? "", $0.source["date"]) }, kind: "day")
            var sessionHours = 0.0
            for day in seminar.days {
                if let date = day.date, let start = seminar.start, let end = seminar.end, date < start || date > end {
                    diagnostics.error(day.source["date"], "\(owner) has a day on \(date), outside its dates \(start) to \(end)")
                }
                for session in day.sessions {
                    checkSession(session, owner: owner, seminar: seminar)
                    if session.kind == .session { sessionHours += max(0, session.hours) }
                }
            }
            if seminar.hours > 0, sessionHours > seminar.hours + 0.001 {
                diagnostics.warning(seminar.source["hours"], "\(owner) has \(Self.number(seminar.hours)) hours but its agenda sessions add up to \(Self.hours(sessionHours))")
            }
            unique(seminar.evaluation.map { ($0.id, $0.source["id"]) }, kind: "question")
        }
    }

    static func hours(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return number(rounded)
    }

    private func checkPerson(_ id: String, role: PersonRole, owner: String, at location: SourceLocation) {
        let kind = role == .trainer ? "trainer" : role == .assessor ? "assessor" : "person"
        guard reference(id, in: people, kind: kind, owner: owner, at: location),
              let person = data.people.first(where: { $0.id == id }) else { return }
        if !person.roles.contains(role) {
            diagnostics.warning(location, "\(owner) lists '\(id)' as \(kind), but people.yaml does not give them the role '\(role.rawValue)'")
        }
    }

    private func checkSession(_ session: AgendaSession, owner: String, seminar: Seminar?) {
        let source = session.source
        if let start = session.start, let end = session.end, end <= start {
            diagnostics.error(source["end"], "a session of \(owner) ends at \(end), not after it starts at \(start)")
        }
        if let speaker = session.speaker {
            reference(speaker, in: people, kind: "speaker", owner: "a session of \(owner)", at: source["speaker"])
        }
        if let trainer = session.trainer {
            reference(trainer, in: people, kind: "trainer", owner: "a session of \(owner)", at: source["trainer"])
        }
        if let unit = session.unit, reference(unit, in: units, kind: "unit", owner: "a session of \(owner)", at: source["unit"]),
           let seminar, !seminar.units.contains(unit) {
            diagnostics.error(source["unit"], "a session of \(owner) teaches unit '\(unit)', which the seminar does not list in its units")
        }
    }

    // MARK: CSV lists

    func checkParticipants() {
        var files: Set<String> = []
        for (activity, list) in grouped(data.participants, by: \.activity) {
            guard let first = list.first else { continue }
            if files.insert(first.source.record.file).inserted, !activityIDs.contains(activity) {
                diagnostics.error(.start(of: first.source.record.file), "participant list for '\(activity)', which is neither a seminar nor a multiplier event in events.yaml"
                                  + Suggestion.hint(for: activity, in: activityIDs))
            }
            unique(list.map { ($0.id, $0.source["id"]) }, kind: "participant")
            for participant in list {
                let owner = "participant '\(participant.id)'"
                if !participant.country.isEmpty, !Self.isCountryCode(participant.country) {
                    diagnostics.error(participant.source["country"], "'\(participant.country)' is not an ISO 3166-1 alpha-2 country code (two capital letters)")
                } else {
                    declaredCountry(participant.country, owner: owner, at: participant.source["country"])
                }
                declaredLanguage(participant.language, owner: owner, at: participant.source["language"])
                if !participant.email.isEmpty, !participant.email.contains("@") {
                    diagnostics.error(participant.source["email"], "\(owner) has e-mail '\(participant.email)', which is not an e-mail address")
                }
            }
        }
    }

    private func seminar(for file: String, id: String) -> Seminar? {
        if let seminar = data.seminars.first(where: { $0.id == id }) { return seminar }
        diagnostics.error(.start(of: file), "list for seminar '\(id)', which events.yaml does not define"
                          + Suggestion.hint(for: id, in: data.seminars.map(\.id)))
        return nil
    }

    func checkAttendance() {
        for (seminarID, records) in grouped(data.attendance, by: \.seminar) {
            guard let first = records.first, let seminar = seminar(for: first.source.record.file, id: seminarID) else { continue }
            let owner = "seminar '\(seminar.id)'"
            let participants = data.participants(of: seminar.id).map(\.id).sorted()
            var total: [String: Double] = [:]
            var seen: Set<String> = []
            for record in records {
                let who = "attendance of '\(record.participant)'"
                reference(record.participant, inSorted: participants, kind: "participant of \(owner)", owner: "attendance", at: record.source["participant"])
                if let date = record.date, let start = seminar.start, let end = seminar.end, date < start || date > end {
                    diagnostics.error(record.source["date"], "\(who) on \(date) is outside \(owner) (\(start) to \(end))")
                }
                switch (seminar.attendanceBy, record.part) {
                case (.day, .am), (.day, .pm):
                    diagnostics.error(record.source["part"], "\(owner) records attendance by day; use part 'day', not '\(record.part.rawValue)'")
                case (.halfDay, .day):
                    diagnostics.error(record.source["part"], "\(owner) records attendance by half day; use part 'am' or 'pm', not 'day'")
                default:
                    break
                }
                let key = record.participant + " " + (record.date?.description ?? "") + " " + record.part.rawValue
                if !seen.insert(key).inserted {
                    diagnostics.error(record.source.record, "\(who) on \(record.date?.description ?? "?") (\(record.part.rawValue)) is recorded twice")
                }
                if record.hours < 0 {
                    diagnostics.error(record.source["hours"], "\(who) has \(Self.number(record.hours)) hours; hours cannot be negative")
                }
                let before = total[record.participant, default: 0]
                let after = before + max(0, record.hours)
                total[record.participant] = after
                if seminar.hours > 0, after > seminar.hours + 0.001, before <= seminar.hours + 0.001 {
                    diagnostics.error(record.source["hours"], "participant '\(record.participant)' attends \(Self.hours(after)) hours of \(owner), above its \(Self.number(seminar.hours)) hours")
                }
            }
        }
    }

    func checkResults() {
        for (seminarID, results) in grouped(data.results, by: \.seminar) {
            guard let first = results.first, let seminar = seminar(for: first.source.record.file, id: seminarID) else { continue }
            let owner = "seminar '\(seminar.id)'"
            let participants = data.participants(of: seminar.id).map(\.id).sorted()
            var seen: Set<String> = []
            for result in results {
                reference(result.participant, inSorted: participants, kind: "participant of \(owner)", owner: "result", at: result.source["participant"])
                if reference(result.unit, in: units, kind: "unit", owner: "result of '\(result.participant)'", at: result.source["unit"]),
                   !result.unit.isEmpty, !seminar.units.contains(result.unit) {
                    diagnostics.error(result.source["unit"], "result of '\(result.participant)' assesses unit '\(result.unit)', which \(owner) does not cover (units: "
                                      + seminar.units.joined(separator: ", ") + ")")
                }
                if reference(result.assessor, in: people, kind: "assessor", owner: "result of '\(result.participant)'", at: result.source["assessor"]),
                   !result.assessor.isEmpty, !seminar.assessors.contains(result.assessor) {
                    diagnostics.warning(result.source["assessor"], "assessor '\(result.assessor)' is not among the assessors of \(owner)")
                }
                for competence in result.levels.keys.sorted() {
                    reference(competence, in: competences, kind: "competence", owner: "result of '\(result.participant)'",
                              at: result.source["levels." + competence])
                }
                if !seen.insert(result.participant + " " + result.unit).inserted {
                    diagnostics.error(result.source.record, "result of '\(result.participant)' for unit '\(result.unit)' is recorded twice")
                }
            }
        }
    }

    /// Items grouped by a key, keys sorted, items in input order.
    private func grouped<T>(_ items: [T], by key: KeyPath<T, String>) -> [(String, [T])] {
        var groups: [String: [T]] = [:]
        for item in items { groups[item[keyPath: key], default: []].append(item) }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }
}
