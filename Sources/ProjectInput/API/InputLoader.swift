import ProjectModel

/// What loading an input directory produced: the data (as far as it could be read) and every
/// problem found, sorted by file, line and column.
public struct LoadedInput: Sendable {
    public var data: ProjectData
    public var diagnostics: [Diagnostic]

    /// Whether any diagnostic is an error (with `strict`, any diagnostic at all).
    public func hasErrors(strict: Bool = false) -> Bool {
        diagnostics.contains { strict || $0.severity == .error }
    }
}

/// Loads and checks `Input/`: the entry point of `deliverables check` and of every build.
public enum InputLoader {
    /// Reads every file of `directory`, then runs every rule of the checker.
    ///
    /// - Parameters:
    ///   - directory: the input directory (`Input`).
    ///   - displayPath: how to print the directory in diagnostics; by default its path relative
    ///     to the current directory (absolute when outside it).
    ///   - limits: size, depth and alias bounds.
    ///   - projectRead: called once `project.yaml` has been read (before the other files), so a
    ///     caller can start work that needs only the project's languages (loading labels) in parallel.
    ///     Not called when the directory does not exist.
    /// - Returns: the data and all diagnostics; a directory that does not exist gives one error.
    public static func load(directory: String, displayPath: String? = nil, limits: InputLimits = .default,
                            projectRead: ((Project) -> Void)? = nil) -> LoadedInput {
        let diagnostics = DiagnosticCollector()
        guard let input = InputDirectory(root: directory, display: displayPath, limits: limits) else {
            let shown = displayPath ?? directory
            diagnostics.error(.start(of: shown), "input directory not found")
            let source = SourceMap(record: .start(of: shown))
            let project = Project(id: "", title: LocalizedText(), acronym: "", version: "", date: nil, defaultLanguage: "en",
                                  languages: [], countries: [], fundingNotice: LocalizedText(), website: nil,
                                  hoursPerEcvetPoint: 25, partners: [], deliverables: [], source: source)
            let framework = Framework(id: "", title: LocalizedText(), basedOn: [], sourceURL: nil, levels: [], areas: [],
                                      assessmentCriteria: [], source: source)
            return LoadedInput(data: ProjectData(project: project, framework: framework), diagnostics: diagnostics.diagnostics)
        }
        let loader = ProjectLoader(directory: input, diagnostics: diagnostics)
        loader.projectRead = projectRead
        var data = loader.load()
        loader.checkTranslations(into: &data)
        ProjectChecker(data: data, diagnostics: diagnostics, unreadable: loader.unreadable).run()
        return LoadedInput(data: data, diagnostics: Array(Set(diagnostics.diagnostics)).sorted())
    }
}
