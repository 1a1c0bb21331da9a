extension Stage {
    /// D5, the manual of certification: certificate types and their rules in plain language,
    /// EQF/ECVET mapping, EQAVET cycle and indicators; one manual per declared language.
    public static let certification = ManualStage.make(.certification)
}

extension ManualDefinition {
    /// What the certification manual reads and the chapters it generates.
    static let certification = ManualDefinition(
        name: "certification", version: "1",
        dataFiles: ["certification.yaml", "programme.yaml", "framework.yaml", "recognition.yaml"],
        chapters: { context in (CertificationChapters(context: context).blocks(), []) })
}
