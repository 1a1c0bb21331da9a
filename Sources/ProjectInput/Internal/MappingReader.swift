import ProjectModel
import Yams

/// Reads the keys of one YAML mapping into typed values, reporting wrong types, missing keys
/// and (in `finish()`) unknown keys with a "did you mean" hint. Every value read records its
/// location in the record's field table under its path relative to the record.
final class MappingReader {
    let context: YAMLFileContext
    let node: Node
    /// Path of this mapping in the file, for messages (`units[2].hours`).
    let path: String
    /// Prefix of this mapping's keys in the record's field table (`hours.`), empty at the record.
    let fieldPrefix: String
    let table: FieldTable
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    private var known: [String] = []

    /// A reader for `node`, or `nil` (with an error) when it is not a mapping.
    init?(_ node: Node, path: String, context: YAMLFileContext, table: FieldTable = FieldTable(), fieldPrefix: String = "") {
        guard case .mapping(let mapping) = node else {
            context.error(node, "expected a mapping for '\(path)', found \(node.kindName)")
            return nil
        }
        self.context = context
        self.node = node
        self.path = path
        self.fieldPrefix = fieldPrefix
        self.table = table
        var pairs: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                context.error(key, "expected a plain key in '\(path)', found \(key.kindName)")
                continue
            }
            pairs.append((scalar.string, key, value))
        }
        self.pairs = pairs
        if fieldPrefix.isEmpty { table.fields[""] = context.location(node) }
    }

    var location: SourceLocation { context.location(node) }

    /// The record's source map (call on the record's top-level reader).
    var sourceMap: SourceMap { SourceMap(record: location, fields: table.fields) }

    func childPath(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// The raw node of `key`; `nil` when absent or null. Reports a missing required key.
    func value(_ key: String, required: Bool = false) -> Node? {
        known.append(key)
        guard let pair = pairs.first(where: { $0.key == key }), !pair.value.isNull else {
            if required {
                context.diagnostics.error(location, "missing required key '\(key)' in '\(path)'")
            }
            return nil
        }
        table.fields[fieldPrefix + key] = context.location(pair.value)
        return pair.value
    }

    /// Whether the mapping has `key` (without marking it read).
    func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    /// Reports every key that no accessor asked for.
    func finish() {
        for pair in pairs where !known.contains(pair.key) {
            context.error(pair.keyNode, "unknown key '\(pair.key)' in '\(path)'" + Suggestion.hint(for: pair.key, in: known))
        }
    }

    // MARK: Scalars

    func scalarText(_ node: Node, _ key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            context.error(node, "expected a text for '\(childPath(key))', found \(node.kindName)")
            return nil
        }
        return scalar.string
    }

    func string(_ key: String, required: Bool = false) -> String? {
        value(key, required: required).flatMap { scalarText($0, key) }
    }

    /// An id: `[A-Za-z0-9][A-Za-z0-9._-]*`.
    func id(_ key: String, required: Bool = true) -> String? {
        guard let node = value(key, required: required), let text = scalarText(node, key) else { return nil }
        return checkedID(text, node: node, key: key)
    }

    func checkedID(_ text: String, node: Node, key: String) -> String? {
        guard IDSyntax.isValid(text) else {
            context.error(node, "'\(text)' is not a valid id for '\(childPath(key))' (ids are letters, digits, '.', '_' and '-', starting with a letter or digit)")
            return nil
        }
        return text
    }

    func int(_ key: String, required: Bool = false) -> Int? {
        guard let node = value(key, required: required), let text = scalarText(node, key) else { return nil }
        guard let number = Int(text) else {
            context.error(node, "expected an integer for '\(childPath(key))', found '\(text)'")
            return nil
        }
        return number
    }

    func number(_ key: String, required: Bool = false) -> Double? {
        guard let node = value(key, required: required), let text = scalarText(node, key) else { return nil }
        guard let number = NumberSyntax.parse(text) else {
            context.error(node, "expected a number for '\(childPath(key))', found '\(text)'")
            return nil
        }
        return number
    }

    func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let node = value(key, required: required), let text = scalarText(node, key) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            context.error(node, "expected true or false for '\(childPath(key))', found '\(text)'")
            return nil
        }
    }

    func date(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let node = value(key, required: required), let text = scalarText(node, key) else { return nil }
        guard let date = CalendarDate(text) else {
            context.error(node, "expected a date YYYY-MM-DD for '\(childPath(key))', found '\(text)'")
            return nil
        }
        return date
    }

    func time(_ key: String, required: Bool = false) -> TimeOfDay? {
        guard let node = value(key, required: required), let text = scalarText(node, key) else { return nil }
        guard let time = TimeOfDay(text) else {
            context.error(node, "expected a time HH:MM for '\(childPath(key))', found '\(text)'")
            return nil
        }
        return time
    }

    func enumeration<Value: RawRepresentable & CaseIterable>(_ key: String, _ type: Value.Type, required: Bool = false)
        -> Value? where Value.RawValue == String {
        guard let node = value(key, required: required), let text = scalarText(node, key) else { return nil }
        return enumeration(text, type, node: node, key: key)
    }

    func enumeration<Value: RawRepresentable & CaseIterable>(_ text: String, _ type: Value.Type, node: Node, key: String)
        -> Value? where Value.RawValue == String {
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        context.error(node, "'\(text)' is not a valid value for '\(childPath(key))' (expected one of: "
                      + allowed.joined(separator: ", ") + ")" + Suggestion.hint(for: text, in: allowed))
        return nil
    }

    // MARK: Collections

    /// The items of a list; each item's location is recorded as `key[i]`.
    func sequence(_ key: String, required: Bool = false) -> [Node] {
        guard let node = value(key, required: required) else { return [] }
        guard case .sequence(let sequence) = node else {
            context.error(node, "expected a list for '\(childPath(key))', found \(node.kindName)")
            return []
        }
        let items = Array(sequence)
        for (index, item) in items.enumerated() {
            table.fields[fieldPrefix + key + "[\(index)]"] = context.location(item)
        }
        return items
    }

    func stringList(_ key: String, required: Bool = false) -> [String] {
        sequence(key, required: required).enumerated().compactMap { index, item in
            scalarText(item, key + "[\(index)]")
        }
    }

    func idList(_ key: String, required: Bool = false) -> [String] {
        sequence(key, required: required).enumerated().compactMap { index, item in
            scalarText(item, key + "[\(index)]").flatMap { checkedID($0, node: item, key: key + "[\(index)]") }
        }
    }

    /// A nested mapping whose fields go into the same record table under `key.`.
    func mapping(_ key: String, required: Bool = false) -> MappingReader? {
        guard let node = value(key, required: required) else { return nil }
        return MappingReader(node, path: childPath(key), context: context, table: table,
                             fieldPrefix: fieldPrefix + key + ".")
    }

    /// A localised text `{en: …, fr: …}`; a plain string is refused with a hint.
    func localized(_ key: String, required: Bool = false) -> LocalizedText {
        guard let node = value(key, required: required) else { return LocalizedText() }
        return localizedText(node, key: key)
    }

    func localizedText(_ node: Node, key: String) -> LocalizedText {
        guard let languages = languageMap(node, key: key, hint: true) else { return LocalizedText() }
        var texts: [String: String] = [:]
        for (code, value) in languages {
            if let text = scalarText(value, key + "." + code) { texts[code] = text }
        }
        return LocalizedText(texts)
    }

    /// A localised list `{en: [a, b], fr: [...]}`.
    func localizedList(_ key: String, required: Bool = false) -> LocalizedList {
        guard let node = value(key, required: required),
              let languages = languageMap(node, key: key, hint: false) else { return LocalizedList() }
        var items: [String: [String]] = [:]
        for (code, value) in languages {
            guard case .sequence(let sequence) = value else {
                context.error(value, "expected a list for '\(childPath(key)).\(code)', found \(value.kindName)")
                continue
            }
            items[code] = sequence.enumerated().compactMap { scalarText($1, key + "." + code + "[\($0)]") }
        }
        return LocalizedList(items)
    }

    /// The language keys of a localised value, recorded for the translation checks.
    private func languageMap(_ node: Node, key: String, hint: Bool) -> [(String, Node)]? {
        guard case .mapping(let mapping) = node else {
            let suffix = hint && node.scalar != nil ? " (write {en: …})" : ""
            context.error(node, "expected a localised text (a map from language to text) for '\(childPath(key))', found \(node.kindName)\(suffix)")
            return nil
        }
        var result: [(String, Node)] = []
        var occurrence = TextOccurrence(location: context.location(node), path: childPath(key), languages: [])
        for (languageNode, value) in mapping {
            guard let code = languageNode.scalar?.string else {
                context.error(languageNode, "expected a language code in '\(childPath(key))', found \(languageNode.kindName)")
                continue
            }
            table.fields[fieldPrefix + key + "." + code] = context.location(languageNode)
            occurrence.languages.append((code, context.location(languageNode)))
            result.append((code, value))
        }
        context.record(occurrence)
        return result
    }
}

/// The id syntax of the input format.
enum IDSyntax {
    static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isAlphanumeric(first) else { return false }
        return text.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}

/// Plain decimal numbers: `12`, `1.5`, `-3` (no exponents, no `.inf`).
enum NumberSyntax {
    static func parse(_ text: String) -> Double? {
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "." || $0 == "-" }),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
