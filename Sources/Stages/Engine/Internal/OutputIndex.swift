/// Every output of the records, sorted by path, as references into the records rather than copies
/// of their entries (a large build has a hundred thousand outputs: two sorted copies of them were
/// the end of the build's peak memory).
struct OutputIndex {
    /// One output: the entry at `index` of its item's `outputs`.
    struct Reference {
        let outputs: [ManifestEntry]
        let index: Int
        let stage: String
        let item: String
        /// Its place in the records sorted by stage, then item, then output.
        let ordinal: Int

        var entry: ManifestEntry { outputs[index] }
        var path: String { outputs[index].path }
        /// How an output conflict names it.
        var owner: String { item.isEmpty ? "stage '\(stage)'" : "stage '\(stage)' item '\(item)'" }
    }

    /// Sorted by path, then by ``Reference/ordinal``.
    let references: [Reference]

    init(_ records: [String: [String: ItemRecord]]) {
        var references: [Reference] = []
        references.reserveCapacity(records.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.outputs.count } })
        for (stage, items) in records.sorted(by: { $0.key < $1.key }) {
            for (id, record) in items.sorted(by: { $0.key < $1.key }) {
                for index in record.outputs.indices {
                    references.append(Reference(outputs: record.outputs, index: index, stage: stage, item: id,
                                                ordinal: references.count))
                }
            }
        }
        references.sort { lhs, rhs in
            let left = lhs.path, right = rhs.path
            return left != right ? left < right : lhs.ordinal < rhs.ordinal
        }
        self.references = references
    }

    /// The entries in path order.
    var entries: LazyMapSequence<[Reference], ManifestEntry> { references.lazy.map(\.entry) }

    /// Paths two items both claim: each failure names the claimant before it (in stage, then item
    /// order) and the claimant, in the order of the claimants.
    var conflicts: [ItemFailure] {
        var found: [(ordinal: Int, failure: ItemFailure)] = []
        for position in references.indices.dropFirst() where references[position].path == references[position - 1].path {
            let first = references[position - 1], second = references[position]
            found.append((second.ordinal, ItemFailure(stage: second.stage, item: second.item, message:
                "\(BuildError.outputConflict(path: second.path, first: first.owner, second: second.owner))")))
        }
        return found.sorted { $0.ordinal < $1.ordinal }.map(\.failure)
    }

    /// Whether some record has an output at `path`.
    func contains(_ path: String) -> Bool {
        var low = 0, high = references.count
        while low < high {
            let middle = (low + high) / 2
            if references[middle].path < path { low = middle + 1 } else { high = middle }
        }
        return low < references.count && references[low].path == path
    }
}
