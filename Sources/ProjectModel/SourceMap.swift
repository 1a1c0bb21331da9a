/// Where a record and each of its fields came from.
///
/// Field paths are relative to the record, written as in the input: `hours.contact`,
/// `outcomes[1]`, `title.fr`. A field that was not written (or a record built in code) falls back
/// to the record's own location, so a diagnostic always has somewhere to point.
public struct SourceMap: Sendable, Hashable {
    /// Where the record starts.
    public var record: SourceLocation
    /// The location of each field's value, by path relative to the record.
    public var fields: [String: SourceLocation]

    public init(record: SourceLocation, fields: [String: SourceLocation] = [:]) {
        self.record = record
        self.fields = fields
    }

    /// A map for values made in code (tests, defaults): every field points at `<generated>:1:1`.
    public static let generated = SourceMap(record: SourceLocation(file: "<generated>", line: 1, column: 1))

    /// The location of `field`, or of the record when the field was not written.
    public subscript(field: String) -> SourceLocation {
        fields[field] ?? record
    }

    /// Whether the input wrote this field.
    public func has(_ field: String) -> Bool { fields[field] != nil }
}
