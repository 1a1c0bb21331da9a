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
    /// `true` when the build that wrote the manifest wrote this file (it was built, not found up to
    /// date); absent otherwise. A clean build marks every output; a no-op build writes nothing, so
    /// the manifest keeps describing the last build that changed something.
    public var rebuilt: Bool?

    public init(path: String, stage: String, item: String?, language: String?, format: String?,
                size: Int, sha256: String, inputsHash: String, rebuilt: Bool? = nil) {
        self.path = path
        self.stage = stage
        self.item = item
        self.language = language
        self.format = format
        self.size = size
        self.sha256 = sha256
        self.inputsHash = inputsHash
        self.rebuilt = rebuilt
    }
}
