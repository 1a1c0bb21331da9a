/// The stages in dependency order, checked once: unique names, known dependencies, no cycle.
struct StageGraph: Sendable {
    /// Topological order; among stages free to go, the registration order.
    let ordered: [Stage]
    private let byName: [String: Stage]

    init(_ registered: [Stage]) throws {
        let names = Set(registered.map(\.name))
        let stages = registered.map { $0.resolvingOptionalDependencies(registered: names) }
        var byName: [String: Stage] = [:]
        for stage in stages {
            guard byName[stage.name] == nil else { throw BuildError.duplicateStage(stage.name) }
            byName[stage.name] = stage
        }
        for stage in stages {
            for dependency in stage.dependencies where byName[dependency] == nil {
                throw BuildError.unknownDependency(stage: stage.name, dependency: dependency)
            }
        }
        // Depth-first, keeping the path so a cycle can be shown.
        var ordered: [Stage] = []
        var done: Set<String> = []
        var path: [String] = []
        func visit(_ stage: Stage) throws {
            if done.contains(stage.name) { return }
            if let start = path.firstIndex(of: stage.name) {
                throw BuildError.dependencyCycle(Array(path[start...]) + [stage.name])
            }
            path.append(stage.name)
            for dependency in stage.dependencies {
                if let next = byName[dependency] { try visit(next) }
            }
            path.removeLast()
            done.insert(stage.name)
            ordered.append(stage)
        }
        for stage in stages { try visit(stage) }
        self.ordered = ordered
        self.byName = byName
    }

    var names: [String] { ordered.map(\.name) }

    /// The named stages and everything they depend on, in order; every stage when `names` is empty.
    /// - Throws: ``BuildError/unknownStage(_:known:)``.
    func selection(_ names: [String]) throws -> [Stage] {
        if names.isEmpty { return ordered }
        var wanted: Set<String> = []
        var pending = names
        while let name = pending.popLast() {
            guard let stage = byName[name] else {
                throw BuildError.unknownStage(name, known: self.names.sorted())
            }
            if wanted.insert(name).inserted { pending.append(contentsOf: stage.dependencies) }
        }
        return ordered.filter { wanted.contains($0.name) }
    }
}
