import Foundation

/// How to run a build: where to, what to select, how hard to work.
public struct BuildOptions: Sendable {
    /// `Build/`: outputs, `manifest.json`, `.cache/` and `.lock`.
    public var outputDirectory: URL
    /// How many items run at once (default: the number of cores).
    public var jobs: Int
    /// Rebuild everything, whatever the cache says.
    public var force: Bool
    /// `--only`: these stages and the stages they depend on; empty means every stage.
    public var onlyStages: [String]
    /// `--lang`: build only items for these languages (items without a language always build);
    /// `nil` means all.
    public var languages: Set<String>?
    /// `--country`: as `languages`, for countries.
    public var countries: Set<String>?
    /// `--format`: the formats stages write. PDF needs the ODT as its source, so selecting PDF
    /// makes stages write the ODT too.
    public var formats: Set<BuildFormat>
    /// `--shard K/N`: build one deterministic slice of the per-item work.
    public var shard: Shard?
    /// Check up-to-date outputs by their SHA-256 instead of their size (slower; always done after
    /// an interrupted build).
    public var verifyOutputs: Bool
    /// Where `soffice` is; `nil` looks for `soffice` on `PATH`.
    public var sofficePath: String?

    public init(outputDirectory: URL, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                force: Bool = false, onlyStages: [String] = [], languages: Set<String>? = nil,
                countries: Set<String>? = nil, formats: Set<BuildFormat> = [.odt, .docx, .html],
                shard: Shard? = nil, verifyOutputs: Bool = false, sofficePath: String? = nil) {
        self.outputDirectory = outputDirectory
        self.jobs = jobs
        self.force = force
        self.onlyStages = onlyStages
        self.languages = languages
        self.countries = countries
        self.formats = formats
        self.shard = shard
        self.verifyOutputs = verifyOutputs
        self.sofficePath = sofficePath
    }

    /// The formats stages are asked to write: the selection, plus ODT when PDF is selected.
    var stageFormats: [BuildFormat] {
        var formats = self.formats
        if formats.contains(.pdf) { formats.insert(.odt) }
        return formats.sorted()
    }
}
