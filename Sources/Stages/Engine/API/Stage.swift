/// One deliverable of the build: a value that says what it reads and how it makes its outputs.
///
/// A stage never touches `Build/` itself. It is given a ``StageContext`` per item, reads its inputs
/// through it (so they are hashed) and hands its outputs back to it (so they are written atomically
/// and recorded in the manifest). Make stages with the static factories ``single(_:version:dependencies:inputs:run:)``
/// and ``perItem(_:version:dependencies:items:run:)``; the default build is an array literal
/// (``Stage/defaultBuild``).
public struct Stage: Sendable {
    /// The name used by `--only`, in the manifest and in progress output.
    public let name: String
    /// Changing it invalidates every cached result of the stage (bump it when the stage's code
    /// changes what it writes).
    public let version: String
    /// Stages whose outputs this stage reads; they run (or are found up to date) first.
    public let dependencies: [String]
    /// Stages this stage reads when they are registered (a website linking to whatever manuals and
    /// kits the build makes). The engine turns each registered one into a dependency and a
    /// ``InputRef/stage(_:)`` input of every item, and ignores the others.
    public let optionalDependencies: [String]
    /// Whether the stage is made of independent items (one kit per seminar, one certificate per
    /// participant) that are cached, rebuilt and sharded one by one.
    public let isPerItem: Bool
    let items: @Sendable (StageEnvironment) throws -> [StageItem]
    let run: @Sendable (StageContext) async throws -> Void
    /// PDFs joined from an item's PDFs after the PDF pass (see ``combiningPDFs(_:)``).
    var pdfBundles: (@Sendable (StageItem) -> [PDFBundle])? = nil

    /// A stage that is one unit of work (a whole-project index, an archive of everything).
    /// - Parameters:
    ///   - inputs: what the stage reads; its hash decides whether the stage runs again.
    ///   - run: makes the outputs and gives them to the context.
    ///   - optionalDependencies: stages read only when registered (see ``optionalDependencies``).
    public static func single(
        _ name: String, version: String, dependencies: [String] = [], optionalDependencies: [String] = [],
        inputs: @escaping @Sendable (StageEnvironment) throws -> [InputRef],
        run: @escaping @Sendable (StageContext) async throws -> Void
    ) -> Stage {
        Stage(name: name, version: version, dependencies: dependencies, optionalDependencies: optionalDependencies,
              isPerItem: false,
              items: { environment in [StageItem(id: StageItem.singleID, inputs: try inputs(environment))] },
              run: run)
    }

    /// A stage made of items, each with its own inputs and outputs, so that only changed items
    /// rebuild and `--shard` can spread them over machines.
    /// - Parameters:
    ///   - items: the items and what each reads; ids must be unique within the stage.
    ///   - run: makes one item's outputs (``StageContext/item`` says which).
    ///   - optionalDependencies: stages read only when registered (see ``optionalDependencies``).
    public static func perItem(
        _ name: String, version: String, dependencies: [String] = [], optionalDependencies: [String] = [],
        items: @escaping @Sendable (StageEnvironment) throws -> [StageItem],
        run: @escaping @Sendable (StageContext) async throws -> Void
    ) -> Stage {
        Stage(name: name, version: version, dependencies: dependencies, optionalDependencies: optionalDependencies,
              isPerItem: true, items: items, run: run)
    }

    /// This stage with its optional dependencies settled against the registered stage names: each
    /// registered one becomes a dependency read whole by every item; the rest are dropped.
    func resolvingOptionalDependencies(registered: Set<String>) -> Stage {
        guard !optionalDependencies.isEmpty else { return self }
        let found = optionalDependencies.filter { registered.contains($0) && !dependencies.contains($0) }
        let listItems = items
        return Stage(name: name, version: version, dependencies: dependencies + found, optionalDependencies: [],
                     isPerItem: isPerItem,
                     items: { environment in
                         try listItems(environment).map { item in
                             var item = item
                             item.inputs += found.map(InputRef.stage)
                             return item
                         }
                     },
                     run: run)
    }
}
