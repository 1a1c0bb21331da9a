extension Stage {
    /// D3, the common training programme: modules, units, hours, ECVET points, customisations;
    /// one manual per declared language.
    public static let programme = ManualStage.make(.programme)
}

extension ManualDefinition {
    /// What the programme manual reads and the chapters it generates.
    static let programme = ManualDefinition(
        name: "programme", version: "1", dataFiles: ["programme.yaml", "framework.yaml", "outcomes.yaml"],
        chapters: { context in (ProgrammeChapters(context: context).blocks(), []) })
}
