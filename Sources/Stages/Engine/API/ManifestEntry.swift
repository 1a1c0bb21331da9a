/// One output in `Build/manifest.json`.
public struct ManifestEntry: Codable, Sendable, Hashable {
    /// Relative to the output directory, `/`-separated.
    public var path: String
    public var stage: String
    /// The item that made it; absent for single stages.
    public var item: String?
    public var language: String?
    /// `odt`, `docx`, `html`, `pdf`; absent for other files (images, JSON, archives).
    public var format: String?
    public var size: Int
    /// Lowercase hex SHA-256 of the bytes.
    public var sha256: String
    /// The hash of everything the item read when it made this output.
    public var inputsHash: String

    public init(path: String, stage: String, item: String?, language: String?, format: String?,
                size: Int, sha256: String, inputsHash: String) {
        self.path = path
        self.stage = stage
        self.item = item
        self.language = language
        self.format = format
        self.size = size
        self.sha256 = sha256
        self.inputsHash = inputsHash
    }
}
