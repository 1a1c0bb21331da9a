import ProjectModel

/// The exact data one kit prints, as deterministic text: hashed as the item's `.value` input, so
/// editing another event, seminar, person or operator does not rebuild this kit. (Participants
/// and the programme are declared as whole files: a kit prints all of its participant list.)
enum KitFingerprint {
    static func text(of activity: KitActivity, data: ProjectData) -> String {
        var lines: [String] = []
        func add(_ key: String, _ value: String) { lines.append("\(key)=\(value)") }
        func add(_ key: String, _ value: LocalizedText) {
            for language in value.languages { add("\(key).\(language)", value[language] ?? "") }
        }
        add("kind", activity.kind.rawValue)
        add("id", activity.id)
        add("country", activity.country)
        add("language", activity.language)
        add("title", activity.title)
        add("city", activity.city)
        add("venue", activity.venue)
        add("host", activity.host)
        add("registration", activity.registration)
        add("attendanceBy", activity.attendanceBy.rawValue)
        add("units", activity.units.joined(separator: ","))
        add("staff", activity.staff.map { "\($0.id):\($0.role.rawValue)" }.joined(separator: ","))
        for (dayIndex, day) in activity.days.enumerated() {
            add("day\(dayIndex).date", day.date?.description ?? "")
            for (index, session) in day.sessions.enumerated() {
                let key = "day\(dayIndex).session\(index)"
                add(key, [session.start?.description, session.end?.description, session.kind.rawValue, session.speaker,
                          session.trainer, session.unit, session.room].map { $0 ?? "" }.joined(separator: "|"))
                add(key + ".title", session.title)
            }
        }
        for question in activity.evaluation {
            add("question.\(question.id)", question.kind.rawValue)
            add("question.\(question.id).text", question.text)
        }
        // The records the kit refers to.
        var people = Set(activity.staff.map(\.id))
        for day in activity.days { for session in day.sessions { people.formUnion([session.speaker, session.trainer].compactMap { $0 }) } }
        var operators: Set<String> = [activity.host]
        for person in data.people where people.contains(person.id) {
            add("person.\(person.id)", [person.givenName, person.familyName, person.organisation,
                                        person.roles.map(\.rawValue).joined(separator: ",")].joined(separator: "|"))
            operators.insert(person.organisation)
        }
        for operatorRecord in data.operators where operators.contains(operatorRecord.id) {
            add("operator.\(operatorRecord.id)", [operatorRecord.address, operatorRecord.email ?? "", operatorRecord.website ?? ""].joined(separator: "|"))
            add("operator.\(operatorRecord.id).name", operatorRecord.name)
        }
        let project = data.project
        add("project.acronym", project.acronym)
        add("project.title", project.title)
        add("project.defaultLanguage", project.defaultLanguage)
        add("project.languages", project.languages.joined(separator: ","))
        if let country = project.country(activity.country) {
            add("country.timeZone", country.timeZone)
            add("country.name", country.name)
        }
        return lines.joined(separator: "\n")
    }
}
