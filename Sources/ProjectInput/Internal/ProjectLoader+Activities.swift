import ProjectModel

extension ProjectLoader {
    func readOperators(_ r: MappingReader) -> ([Operator], [LabourMarketNeed]) {
        let operators: [Operator] = each(r, "operators", required: true) { o in
            var op = Operator()
            op.id = o.id("id") ?? ""
            op.name = o.localized("name", required: true)
            op.country = o.string("country", required: true) ?? ""
            op.city = o.string("city") ?? ""
            op.type = o.enumeration("type", OperatorType.self, required: true) ?? .trainingCentre
            op.address = o.string("address") ?? ""
            op.website = o.string("website")
            op.email = o.string("email")
            op.phone = o.string("phone")
            op.modules = o.idList("modules")
            op.roles = o.sequence("roles").enumerated().compactMap { index, node in
                o.scalarText(node, "roles[\(index)]").flatMap { o.enumeration($0, OperatorRole.self, node: node, key: "roles[\(index)]") }
            }
            op.source = o.sourceMap
            return op
        }
        let needs: [LabourMarketNeed] = each(r, "needs") { n in
            var need = LabourMarketNeed()
            need.id = n.id("id") ?? ""
            need.country = n.string("country", required: true) ?? ""
            need.title = n.localized("title", required: true)
            need.sourceText = n.localized("source")
            need.competences = n.idList("competences", required: true)
            need.priority = n.enumeration("priority", NeedPriority.self) ?? .medium
            need.source = n.sourceMap
            return need
        }
        return (operators, needs)
    }

    func readEvents(_ r: MappingReader) -> ([MultiplierEvent], [Seminar]) {
        let events: [MultiplierEvent] = each(r, "multiplierEvents") { e in
            var event = MultiplierEvent()
            event.id = e.id("id") ?? ""
            event.country = e.string("country", required: true) ?? ""
            event.language = e.string("language", required: true) ?? ""
            event.title = e.localized("title", required: true)
            event.date = e.date("date", required: true)
            event.city = e.string("city") ?? ""
            event.venue = e.string("venue") ?? ""
            event.host = e.id("host") ?? ""
            event.registration = e.localized("registration")
            event.sessions = each(e, "sessions") { readSession($0) }
            event.evaluation = each(e, "evaluation") { readQuestion($0) }
            event.source = e.sourceMap
            return event
        }
        let seminars: [Seminar] = each(r, "seminars") { s in
            var seminar = Seminar()
            seminar.id = s.id("id") ?? ""
            seminar.country = s.string("country", required: true) ?? ""
            seminar.language = s.string("language", required: true) ?? ""
            seminar.title = s.localized("title", required: true)
            seminar.start = s.date("start", required: true)
            seminar.end = s.date("end", required: true)
            seminar.hours = s.number("hours", required: true) ?? 0
            seminar.attendanceBy = s.enumeration("attendanceBy", AttendanceGranularity.self) ?? .day
            seminar.city = s.string("city") ?? ""
            seminar.venue = s.string("venue") ?? ""
            seminar.host = s.id("host") ?? ""
            seminar.trainers = s.idList("trainers")
            seminar.assessors = s.idList("assessors")
            seminar.units = s.idList("units", required: true)
            seminar.days = each(s, "days") { d in
                var day = SeminarDay()
                day.date = d.date("date", required: true)
                day.sessions = each(d, "sessions") { readSession($0) }
                day.source = d.sourceMap
                return day
            }
            seminar.evaluation = each(s, "evaluation") { readQuestion($0) }
            seminar.source = s.sourceMap
            return seminar
        }
        return (events, seminars)
    }

    private func readSession(_ r: MappingReader) -> AgendaSession {
        var session = AgendaSession()
        session.start = r.time("start", required: true)
        session.end = r.time("end", required: true)
        session.title = r.localized("title", required: true)
        session.speaker = r.id("speaker", required: false)
        session.trainer = r.id("trainer", required: false)
        session.unit = r.id("unit", required: false)
        session.room = r.string("room")
        session.kind = r.enumeration("kind", SessionKind.self) ?? .session
        session.source = r.sourceMap
        return session
    }

    private func readQuestion(_ r: MappingReader) -> EvaluationQuestion {
        var question = EvaluationQuestion()
        question.id = r.id("id") ?? ""
        question.kind = r.enumeration("kind", QuestionKind.self, required: true) ?? .text
        question.text = r.localized("text", required: true)
        question.source = r.sourceMap
        return question
    }

    func readPeople(_ r: MappingReader) -> [Person] {
        each(r, "people", required: true) { p in
            var person = Person()
            person.id = p.id("id") ?? ""
            person.givenName = p.string("givenName", required: true) ?? ""
            person.familyName = p.string("familyName", required: true) ?? ""
            person.organisation = p.id("organisation", required: false) ?? ""
            person.roles = p.sequence("roles", required: true).enumerated().compactMap { index, node in
                p.scalarText(node, "roles[\(index)]").flatMap { p.enumeration($0, PersonRole.self, node: node, key: "roles[\(index)]") }
            }
            person.email = p.string("email")
            person.source = p.sourceMap
            return person
        }
    }

    func readRevocations(_ r: MappingReader) -> [Revocation] {
        each(r, "revoked") { x in
            var revocation = Revocation()
            revocation.certificateID = x.string("id", required: true) ?? ""
            revocation.reason = x.string("reason") ?? ""
            revocation.date = x.date("date")
            revocation.source = x.sourceMap
            return revocation
        }
    }
}
