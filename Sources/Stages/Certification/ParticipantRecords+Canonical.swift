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
    ///
    /// Works on the UTF-8 bytes (a decision report and the issuer item read thousands of
    /// participants; splitting by `Character` cost more than evaluating their rules).
    public static func parse(canonical text: String) -> [ParticipantRecords] {
        var text = text
        return text.withUTF8 { parse(canonicalBytes: $0) }
    }

    /// Calls `body` with each participant written by ``canonicalText`` in `bytes` (several joined
    /// by newlines), one at a time: the records ``parse(canonical:)`` reads, in the same order,
    /// without holding them all (the issuer item reads every participant of the project).
    public static func forEach(canonical bytes: ArraySlice<UInt8>, _ body: (ParticipantRecords) throws -> Void) rethrows {
        let kind = Array("participant\t".utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            // Pieces start at participant lines (ten fields): what follows one, up to the next,
            // is read as its own, exactly as when the whole text is read at once.
            var pieceStart = 0
            var lineStart = 0
            func read(upTo end: Int) throws {
                guard end > pieceStart else { return }
                for records in parse(canonicalBytes: UnsafeBufferPointer(rebasing: buffer[pieceStart..<end])) { try body(records) }
            }
            while lineStart < buffer.count {
                var lineEnd = lineStart
                var tabs = 0
                while lineEnd < buffer.count && buffer[lineEnd] != UInt8(ascii: "\n") {
                    if buffer[lineEnd] == 0x09 { tabs += 1 }
                    lineEnd += 1
                }
                if lineStart > pieceStart, tabs == 9, lineEnd - lineStart >= kind.count,
                   buffer[lineStart..<(lineStart + kind.count)].elementsEqual(kind) {
                    try read(upTo: lineStart)
                    pieceStart = lineStart
                }
                lineStart = lineEnd + 1
            }
            try read(upTo: buffer.count)
        }
    }

    private static func parse(canonicalBytes bytes: UnsafeBufferPointer<UInt8>) -> [ParticipantRecords] {
        var all: [ParticipantRecords] = []
        var fields: [String] = []
        fields.reserveCapacity(10)
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            guard lineEnd > lineStart else { continue }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for index in lineStart...lineEnd where index == lineEnd || bytes[index] == UInt8(ascii: "\t") {
                fields.append(unescape(UnsafeBufferPointer(rebasing: bytes[fieldStart..<index])))
                fieldStart = index + 1
            }
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

    /// The field with `\\`, tab, newline and carriage return escaped, byte by byte (a `\r\n`
    /// pair is one `Character` in Swift, so matching characters would let it through raw).
    private static func escape(_ field: String) -> String {
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: "\\") || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard field.utf8.contains(where: special) else { return field }
        var out: [UInt8] = []
        out.reserveCapacity(field.utf8.count + 8)
        for byte in field.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A field's text with `\\`, `\t`, `\n` and `\r` read back (any other escaped byte stands for itself).
    private static func unescape(_ field: UnsafeBufferPointer<UInt8>) -> String {
        guard field.contains(UInt8(ascii: "\\")) else { return String(decoding: field, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(field.count)
        var escaping = false
        for byte in field {
            if escaping {
                switch byte {
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                default: out.append(byte)
                }
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
