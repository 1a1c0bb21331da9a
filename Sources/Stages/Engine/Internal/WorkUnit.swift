/// One item of one stage, ready to be checked against the cache and built.
struct WorkUnit: Sendable {
    let stage: Stage
    let item: StageItem
    /// The cache's record of the item from the last build, if any.
    let previous: ItemRecord?
    /// For each direct dependency: a digest of all its outputs.
    let dependencyDigests: [String: String]
    /// The outputs of the direct dependencies, by path.
    let dependencyOutputs: [String: ManifestEntry]

    /// `stage/item`, or `stage` for single stages.
    var label: String { item.id.isEmpty ? stage.name : "\(stage.name)/\(item.id)" }
}

/// How a unit ended.
enum UnitResult: Sendable {
    case built(WorkUnit, ItemRecord)
    case upToDate(WorkUnit)
    case failed(WorkUnit, String)
    /// Not started because the build was cancelled.
    case cancelled(WorkUnit)

    var unit: WorkUnit {
        switch self {
        case .built(let unit, _), .upToDate(let unit), .failed(let unit, _), .cancelled(let unit): unit
        }
    }
}
