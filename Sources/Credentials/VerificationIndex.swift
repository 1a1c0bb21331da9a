/// The table the website publishes to check verification codes in the browser: records keyed by
/// the SHA-256 of the normalised code, so the codes themselves are never published.
///
/// JSON: `{"format":"deliverables-verification-index","version":1,"hash":"…","records":{hash:{…}}}`,
/// keys sorted. The browser normalises the typed code (see `VerificationCode.normalise`), hashes
/// it with SHA-256 and looks the hex up in `records`.
public struct VerificationIndex: Sendable, Hashable {
    public static let format = "deliverables-verification-index"
    public static let version: Int64 = 1
    static let hashNote = "SHA-256 (lower-case hex) of the code's UTF-8 after upper-casing, removing spaces and dashes, "
        + "and reading O as 0, I and L as 1"

    public private(set) var records: [String: VerificationRecord] = [:]

    public init() {}

    /// Builds an index from records.
    /// - Throws: `VerificationIndexError.duplicateCode` when two different records share a code.
    public init(records: [VerificationRecord]) throws {
        for record in records { try add(record) }
    }

    /// Adds a record; adding the same record twice is harmless.
    /// - Throws: `VerificationIndexError.duplicateCode` when a different record has the same code.
    public mutating func add(_ record: VerificationRecord) throws {
        if let existing = records[record.codeHash], existing != record {
            throw VerificationIndexError.duplicateCode(record.codeHash)
        }
        records[record.codeHash] = record
    }

    /// Checks a typed code.
    public func check(code text: String) -> CodeCheck {
        guard let code = VerificationCode(parsing: text) else { return .malformed }
        guard let record = records[code.hash] else { return .unknown }
        return record.status == .valid ? .valid(record) : .revoked(record)
    }

    public var json: JSONValue {
        [
            "format": .string(Self.format), "version": .integer(Self.version), "hash": .string(Self.hashNote),
            "records": .object(records.mapValues(\.json)),
        ]
    }

    /// The canonical bytes to publish (e.g. `verify/index.json`).
    public var jsonBytes: [UInt8] { json.canonicalBytes }

    /// Reads a published index.
    /// - Throws: `VerificationIndexError` or a JSON decoding error.
    public static func parse(_ bytes: [UInt8]) throws -> VerificationIndex {
        let json = try JSONValue.parse(bytes)
        guard json["format"]?.stringValue == format else { throw VerificationIndexError.malformedIndex("wrong format") }
        guard json["version"]?.integerValue == version else {
            throw VerificationIndexError.malformedIndex("unknown version")
        }
        guard let members = json["records"]?.objectValue else { throw VerificationIndexError.malformedIndex("no records") }
        var index = VerificationIndex()
        for (hash, record) in members { try index.add(VerificationRecord(codeHash: hash, json: record)) }
        return index
    }
}
