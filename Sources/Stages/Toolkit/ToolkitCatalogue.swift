/// What the toolkit says about each kind of document: who it is for.
enum ToolkitCatalogue {
    /// Stages with their own audience label (`site.toolkit.audience.<stage>`); others get the
    /// general one.
    static let stagesWithAudience = ["network", "framework", "programme", "recognition", "certification", "events", "seminars"]

    /// The audience of a stage's documents in the labels' language.
    static func audience(of stage: String, labels: SiteLabels) -> String {
        labels("toolkit.audience.\(stagesWithAudience.contains(stage) ? stage : "general")")
    }
}
