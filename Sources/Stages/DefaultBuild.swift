extension Stage {
    /// The stages `deliverables build` runs, in the order they are listed (dependencies first is
    /// not required: the engine orders them). Empty until the deliverable stages land
    /// (`.network`, `.framework`, `.programme`, …); the engine and its tests do not need any.
    public static let defaultBuild: [Stage] = [
        .certificates(),
    ]
}
