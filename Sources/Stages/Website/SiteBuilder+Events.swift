import ProjectModel

extension SiteBuilder {
    /// The events page: multiplier events and seminars with their agendas and calendar files.
    func eventsContext() -> [String: Any] {
        let multiplier: [[String: Any]] = data.multiplierEvents.sorted { ($0.date?.description ?? "", $0.id) < ($1.date?.description ?? "", $1.id) }.map { event in
            [
                "id": event.id, "anchor": "event-\(Self.slug(event.id))", "title": t.text(event.title),
                "when": [event.date.map(format.longDate), timeSpan(event.sessions).map { "\(format.time($0.0))–\(format.time($0.1))" }]
                    .compactMap { $0 }.joined(separator: ", "),
                "datetime": event.date?.description ?? "",
                "place": [event.venue, event.city, countryName(event.country)].filter { !$0.isEmpty }.joined(separator: ", "),
                "host": operatorName(event.host), "registration": t.text(event.registration),
                "language": t.languageName(event.language),
                "ics": "\(Self.slug(event.id)).ics",
                "sessions": sessions(event.sessions),
            ]
        }
        let seminars: [[String: Any]] = data.seminars.sorted { ($0.start?.description ?? "", $0.id) < ($1.start?.description ?? "", $1.id) }.map { seminar in
            [
                "id": seminar.id, "anchor": "event-\(Self.slug(seminar.id))", "title": t.text(seminar.title),
                "when": [seminar.start, seminar.end].compactMap { $0 }.map(format.date).joined(separator: " – "),
                "datetime": seminar.start?.description ?? "",
                "place": [seminar.venue, seminar.city, countryName(seminar.country)].filter { !$0.isEmpty }.joined(separator: ", "),
                "host": operatorName(seminar.host), "hours": hours(seminar.hours),
                "language": t.languageName(seminar.language),
                "units": seminar.units.joined(separator: ", "),
                "ics": "\(Self.slug(seminar.id)).ics",
                "days": seminar.days.map { day -> [String: Any] in
                    ["date": day.date.map(format.longDate) ?? "", "sessions": sessions(day.sessions)]
                },
            ]
        }
        return ["multiplier": multiplier, "seminars": seminars, "allIcs": "all.ics"]
    }

    private func sessions(_ sessions: [AgendaSession]) -> [[String: Any]] {
        sessions.map { session in
            var row: [String: Any] = [
                "time": [session.start, session.end].compactMap { $0 }.map(format.time).joined(separator: "–"),
                "title": t.text(session.title), "isBreak": session.kind == .break,
            ]
            if let name = personName(session.speaker ?? session.trainer) { row["speaker"] = name }
            return row
        }
    }

    /// One `.ics` per event and seminar, and `all.ics`, in the events folder of the language.
    func calendars() -> [SiteFile] {
        let writer = ICalendarWriter(timestamp: timestamp, productName: "\(project.acronym) website")
        let host = project.website.flatMap { URLHost.of($0) } ?? "\(project.id).deliverables"
        let pageURL = project.website.map { $0.hasSuffix("/") ? $0 : $0 + "/" }.map { "\($0)\(language)/events/index.html" }
        var byActivity: [(id: String, events: [ICalendarEvent])] = []
        for event in data.multiplierEvents.sorted(by: { ($0.date?.description ?? "", $0.id) < ($1.date?.description ?? "", $1.id) }) {
            guard let date = event.date, let span = timeSpan(event.sessions) else { continue }
            let zone = project.country(event.country)?.timeZone ?? "UTC"
            byActivity.append((event.id, [ICalendarEvent(
                uid: "\(event.id)@\(host)", date: date, start: span.0, end: span.1, timeZone: zone,
                summary: t.text(event.title),
                location: [event.venue, event.city, countryName(event.country)].filter { !$0.isEmpty }.joined(separator: ", "),
                description: t.text(event.registration), url: pageURL.map { $0 + "#event-\(Self.slug(event.id))" })]))
        }
        for seminar in data.seminars.sorted(by: { ($0.start?.description ?? "", $0.id) < ($1.start?.description ?? "", $1.id) }) {
            let zone = project.country(seminar.country)?.timeZone ?? "UTC"
            var events: [ICalendarEvent] = []
            for (index, day) in seminar.days.enumerated() {
                guard let date = day.date, let span = timeSpan(day.sessions) else { continue }
                events.append(ICalendarEvent(
                    uid: "\(seminar.id)-day\(index + 1)@\(host)", date: date, start: span.0, end: span.1, timeZone: zone,
                    summary: "\(t.text(seminar.title)) (\(t("events.day")) \(index + 1)/\(seminar.days.count))",
                    location: [seminar.venue, seminar.city, countryName(seminar.country)].filter { !$0.isEmpty }.joined(separator: ", "),
                    description: day.sessions.filter { $0.kind == .session }.map { session in
                        [session.start, session.end].compactMap { $0 }.map(format.time).joined(separator: "–") + " " + t.text(session.title)
                    }.joined(separator: "\n"),
                    url: pageURL.map { $0 + "#event-\(Self.slug(seminar.id))" }))
            }
            if !events.isEmpty { byActivity.append((seminar.id, events)) }
        }
        var files = byActivity.map { activity in
            SiteFile(path: "\(language)/events/\(Self.slug(activity.id)).ics",
                     bytes: writer.calendar(activity.events, name: "\(project.acronym) \(activity.id)"))
        }
        files.append(SiteFile(path: "\(language)/events/all.ics",
                              bytes: writer.calendar(byActivity.flatMap(\.events), name: "\(project.acronym) — \(t("events.title"))")))
        return files
    }

    func timeSpan(_ sessions: [AgendaSession]) -> (TimeOfDay, TimeOfDay)? {
        guard let start = sessions.compactMap(\.start).min(), let end = sessions.compactMap(\.end).max(), start < end else { return nil }
        return (start, end)
    }
}

/// The host part of a URL (`https://digitrain.example.eu/x` → `digitrain.example.eu`), for UIDs.
enum URLHost {
    static func of(_ url: String) -> String? {
        guard let range = url.range(of: "://") else { return nil }
        let rest = url[range.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : String(host)
    }
}
