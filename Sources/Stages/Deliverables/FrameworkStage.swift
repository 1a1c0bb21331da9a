extension Stage {
    /// D2, the common skills and evaluation framework: one manual per declared language.
    public static let framework = ManualStage.make(.framework)
}

extension ManualDefinition {
    /// What the framework manual reads and the chapters it generates.
    static let framework = ManualDefinition(
        name: "framework", version: "1", dataFiles: ["framework.yaml", "outcomes.yaml"],
        chapters: { context in
            (FrameworkChapters(context: context).blocks(), [])
        })
}
