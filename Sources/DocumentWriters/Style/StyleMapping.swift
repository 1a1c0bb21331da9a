import DocumentTree
import Yams

/// One mapping of a style file, read straight from the tree `Yams.compose` gives.
///
/// No `Codable` and no tag resolver: Yams' default resolver compiles and runs a dozen regular
/// expressions per scalar, and its decoder was most of the cost of loading the style file (more
/// than writing a 60-page document). Scalars are read here with Yams' own rules, so the file means
/// what it meant through `YAMLDecoder`: any scalar is text; a number must be a plain (unquoted)
/// scalar; a boolean is a plain `true`/`false`/`yes`/`no`/`on`/`off` (lower, title or upper case),
/// never a quoted one; a plain `~`, `null` or nothing is an absent value.
struct StyleMapping {
    /// The keys from the root of the file to this mapping.
    let keyPath: [String]
    /// The entries with a scalar key, in the file's order.
    let entries: [(key: String, value: Node)]

    /// The mapping `node` is, or a problem at `keyPath` when it is something else.
    init(_ node: Node, at keyPath: [String]) throws {
        guard let mapping = node.mapping else {
            throw StyleDecodingProblem(keyPath: keyPath, kind: .invalidValue("expected a mapping of keys to values here"))
        }
        self.keyPath = keyPath
        var entries: [(key: String, value: Node)] = []
        entries.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            if let name = key.scalar?.string { entries.append((name, value)) }
        }
        self.entries = entries
    }

    /// The value of `key` (the last when a key is repeated, as in Yams), nil when absent or null.
    func node(_ key: String) -> Node? {
        guard let entry = entries.last(where: { $0.key == key }) else { return nil }
        return Self.isNull(entry.value) ? nil : entry.value
    }

    /// Refuses keys not in `known`, naming the closest known one.
    func rejectUnknownKeys(_ known: [String]) throws {
        for key in entries.map(\.key).sorted() where !known.contains(key) {
            throw StyleDecodingProblem(keyPath: keyPath + [key], kind: .unknownKey(key, known: known))
        }
    }

    /// The nested mapping at `key`, nil when absent.
    func mapping(_ key: String) throws -> StyleMapping? {
        try node(key).map { try StyleMapping($0, at: keyPath + [key]) }
    }

    /// Every entry of the nested mapping at `key` read as a mapping, in the file's order; nil when absent.
    func mappings(_ key: String) throws -> [(name: String, mapping: StyleMapping)]? {
        guard let outer = try mapping(key) else { return nil }
        var seen = Set<String>()
        var result: [(name: String, mapping: StyleMapping)] = []
        for (name, _) in outer.entries where seen.insert(name).inserted {
            // The last of repeated names, as everywhere else; a null entry is not a mapping.
            let value = outer.entries.last { $0.key == name }?.value ?? .scalar(.init(""))
            result.append((name, try StyleMapping(value, at: outer.keyPath + [name])))
        }
        return result
    }

    func string(_ key: String) throws -> String? {
        guard let value = node(key) else { return nil }
        guard let scalar = value.scalar else { throw mismatch(key, "text") }
        return scalar.string
    }

    func string(_ key: String, or fallback: String) throws -> String { try string(key) ?? fallback }

    func double(_ key: String) throws -> Double? {
        guard let value = node(key) else { return nil }
        guard let scalar = value.scalar, let number = Self.double(scalar) else { throw mismatch(key, "a number") }
        return number
    }

    func int(_ key: String, or fallback: Int) throws -> Int {
        guard let value = node(key) else { return fallback }
        guard let scalar = value.scalar, let number = Self.int(scalar) else { throw mismatch(key, "a number") }
        return number
    }

    func bool(_ key: String) throws -> Bool? {
        guard let value = node(key) else { return nil }
        guard let scalar = value.scalar, let flag = Self.bool(scalar) else { throw mismatch(key, "true or false") }
        return flag
    }

    func color(_ key: String) throws -> Color? {
        guard let text = try string(key) else { return nil }
        guard let color = Color(hex: text) else {
            throw StyleDecodingProblem(keyPath: keyPath + [key], kind: .invalidValue("'\(text)' is not a colour; write it as #RRGGBB"))
        }
        return color
    }

    func color(_ key: String, or fallback: Color) throws -> Color { try color(key) ?? fallback }

    /// One of `choices` (a word such as `center`), or nil when absent.
    func choice<T: RawRepresentable>(_ key: String, _ type: T.Type, among choices: [String]) throws -> T? where T.RawValue == String {
        guard let text = try string(key) else { return nil }
        guard choices.contains(text), let value = T(rawValue: text) else {
            let hint = NameSuggestion.hint(for: text, among: choices)
            throw StyleDecodingProblem(keyPath: keyPath + [key],
                                       kind: .invalidValue("'\(text)' is not one of \(choices.joined(separator: ", "))\(hint)"))
        }
        return value
    }

    /// A number that must be greater than zero (or at least zero when `allowZero`), or `fallback` when absent.
    func positive(_ key: String, or fallback: Double, allowZero: Bool = false) throws -> Double {
        try optionalPositive(key, allowZero: allowZero) ?? fallback
    }

    /// A number that must be greater than zero (or at least zero when `allowZero`), nil when absent.
    func optionalPositive(_ key: String, allowZero: Bool = true) throws -> Double? {
        guard let number = try double(key) else { return nil }
        guard number > 0 || (allowZero && number == 0) else {
            throw StyleDecodingProblem(keyPath: keyPath + [key],
                                       kind: .invalidValue("\(key) must be \(allowZero ? "zero or more" : "more than zero"), not \(number)"))
        }
        return number
    }

    private func mismatch(_ key: String, _ expected: String) -> StyleDecodingProblem {
        StyleDecodingProblem(keyPath: keyPath + [key], kind: .invalidValue("expected \(expected) here"))
    }

    // MARK: Scalars, as Yams' constructors read them

    /// YAML's null: a plain `~`, `null`, `Null`, `NULL` or nothing.
    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    private static let booleanWords: [String: Bool] = [
        "true": true, "True": true, "TRUE": true, "yes": true, "Yes": true, "YES": true, "on": true, "On": true, "ON": true,
        "false": false, "False": false, "FALSE": false, "no": false, "No": false, "NO": false, "off": false, "Off": false, "OFF": false,
    ]

    /// A plain scalar is a boolean when it is one of the words of YAML 1.1 in one of its three cases
    /// (Yams' resolver); a scalar with an explicit tag other than `!!str` when its lower-cased text is;
    /// a quoted scalar never.
    static func bool(_ scalar: Node.Scalar) -> Bool? {
        // `Tag.description` is the tag's name as written: empty for a plain scalar without a tag
        // (reading it does not run the resolver), `tag:yaml.org,2002:str` for a quoted one.
        let tag = scalar.tag.description
        if tag.isEmpty { return booleanWords[scalar.string] }
        if tag == Tag.Name.str.rawValue { return nil }
        return booleanWords[scalar.string.lowercased()]
    }

    /// A plain scalar in Swift's floating-point syntax (underscores allowed), or `.inf`, `-.inf`, `.nan`.
    static func double(_ scalar: Node.Scalar) -> Double? {
        guard scalar.style == .plain || scalar.style == .any else { return nil }
        switch scalar.string.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default:
            // Foundation's `replacingOccurrences` costs thousands of instructions; underscores are rare.
            let text = scalar.string
            return Double(text.utf8.contains(UInt8(ascii: "_")) ? String(text.filter { $0 != "_" }) : text)
        }
    }

    /// A plain scalar in decimal, or with a `0x`, `0b`, `0o` or `0` (octal) prefix; underscores allowed.
    static func int(_ scalar: Node.Scalar) -> Int? {
        guard scalar.style == .plain || scalar.style == .any else { return nil }
        let text = scalar.string.utf8.contains(UInt8(ascii: "_")) ? String(scalar.string.filter { $0 != "_" }) : scalar.string
        if text == "0" { return 0 }
        let negative = text.hasPrefix("-")
        let unsigned = text.dropFirst(negative || text.hasPrefix("+") ? 1 : 0)
        for (prefix, radix) in [("0x", 16), ("0b", 2), ("0o", 8), ("0", 8)] where unsigned.hasPrefix(prefix) {
            return Int((negative ? "-" : "") + unsigned.dropFirst(prefix.count), radix: radix)
        }
        return Int(text)
    }
}
