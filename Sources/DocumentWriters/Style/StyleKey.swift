import DocumentTree

/// Any key of a style file mapping, so unknown ones can be listed and refused.
struct StyleKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int?
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}

/// Thrown while decoding; the loader turns it into a `StyleFileError` at the key's position.
struct StyleDecodingProblem: Error {
    enum Kind {
        /// The key at the end of the path is not one the mapping knows.
        case unknownKey(String, known: [String])
        /// The value at the path is wrong; the message says why.
        case invalidValue(String)
    }
    var codingPath: [any CodingKey]
    var kind: Kind
}

extension KeyedDecodingContainer where Key == StyleKey {
    /// Refuses keys not in `known`, naming the closest known one.
    func rejectUnknownKeys(_ known: [String]) throws {
        for key in allKeys.sorted(by: { $0.stringValue < $1.stringValue }) where !known.contains(key.stringValue) {
            throw StyleDecodingProblem(codingPath: codingPath + [key], kind: .unknownKey(key.stringValue, known: known))
        }
    }

    /// The value of `key`, or `fallback` when the key is absent.
    func value<T: Decodable>(_ key: String, or fallback: T) throws -> T {
        try decodeIfPresent(T.self, forKey: StyleKey(key)) ?? fallback
    }

    /// The value of `key` when present.
    func optional<T: Decodable>(_ key: String) throws -> T? {
        try decodeIfPresent(T.self, forKey: StyleKey(key))
    }

    /// One of `choices` (a word such as `center`), or nil when absent.
    func choice<T: RawRepresentable>(_ key: String, _ type: T.Type, among choices: [String]) throws -> T? where T.RawValue == String {
        guard let text = try decodeIfPresent(String.self, forKey: StyleKey(key)) else { return nil }
        guard choices.contains(text), let value = T(rawValue: text) else {
            let hint = NameSuggestion.hint(for: text, among: choices)
            throw StyleDecodingProblem(codingPath: codingPath + [StyleKey(key)],
                                       kind: .invalidValue("'\(text)' is not one of \(choices.joined(separator: ", "))\(hint)"))
        }
        return value
    }

    /// A number that must be greater than zero (or at least zero when `allowZero`).
    func positive(_ key: String, or fallback: Double, allowZero: Bool = false) throws -> Double {
        guard let number = try decodeIfPresent(Double.self, forKey: StyleKey(key)) else { return fallback }
        guard number > 0 || (allowZero && number == 0) else {
            throw StyleDecodingProblem(codingPath: codingPath + [StyleKey(key)],
                                       kind: .invalidValue("\(key) must be \(allowZero ? "zero or more" : "more than zero"), not \(number)"))
        }
        return number
    }

    func optionalPositive(_ key: String, allowZero: Bool = true) throws -> Double? {
        guard contains(StyleKey(key)) else { return nil }
        return try positive(key, or: 0, allowZero: allowZero)
    }
}
