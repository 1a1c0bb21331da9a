extension Stage {
    /// D4, the manual of learning-outcomes recognition: validation stages, evidence, transfer
    /// rules with worked examples, memorandum and learning agreement; one manual per language.
    public static let recognition = ManualStage.make(.recognition)
}

extension ManualDefinition {
    /// What the recognition manual reads and the chapters it generates.
    static let recognition = ManualDefinition(
        name: "recognition", version: "1", dataFiles: ["recognition.yaml", "programme.yaml", "framework.yaml"],
        chapters: { context in (RecognitionChapters(context: context).blocks(), []) })
}
