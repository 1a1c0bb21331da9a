import ProjectModel

extension ParticipantRecords {
    /// The participant's rows as text, one line each (`participant`, `attendance`, `result`),
    /// fields separated by tabs with `\`, tab and newline escaped. It is both the item input the
    /// engine hashes — editing one participant rebuilds only them — and what the item renders
    /// from, so an item always shows exactly what it was hashed on.
    public var canonicalText: String {
        let p = participant
        var lines = [Self.line("participant", [p.id, p.givenName, p.familyName, p.email, p.organisation, p.country,
                                               p.language, p.role.rawValue, p.activity])]
        for row in attendance {
            lines.append(Self.line("attendance", [row.seminar, row.date?.description ?? "", row.part.rawValue, String(row.hours)]))
        }
        for row in results {
            let levels = row.levels.keys.sorted().map { "\($0)=\(row.levels[$0]?.rawValue ?? "")" }.joined(separator: " ")
            lines.append(Self.line("result", [row.seminar, row.unit, row.date?.description ?? "", row.assessor, row.method,
                                              row.passed ? "yes" : "no", levels]))
        }
        return lines.joined(separator: "\n")
    }

    /// Reads back every participant written by ``canonicalText`` (several joined by newlines).
    public static func parse(canonical text: String) -> [ParticipantRecords] {
        var all: [ParticipantRecords] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { unescape($0) }
            guard let kind = fields.first else { continue }
            switch kind {
            case "participant" where fields.count == 10:
                var p = Participant()
                p.id = fields[1]; p.givenName = fields[2]; p.familyName = fields[3]; p.email = fields[4]
                p.organisation = fields[5]; p.country = fields[6]; p.language = fields[7]
                p.role = ParticipantRole(rawValue: fields[8]) ?? .participant; p.activity = fields[9]
                all.append(ParticipantRecords(participant: p, attendance: [], results: []))
            case "attendance" where fields.count == 5 && !all.isEmpty:
                var row = AttendanceRecord()
                row.seminar = fields[1]; row.participant = all[all.count - 1].participant.id
                row.date = CalendarDate(fields[2]); row.part = DayPart(rawValue: fields[3]) ?? .day
                row.hours = Double(fields[4]) ?? 0
                all[all.count - 1].attendance.append(row)
            case "result" where fields.count == 8 && !all.isEmpty:
                var row = AssessmentResult()
                row.seminar = fields[1]; row.participant = all[all.count - 1].participant.id
                row.unit = fields[2]; row.date = CalendarDate(fields[3]); row.assessor = fields[4]; row.method = fields[5]
                row.passed = fields[6] == "yes"
                for pair in fields[7].split(separator: " ") {
                    let parts = pair.split(separator: "=", maxSplits: 1)
                    if parts.count == 2, let level = ProficiencyLevel(rawValue: String(parts[1])) { row.levels[String(parts[0])] = level }
                }
                all[all.count - 1].results.append(row)
            default:
                continue
            }
        }
        return all
    }

    private static func line(_ kind: String, _ fields: [String]) -> String {
        ([kind] + fields.map(escape)).joined(separator: "\t")
    }

    private static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return field }
        var out = ""
        for character in field {
            switch character {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.append(character)
            }
        }
        return out
    }

    private static func unescape(_ field: Substring) -> String {
        guard field.contains("\\") else { return String(field) }
        var out = "", escaping = false
        for character in field {
            if escaping {
                switch character {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
