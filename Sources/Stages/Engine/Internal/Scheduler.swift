/// The bookkeeping of one build's stage graph: which stages wait on which, which items are ready,
/// and the records as they change. Used by the build task alone (never shared).
struct Scheduler {
    private let stages: [String: Stage]
    private let environment: StageEnvironment
    private let options: BuildOptions
    private let events: @Sendable (BuildEvent) -> Void
    /// Per-item stages whose items this shard takes a slice of.
    private let shardedStages: Set<String>
    private var waitingOn: [String: Int] = [:]
    private var dependents: [String: [String]] = [:]
    private var itemsLeft: [String: Int] = [:]
    private var ready: [WorkUnit] = []
    private var readyIndex = 0

    /// The new state: the last build's records, updated as items finish.
    var records: [String: [String: ItemRecord]]
    /// Records of items that no longer exist (removed from the input), taken out of ``records``
    /// when their stage is expanded so dependents do not see them; deleted after a successful
    /// build only, else put back.
    private(set) var vanished: [String: [String: ItemRecord]] = [:]
    private(set) var failures: [ItemFailure] = []

    init(selected: [Stage], records: [String: [String: ItemRecord]], environment: StageEnvironment,
         options: BuildOptions, events: @escaping @Sendable (BuildEvent) -> Void) {
        self.stages = Dictionary(uniqueKeysWithValues: selected.map { ($0.name, $0) })
        self.records = records
        self.environment = environment
        self.options = options
        self.events = events
        for stage in selected {
            waitingOn[stage.name] = stage.dependencies.count
            for dependency in stage.dependencies { dependents[dependency, default: []].append(stage.name) }
        }
        if options.shard != nil {
            let readByOthers = Set(selected.flatMap(\.dependencies))
            shardedStages = Set(selected.filter { $0.isPerItem && !readByOthers.contains($0.name) }.map(\.name))
        } else {
            shardedStages = []
        }
        self.order = selected.map(\.name)
    }

    private let order: [String]

    /// Expands every stage that waits on nothing.
    mutating func start() {
        var finished: [String] = []
        for name in order where waitingOn[name] == 0 {
            if expand(name) { finished.append(name) }
        }
        for name in finished { stageFinished(name) }
    }

    /// The next unit to run, if any is ready.
    mutating func nextUnit() -> WorkUnit? {
        guard readyIndex < ready.count else { return nil }
        defer { readyIndex += 1 }
        return ready[readyIndex]
    }

    var isStopped: Bool { !failures.isEmpty }

    /// Records how a unit ended and, when it was its stage's last, lets dependents go.
    mutating func finish(_ result: UnitResult) {
        let unit = result.unit
        switch result {
        case .built(_, let record):
            records[unit.stage.name, default: [:]][unit.item.id] = record
            events(.itemFinished(stage: unit.stage.name, item: unit.item.id, outcome: .built(outputs: record.outputs.count)))
        case .upToDate:
            events(.itemFinished(stage: unit.stage.name, item: unit.item.id, outcome: .upToDate))
        case .failed(_, let message):
            failures.append(ItemFailure(stage: unit.stage.name, item: unit.item.id, message: message))
            events(.itemFinished(stage: unit.stage.name, item: unit.item.id, outcome: .failed(message)))
        case .cancelled:
            return
        }
        itemsLeft[unit.stage.name, default: 0] -= 1
        if itemsLeft[unit.stage.name] == 0 { stageFinished(unit.stage.name) }
    }

    private mutating func stageFinished(_ name: String) {
        var finished = [name]
        while let done = finished.popLast() {
            events(.stageFinished(stage: done))
            if isStopped { continue }
            for dependent in dependents[done] ?? [] {
                waitingOn[dependent, default: 0] -= 1
                if waitingOn[dependent] == 0, expand(dependent) { finished.append(dependent) }
            }
        }
    }

    /// Lists the stage's items, selects them, and queues them.
    /// - Returns: whether the stage has nothing to do (so it is finished at once).
    private mutating func expand(_ name: String) -> Bool {
        guard let stage = stages[name] else { return true }
        let items: [StageItem]
        do {
            items = try stage.items(environment)
        } catch {
            failures.append(ItemFailure(stage: name, item: "", message: "cannot list its items: \(error)"))
            return false
        }
        var ids: Set<String> = []
        for item in items where !ids.insert(item.id).inserted {
            failures.append(ItemFailure(stage: name, item: item.id, message: "\(BuildError.duplicateItem(stage: name, item: item.id))"))
            return false
        }
        for (id, record) in records[name] ?? [:] where !ids.contains(id) {
            vanished[name, default: [:]][id] = record
            records[name]?[id] = nil
        }
        let selected = items.filter { item in
            if let language = item.language, let languages = options.languages, !languages.contains(language) { return false }
            if let country = item.country, let countries = options.countries, !countries.contains(country) { return false }
            if let shard = options.shard, shardedStages.contains(name), !shard.contains(stage: name, item: item.id) { return false }
            return true
        }
        var digests: [String: String] = [:]
        var outputs: [String: ManifestEntry] = [:]
        for dependency in stage.dependencies {
            let entries = (records[dependency] ?? [:]).values.flatMap(\.outputs).sorted { $0.path < $1.path }
            digests[dependency] = ContentHash.hex(Array(entries.map { "\($0.path)\t\($0.sha256)\n" }.joined().utf8))
            for entry in entries { outputs[entry.path] = entry }
        }
        events(.stageStarted(stage: name, items: selected.count))
        itemsLeft[name] = selected.count
        for item in selected {
            ready.append(WorkUnit(stage: stage, item: item, previous: records[name]?[item.id],
                                  dependencyDigests: digests, dependencyOutputs: outputs))
        }
        return selected.isEmpty
    }
}
