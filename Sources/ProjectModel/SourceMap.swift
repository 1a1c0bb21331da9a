/// Where a record and each of its fields came from.
///
/// Field paths are relative to the record, written as in the input: `hours.contact`,
/// `outcomes[1]`, `title.fr`. A field that was not written (or a record built in code) falls back
/// to the record's own location, so a diagnostic always has somewhere to point.
///
/// Stored compactly, because a project keeps one per CSV row (tens of thousands of them): the
/// sorted field names (one array shared by every row of a CSV file), a line and a column per
/// field in the record's file, and a dictionary only for the rare field in another file or
/// beyond 32-bit positions. The representation is canonical, so equal maps compare equal.
public struct SourceMap: Sendable, Hashable {
    /// Where the record starts.
    public var record: SourceLocation {
        didSet { if oldValue.file != record.file { rebuild(fields(in: oldValue.file)) } }
    }
    /// Field names, sorted.
    private var names: [String]
    /// For the field `names[i]`: its line at `2 i` and column at `2 i + 1`, in `record.file`.
    private var positions: [Int32]
    /// Fields in another file than the record's, or whose line or column does not fit 32 bits.
    private var elsewhere: [String: SourceLocation]

    public init(record: SourceLocation, fields: [String: SourceLocation] = [:]) {
        self.record = record
        self.names = []
        self.positions = []
        self.elsewhere = [:]
        rebuild(fields)
    }

    /// A map whose fields are all in the record's file: `names` sorted (and without repeats), with
    /// `lines[i]` and `columns[i]` the position of `names[i]`. Rows of one CSV file pass the same
    /// `names` array, which is then stored once for all of them.
    public init(record: SourceLocation, sortedNames names: [String], lines: [Int], columns: [Int]) {
        precondition(names.count == lines.count && names.count == columns.count, "one line and column per name")
        self.record = record
        self.names = []
        self.positions = []
        self.elsewhere = [:]
        if lines.allSatisfy(Self.fits) && columns.allSatisfy(Self.fits) {
            self.names = names
            positions.reserveCapacity(names.count * 2)
            for index in names.indices {
                positions.append(Int32(lines[index]))
                positions.append(Int32(columns[index]))
            }
        } else {
            var fields: [String: SourceLocation] = [:]
            for index in names.indices {
                fields[names[index]] = SourceLocation(file: record.file, line: lines[index], column: columns[index])
            }
            rebuild(fields)
        }
    }

    /// A map for values made in code (tests, defaults): every field points at `<generated>:1:1`.
    public static let generated = SourceMap(record: SourceLocation(file: "<generated>", line: 1, column: 1))

    /// The location of each field's value, by path relative to the record.
    public var fields: [String: SourceLocation] {
        get { fields(in: record.file) }
        set { rebuild(newValue) }
    }

    /// Every field, the compactly stored ones taken to be in `file`.
    private func fields(in file: String) -> [String: SourceLocation] {
        var all = elsewhere
        for (index, name) in names.enumerated() {
            all[name] = SourceLocation(file: file, line: Int(positions[2 * index]), column: Int(positions[2 * index + 1]))
        }
        return all
    }

    /// The location of `field`, or of the record when the field was not written.
    public subscript(field: String) -> SourceLocation {
        if let index = index(of: field) {
            return SourceLocation(file: record.file, line: Int(positions[2 * index]), column: Int(positions[2 * index + 1]))
        }
        return elsewhere[field] ?? record
    }

    /// Whether the input wrote this field.
    public func has(_ field: String) -> Bool { index(of: field) != nil || elsewhere[field] != nil }

    private func index(of field: String) -> Int? {
        var low = 0, high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle] < field { low = middle + 1 } else { high = middle }
        }
        return low < names.count && names[low] == field ? low : nil
    }

    private static func fits(_ value: Int) -> Bool { value >= Int(Int32.min) && value <= Int(Int32.max) }

    private mutating func rebuild(_ fields: [String: SourceLocation]) {
        var names: [String] = []
        var positions: [Int32] = []
        var elsewhere: [String: SourceLocation] = [:]
        names.reserveCapacity(fields.count)
        positions.reserveCapacity(fields.count * 2)
        for (name, location) in fields.sorted(by: { $0.key < $1.key }) {
            if location.file == record.file, Self.fits(location.line), Self.fits(location.column) {
                names.append(name)
                positions.append(Int32(location.line))
                positions.append(Int32(location.column))
            } else {
                elsewhere[name] = location
            }
        }
        self.names = names
        self.positions = positions
        self.elsewhere = elsewhere
    }
}
