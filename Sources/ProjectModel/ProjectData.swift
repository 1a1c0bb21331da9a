/// Everything read from `Input/`: the value the checker checks and the stages render.
public struct ProjectData: Sendable {
    public var project: Project
    public var framework: Framework
    public var outcomes: [LearningOutcome] = []
    public var programme = Programme()
    public var recognition = Recognition()
    public var certification = Certification()
    public var operators: [Operator] = []
    public var needs: [LabourMarketNeed] = []
    public var multiplierEvents: [MultiplierEvent] = []
    public var seminars: [Seminar] = []
    public var people: [Person] = []
    public var participants: [Participant] = []
    public var attendance: [AttendanceRecord] = []
    public var results: [AssessmentResult] = []
    public var revocations: [Revocation] = []
    public var prose: [ProseDocument] = []
    /// Translation coverage: per input file, how many localised texts it holds and how many each
    /// language covers.
    public var translationCoverage: [TranslationCoverage] = []

    public init(project: Project, framework: Framework) {
        self.project = project
        self.framework = framework
    }

    /// Participants of one seminar or event.
    public func participants(of activity: String) -> [Participant] {
        participants.filter { $0.activity == activity }
    }
}

/// How much of one file (or manual) is translated into each language.
public struct TranslationCoverage: Sendable, Hashable {
    /// The file or manual, as shown to people (`framework.yaml`, `prose: network`).
    public var name: String
    /// Number of localised texts in the file (1 for a manual).
    public var total: Int
    /// Number of texts written in each language.
    public var translated: [String: Int]

    public init(name: String, total: Int, translated: [String: Int]) {
        self.name = name
        self.total = total
        self.translated = translated
    }

    /// Percentage translated into `language`, 100 for an empty file.
    public func percent(_ language: String) -> Int {
        guard total > 0 else { return 100 }
        return Int((Double(translated[language] ?? 0) * 100 / Double(total)).rounded(.down))
    }
}
