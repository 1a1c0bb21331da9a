/// One unit of a stage's work: its id, what it reads, and the language and country it is for
/// (which `--lang` and `--country` select on).
public struct StageItem: Sendable, Hashable {
    /// Unique within the stage; appears in the manifest and decides the shard.
    public var id: String
    /// What the item reads. Their hash, with the stage version and the selected formats, is the
    /// item's inputs hash.
    public var inputs: [InputRef]
    /// The item's language, when it is for one; `nil` items are built whatever `--lang` says.
    public var language: String?
    /// The item's country, when it is for one; `nil` items are built whatever `--country` says.
    public var country: String?

    public init(id: String, inputs: [InputRef], language: String? = nil, country: String? = nil) {
        self.id = id
        self.inputs = inputs
        self.language = language
        self.country = country
    }

    /// The id of the only item of a ``Stage/single(_:version:dependencies:inputs:run:)`` stage.
    static let singleID = ""
}
