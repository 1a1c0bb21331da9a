/// Something a stage item reads, declared before it runs so the engine can hash it.
public enum InputRef: Sendable, Hashable {
    /// A file under the input directory (`Input/`), by its path relative to it.
    case input(String)
    /// A file under the templates directory (`Templates/`), by its path relative to it.
    case template(String)
    /// A value that affects the output but is not a whole file: one record of a larger file
    /// (so editing another record does not rebuild this item), an option, a setting.
    case value(name: String, bytes: [UInt8])
    /// All the outputs of another stage (which must be among the stage's dependencies).
    case stage(String)
    /// A value known by the lowercase hex SHA-256 of its bytes: it hashes exactly as
    /// ``value(name:bytes:)`` with those bytes would (same key, same digest), for large values
    /// the stage can make again when the item runs, so the item need not hold them for the
    /// whole build.
    case digest(name: String, sha256: String)

    /// A named text value (an option such as a language list, a record's canonical form).
    public static func value(_ name: String, _ text: String) -> InputRef {
        .value(name: name, bytes: Array(text.utf8))
    }

    /// How the input is named in the cache, in errors and in the hash.
    var key: String {
        switch self {
        case .input(let path): "input:\(path)"
        case .template(let path): "template:\(path)"
        case .value(let name, _), .digest(let name, _): "value:\(name)"
        case .stage(let name): "stage:\(name)"
        }
    }
}
