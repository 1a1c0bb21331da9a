import ProjectModel

/// One CSV field with where it starts.
struct CSVField {
    var text: String
    var line: Int
    var column: Int
}

/// An RFC 4180 reader: comma-separated, fields optionally in double quotes (`""` for a quote,
/// line breaks allowed inside quotes), CRLF or LF line ends. Tracks the line and column
/// (in Unicode scalars) where each field starts.
enum CSVReader {
    struct Failure: Error {
        var line: Int
        var column: Int
        var message: String
    }

    /// The records of `text`; blank lines are skipped.
    static func parse(_ text: String, maxRows: Int) -> Result<[[CSVField]], Failure> {
        var records: [[CSVField]] = []
        var record: [CSVField] = []
        var field = ""
        var fieldLine = 1, fieldColumn = 1
        var line = 1, column = 1
        var inQuotes = false
        var wasQuoted = false
        var afterQuote = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            record.append(CSVField(text: field, line: fieldLine, column: fieldColumn))
            field = ""
            wasQuoted = false
            afterQuote = false
        }

        while let scalar = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                        column += 2
                        continue
                    }
                    inQuotes = false
                    afterQuote = true
                    column += 1
                    pending = next
                    continue
                }
                if scalar == "\r" || scalar == "\n" {
                    if scalar == "\r" {
                        let next = scalars.next()
                        if next != "\n" { pending = next }
                    }
                    field.unicodeScalars.append("\n")
                    line += 1
                    column = 1
                    continue
                }
                field.unicodeScalars.append(scalar)
                column += 1
                continue
            }
            switch scalar {
            case ",":
                endField()
                column += 1
                fieldLine = line
                fieldColumn = column
            case "\r", "\n":
                if scalar == "\r" {
                    let next = scalars.next()
                    if next != "\n" { pending = next }
                }
                endField()
                if !(record.count == 1 && record[0].text.isEmpty && !wasQuoted) {
                    records.append(record)
                    if records.count > maxRows {
                        return .failure(Failure(line: line, column: 1, message: "more than \(maxRows) rows in one CSV file"))
                    }
                }
                record = []
                line += 1
                column = 1
                fieldLine = line
                fieldColumn = 1
            case "\"":
                guard field.isEmpty, !afterQuote else {
                    return .failure(Failure(line: line, column: column,
                                            message: "stray '\"' in an unquoted field; put the whole field in quotes and double the quote"))
                }
                inQuotes = true
                wasQuoted = true
                column += 1
            default:
                if afterQuote {
                    return .failure(Failure(line: line, column: column,
                                            message: "unexpected text after a closing quote; expected ',' or a line end"))
                }
                field.unicodeScalars.append(scalar)
                column += 1
            }
        }
        if inQuotes {
            return .failure(Failure(line: fieldLine, column: fieldColumn, message: "quoted field is never closed"))
        }
        if !field.isEmpty || !record.isEmpty || wasQuoted {
            endField()
            records.append(record)
        }
        return .success(records)
    }
}
