/// What a build did, for the final summary line and for tests.
public struct BuildSummary: Sendable, Equatable {
    /// How the build ended.
    public enum Status: Sendable, Equatable {
        case succeeded
        /// Some items failed; their previous outputs are untouched.
        case failed([ItemFailure])
        /// Cancelled (Ctrl-C): in-flight items finished and were recorded, nothing more started.
        case interrupted
    }

    public var status: Status
    /// Items that ran, as `stage/item` (`stage` alone for single stages), sorted.
    public var builtItems: [String]
    /// How many items were skipped as up to date.
    public var upToDateItems: Int
    /// Output paths written, sorted.
    public var writtenOutputs: [String]
    /// Output paths removed, sorted.
    public var removedOutputs: [String]
    /// Wall-clock seconds (never written to the manifest).
    public var seconds: Double

    public var succeeded: Bool { status == .succeeded }
}

/// One item that failed, and why.
public struct ItemFailure: Sendable, Equatable, CustomStringConvertible {
    public var stage: String
    public var item: String
    public var message: String

    public init(stage: String, item: String, message: String) {
        self.stage = stage
        self.item = item
        self.message = message
    }

    public var description: String {
        item.isEmpty ? "stage '\(stage)': \(message)" : "stage '\(stage)', item '\(item)': \(message)"
    }
}
