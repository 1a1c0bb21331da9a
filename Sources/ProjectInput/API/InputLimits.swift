/// Bounds that keep hostile or broken input from using unbounded time or memory.
public struct InputLimits: Sendable, Hashable {
    /// Largest accepted file (YAML, CSV or Markdown), checked with `stat` before reading.
    public var maxFileBytes: Int
    /// Deepest nesting of YAML collections.
    public var maxYAMLDepth: Int
    /// Most YAML nodes a file may hold once every alias is expanded (stops "billion laughs").
    public var maxYAMLExpandedNodes: Int
    /// Most alias uses (`*name`) in one YAML file.
    public var maxYAMLAliases: Int
    /// Most rows in one CSV file.
    public var maxCSVRows: Int

    public init(maxFileBytes: Int, maxYAMLDepth: Int, maxYAMLExpandedNodes: Int, maxYAMLAliases: Int, maxCSVRows: Int) {
        self.maxFileBytes = maxFileBytes
        self.maxYAMLDepth = maxYAMLDepth
        self.maxYAMLExpandedNodes = maxYAMLExpandedNodes
        self.maxYAMLAliases = maxYAMLAliases
        self.maxCSVRows = maxCSVRows
    }

    /// 8 MiB per file, depth 64, 1,000,000 expanded nodes, 10,000 aliases, 100,000 CSV rows.
    public static let `default` = InputLimits(maxFileBytes: 8 << 20, maxYAMLDepth: 64, maxYAMLExpandedNodes: 1_000_000,
                                              maxYAMLAliases: 10_000, maxCSVRows: 100_000)
}
