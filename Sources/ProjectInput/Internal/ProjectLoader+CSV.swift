import ProjectModel

/// The columns of each kind of CSV list.
enum CSVKind: String {
    case participants, attendance, results

    var columns: [String] {
        switch self {
        case .participants: return ["id", "given_name", "family_name", "email", "organisation", "country", "language", "role"]
        case .attendance: return ["participant", "date", "part", "hours"]
        case .results: return ["participant", "unit", "date", "assessor", "method", "passed", "levels"]
        }
    }
}

/// One CSV data row, by column name, with each field's location.
struct CSVRow {
    var fields: [String: CSVField]
    var file: String
    var line: Int
    /// The column names, sorted: one array for every row of the file, which their source maps share.
    var sortedNames: [String]

    func text(_ column: String) -> String { fields[column]?.text.trimmingSpaces ?? "" }

    func location(_ column: String) -> SourceLocation {
        guard let field = fields[column] else { return SourceLocation(file: file, line: line, column: 1) }
        return SourceLocation(file: file, line: field.line, column: field.column)
    }

    var start: SourceLocation { SourceLocation(file: file, line: line, column: 1) }

    func sourceMap() -> SourceMap {
        var lines: [Int] = [], columns: [Int] = []
        lines.reserveCapacity(sortedNames.count)
        columns.reserveCapacity(sortedNames.count)
        for name in sortedNames {
            lines.append(fields[name]?.line ?? line)
            columns.append(fields[name]?.column ?? 1)
        }
        return SourceMap(record: start, sortedNames: sortedNames, lines: lines, columns: columns)
    }
}

/// Equal arrays of field names made one, so the source maps of rows with the same fields (the
/// result rows of one unit, with the same competences) share a single copy.
final class FieldNameInterner {
    private var known: Set<[String]> = []

    func intern(_ names: [String]) -> [String] {
        if let found = known.firstIndex(of: names) { return known[found] }
        known.insert(names)
        return names
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}

extension ProjectLoader {
    func loadCSVFiles(into data: inout ProjectData) {
        for kind in [CSVKind.participants, .attendance, .results] {
            for name in directory.list(kind.rawValue) {
                let relative = kind.rawValue + "/" + name
                guard name.hasSuffix(".csv") else {
                    diagnostics.warning(directory.location(relative), "ignored: only .csv files belong in '\(kind.rawValue)/'")
                    continue
                }
                let activity = String(name.dropLast(4))
                guard let rows = readCSV(relative, kind: kind) else { continue }
                let names = FieldNameInterner()
                // Exact room for the file's rows: grown by doubling, the lists of a large project
                // kept up to half their size again as spare capacity for the whole build.
                switch kind {
                case .participants: data.participants.reserveCapacity(data.participants.count + rows.count)
                case .attendance: data.attendance.reserveCapacity(data.attendance.count + rows.count)
                case .results: data.results.reserveCapacity(data.results.count + rows.count)
                }
                for row in rows {
                    switch kind {
                    case .participants: data.participants.append(participant(row, activity: activity))
                    case .attendance: data.attendance.append(attendance(row, seminar: activity))
                    case .results: data.results.append(result(row, seminar: activity, names: names))
                    }
                }
            }
        }
    }

    /// Rows of a CSV file after checking its header; `nil` when the file cannot be used.
    private func readCSV(_ relative: String, kind: CSVKind) -> [CSVRow]? {
        let file = directory.displayPath(relative)
        guard let text = directory.readText(relative, diagnostics: diagnostics) else { return nil }
        let records: [[CSVField]]
        switch CSVReader.parse(text, maxRows: directory.limits.maxCSVRows) {
        case .success(let parsed): records = parsed
        case .failure(let failure):
            diagnostics.error(SourceLocation(file: file, line: failure.line, column: failure.column), failure.message)
            return nil
        }
        guard let header = records.first else {
            diagnostics.error(.start(of: file), "file is empty; expected a header row: " + kind.columns.joined(separator: ","))
            return nil
        }
        let names = header.map { $0.text.trimmingSpaces }
        if names.count == 1, names[0].contains(";") {
            diagnostics.error(.start(of: file), "the header is separated by ';'; CSV files must use ',' (export as \"CSV UTF-8, comma-separated\")")
            return nil
        }
        var usable = true
        for (index, name) in names.enumerated() where !kind.columns.contains(name) {
            let field = header[index]
            diagnostics.error(SourceLocation(file: file, line: field.line, column: field.column),
                              "unknown column '\(name)'" + Suggestion.hint(for: name, in: kind.columns))
            usable = false
        }
        for (index, name) in names.enumerated() where names[..<index].contains(name) {
            let field = header[index]
            diagnostics.error(SourceLocation(file: file, line: field.line, column: field.column), "duplicate column '\(name)'")
            usable = false
        }
        let missing = kind.columns.filter { !names.contains($0) }
        if !missing.isEmpty {
            diagnostics.error(.start(of: file), "missing column" + (missing.count > 1 ? "s " : " ")
                              + missing.map { "'\($0)'" }.joined(separator: ", ")
                              + " (expected: " + kind.columns.joined(separator: ",") + ")")
            usable = false
        }
        guard usable else { return nil }
        var rows: [CSVRow] = []
        let sortedNames = names.sorted()
        for record in records.dropFirst() {
            let line = record.first?.line ?? 1
            guard record.count == names.count else {
                diagnostics.error(SourceLocation(file: file, line: line, column: 1),
                                  "row has \(record.count) field\(record.count == 1 ? "" : "s"), the header has \(names.count)")
                continue
            }
            rows.append(CSVRow(fields: Dictionary(uniqueKeysWithValues: zip(names, record)), file: file, line: line,
                              sortedNames: sortedNames))
        }
        return rows
    }

    private func participant(_ row: CSVRow, activity: String) -> Participant {
        var participant = Participant()
        participant.id = csvID(row, "id")
        participant.givenName = row.text("given_name")
        participant.familyName = row.text("family_name")
        participant.email = row.text("email")
        participant.organisation = row.text("organisation")
        participant.country = row.text("country")
        participant.language = row.text("language")
        participant.role = csvEnum(row, "role", ParticipantRole.self) ?? .participant
        participant.activity = activity
        participant.source = row.sourceMap()
        if participant.familyName.isEmpty { diagnostics.error(row.location("family_name"), "empty 'family_name'") }
        return participant
    }

    private func attendance(_ row: CSVRow, seminar: String) -> AttendanceRecord {
        var record = AttendanceRecord()
        record.seminar = seminar
        record.participant = csvID(row, "participant")
        record.date = csvDate(row, "date")
        record.part = csvEnum(row, "part", DayPart.self) ?? .day
        record.hours = csvNumber(row, "hours") ?? 0
        record.source = row.sourceMap()
        return record
    }

    private func result(_ row: CSVRow, seminar: String, names: FieldNameInterner) -> AssessmentResult {
        var result = AssessmentResult()
        result.seminar = seminar
        result.participant = csvID(row, "participant")
        result.unit = csvID(row, "unit")
        result.date = csvDate(row, "date")
        result.assessor = csvID(row, "assessor")
        result.method = row.text("method")
        switch row.text("passed") {
        case "yes": result.passed = true
        case "no": result.passed = false
        case let other: diagnostics.error(row.location("passed"), "expected yes or no for 'passed', found '\(other)'")
        }
        var fields: [(name: String, location: SourceLocation)] = row.sortedNames.map { ($0, row.location($0)) }
        let levelsField = row.fields["levels"]
        var column = levelsField?.column ?? 1
        for pair in (levelsField?.text ?? "").split(separator: " ", omittingEmptySubsequences: false) {
            defer { column += pair.unicodeScalars.count + 1 }
            guard !pair.isEmpty else { continue }
            let here = SourceLocation(file: row.file, line: levelsField?.line ?? row.line, column: column)
            let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                diagnostics.error(here, "expected competence=level in 'levels', found '\(pair)'")
                continue
            }
            let competence = String(parts[0])
            guard let level = ProficiencyLevel(rawValue: String(parts[1])) else {
                let allowed = ProficiencyLevel.allCases.map(\.rawValue)
                diagnostics.error(SourceLocation(file: here.file, line: here.line, column: here.column + competence.unicodeScalars.count + 1),
                                  "'\(parts[1])' is not a proficiency level (expected one of: \(allowed.joined(separator: ", ")))")
                continue
            }
            result.levels[competence] = level
            let name = "levels." + competence
            fields.removeAll { $0.name == name }
            fields.append((name, here))
        }
        fields.sort { $0.name < $1.name }
        result.source = SourceMap(record: row.start, sortedNames: names.intern(fields.map(\.name)),
                                  lines: fields.map(\.location.line), columns: fields.map(\.location.column))
        return result
    }

    private func csvID(_ row: CSVRow, _ column: String) -> String {
        let text = row.text(column)
        if text.isEmpty {
            diagnostics.error(row.location(column), "empty '\(column)'")
        } else if !IDSyntax.isValid(text) {
            diagnostics.error(row.location(column), "'\(text)' is not a valid id for '\(column)'")
        }
        return text
    }

    private func csvDate(_ row: CSVRow, _ column: String) -> CalendarDate? {
        let text = row.text(column)
        guard let date = CalendarDate(text) else {
            diagnostics.error(row.location(column), "expected a date YYYY-MM-DD for '\(column)', found '\(text)'")
            return nil
        }
        return date
    }

    private func csvNumber(_ row: CSVRow, _ column: String) -> Double? {
        let text = row.text(column)
        guard let number = NumberSyntax.parse(text) else {
            diagnostics.error(row.location(column), "expected a number for '\(column)', found '\(text)'")
            return nil
        }
        return number
    }

    private func csvEnum<Value: RawRepresentable & CaseIterable>(_ row: CSVRow, _ column: String, _ type: Value.Type)
        -> Value? where Value.RawValue == String {
        let text = row.text(column)
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        diagnostics.error(row.location(column), "'\(text)' is not a valid value for '\(column)' (expected one of: "
                          + allowed.joined(separator: ", ") + ")" + Suggestion.hint(for: text, in: allowed))
        return nil
    }
}
