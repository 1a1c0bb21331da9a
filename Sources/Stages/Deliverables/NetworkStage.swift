extension Stage {
    /// D1, the network of training operators: directory, needs coverage, summary per country;
    /// one manual per declared language.
    public static let network = ManualStage.make(.network)
}

extension ManualDefinition {
    /// What the network manual reads and the chapters it generates.
    static let network = ManualDefinition(
        name: "network", version: "1", dataFiles: ["operators.yaml", "programme.yaml"],
        chapters: { context in
            (NetworkChapters(context: context).blocks(),
             context.data.needs.map { context.text($0.sourceText) }.filter { !$0.isEmpty })
        })
}
