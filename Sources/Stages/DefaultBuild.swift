extension Stage {
    /// The stages `deliverables build` runs, one per deliverable, in the order of the project's
    /// deliverables (the engine orders them by what they read; the order here is for people).
    public static let defaultBuild: [Stage] = [
        .network,
        .framework,
        .programme,
        .recognition,
        .certification,
        .events(),
        .seminars(),
        .certificates(),
        .toolkit,
        .website,
    ]
}
