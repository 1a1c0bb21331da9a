import DocumentTree
import Synchronization

/// Parts of documents that depend only on the house style and a few other inputs (the language,
/// the running header and footer), kept so a process writing thousands of documents in the same
/// style (certificates) makes each of them once.
///
/// A cache belongs to one house style: `WriterOptions` takes the cache of its style from
/// `WriterPartCache.shared(for:)` and takes another one whenever its style changes, so a part made
/// for one style can never be used for another. Every other input a part depends on is in its key.
/// Safe to use from several tasks at once; two tasks missing the same part both make it (the same
/// bytes), and the last one stored stays.
public final class WriterPartCache: Sendable {
    /// What a cached part is made from, besides the house style.
    enum Key: Hashable, Sendable {
        /// The HTML stylesheet (`HouseStyleCSS.stylesheet`).
        case htmlStylesheet
        /// `word/styles.xml` for a document language.
        case wordStyles(language: String)
        /// The DOCX header and footer parts of a document whose sections show these running contents.
        case wordRunning([WordRunningKey])
        /// The Word ids of the house style's paragraph and character styles (`WordStyleIDs`).
        case wordStyleIDs
        /// DOCX `[Content_Types].xml` for these media file extensions (sorted) and header and footer part names.
        case wordContentTypes(mediaExtensions: [String], headerParts: [String], footerParts: [String])
        /// DOCX `word/settings.xml` for a document language.
        case wordSettings(language: String)
        /// DOCX `docProps/app.xml` naming this generator.
        case wordExtendedProperties(generator: String)
        /// A time as `W3CDateTime.string(fromEpochSeconds:)` writes it (the build time of every DOCX's core properties).
        case w3cDateTime(epochSeconds: Int)
        /// The ODT `styles.xml` from the font faces to the end of `office:styles`, for a document language.
        case odfCommonStyles(language: String)
    }

    /// At most this many parts are kept; past it the cache starts again empty (a build has a few
    /// languages and running contents, so this is only reached by documents that all differ).
    static let capacity = 512

    private let parts = Mutex<[Key: any Sendable]>([:])

    /// A new, empty cache. Writers normally use `shared(for:)` through `WriterOptions`.
    public init() {}

    /// The part for `key`: the one made before, or `make()`'s, which is kept for next time.
    func part<Value: Sendable>(_ key: Key, make: () throws -> Value) rethrows -> Value {
        if let cached = parts.withLock({ $0[key] }) as? Value { return cached }
        let value = try make()
        parts.withLock { parts in
            if parts.count >= Self.capacity { parts.removeAll(keepingCapacity: true) }
            parts[key] = value
        }
        return value
    }

    /// How many parts are kept (for tests).
    var count: Int { parts.withLock { $0.count } }

    // MARK: One cache per house style in the process

    /// At most this many styles keep a cache; past it the oldest is dropped.
    static let styleCapacity = 8
    private static let caches = Mutex<[(style: HouseStyle, cache: WriterPartCache)]>([])

    /// The cache of `style` in this process, made on first use.
    public static func shared(for style: HouseStyle) -> WriterPartCache {
        caches.withLock { caches in
            if let index = caches.firstIndex(where: { $0.style == style }) {
                return caches[index].cache
            }
            let cache = WriterPartCache()
            if caches.count >= styleCapacity { caches.removeFirst() }
            caches.append((style, cache))
            return cache
        }
    }
}

/// The running contents of one DOCX section, as far as its header and footer parts depend on them.
struct WordRunningKey: Hashable, Sendable {
    var header: RunningContent
    var footer: RunningContent
    var width: Length
}
