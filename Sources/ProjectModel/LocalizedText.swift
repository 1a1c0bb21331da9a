/// Text in several languages: a map from ISO 639-1 language code to text.
public struct LocalizedText: Sendable, Hashable {
    /// Text by language code.
    public var texts: [String: String]

    public init(_ texts: [String: String] = [:]) {
        self.texts = texts
    }

    /// The text in `language`, else in `fallback`, else `nil`.
    public func resolved(in language: String, fallback: String) -> String? {
        if let text = texts[language] { return text }
        return texts[fallback]
    }

    /// The languages this text is written in, sorted.
    public var languages: [String] { texts.keys.sorted() }

    public subscript(language: String) -> String? { texts[language] }

    public var isEmpty: Bool { texts.isEmpty }
}

/// A list of short texts in several languages (methods, outputs, form fields).
public struct LocalizedList: Sendable, Hashable {
    /// Items by language code.
    public var items: [String: [String]]

    public init(_ items: [String: [String]] = [:]) {
        self.items = items
    }

    /// The items in `language`, else in `fallback`, else an empty list.
    public func resolved(in language: String, fallback: String) -> [String] {
        items[language] ?? items[fallback] ?? []
    }

    /// The languages this list is written in, sorted.
    public var languages: [String] { items.keys.sorted() }
}
