/// The skills framework (`framework.yaml`): DigCompEdu in the shipped data.
public struct Framework: Sendable {
    public var id: String
    public var title: LocalizedText
    public var basedOn: [String]
    public var sourceURL: String?
    /// The six proficiency levels, A1…C2, in order.
    public var levels: [ProficiencyLevelInfo]
    public var areas: [Area]
    public var assessmentCriteria: [AssessmentCriterion]
    public var source: SourceMap

    public init(id: String, title: LocalizedText, basedOn: [String], sourceURL: String?, levels: [ProficiencyLevelInfo],
                areas: [Area], assessmentCriteria: [AssessmentCriterion], source: SourceMap) {
        self.id = id; self.title = title; self.basedOn = basedOn; self.sourceURL = sourceURL; self.levels = levels
        self.areas = areas; self.assessmentCriteria = assessmentCriteria; self.source = source
    }

    /// Every competence of every area, in order.
    public var competences: [Competence] { areas.flatMap(\.competences) }
}

/// A DigCompEdu proficiency level code.
public enum ProficiencyLevel: String, Sendable, Hashable, CaseIterable, Comparable {
    case a1 = "A1", a2 = "A2", b1 = "B1", b2 = "B2", c1 = "C1", c2 = "C2"

    /// 1 for A1 … 6 for C2.
    public var order: Int { (ProficiencyLevel.allCases.firstIndex(of: self) ?? 0) + 1 }

    public static func < (lhs: ProficiencyLevel, rhs: ProficiencyLevel) -> Bool { lhs.order < rhs.order }
}

/// The name and description of one proficiency level.
public struct ProficiencyLevelInfo: Sendable {
    public var code: ProficiencyLevel
    public var name: LocalizedText
    public var description: LocalizedText
    public var source: SourceMap

    public init(code: ProficiencyLevel, name: LocalizedText, description: LocalizedText, source: SourceMap) {
        self.code = code; self.name = name; self.description = description; self.source = source
    }
}

/// An area of the framework, holding its competences.
public struct Area: Sendable {
    public var id: String
    public var title: LocalizedText
    public var description: LocalizedText
    public var competences: [Competence]
    public var source: SourceMap

    public init(id: String, title: LocalizedText, description: LocalizedText, competences: [Competence], source: SourceMap) {
        self.id = id; self.title = title; self.description = description; self.competences = competences
        self.source = source
    }
}

/// A competence (`2.3`), with optional descriptors per proficiency level.
public struct Competence: Sendable {
    public var id: String
    /// The id of the area that holds it.
    public var areaID: String
    public var title: LocalizedText
    public var description: LocalizedText
    public var levelDescriptors: [ProficiencyLevel: LocalizedText]
    public var source: SourceMap

    public init(id: String, areaID: String, title: LocalizedText, description: LocalizedText,
                levelDescriptors: [ProficiencyLevel: LocalizedText], source: SourceMap) {
        self.id = id; self.areaID = areaID; self.title = title; self.description = description
        self.levelDescriptors = levelDescriptors; self.source = source
    }
}

/// A rubric row: what a competence looks like at some proficiency levels.
public struct AssessmentCriterion: Sendable {
    public var id: String
    public var competenceID: String
    public var title: LocalizedText
    public var levels: [ProficiencyLevel: LocalizedText]
    public var source: SourceMap

    public init(id: String, competenceID: String, title: LocalizedText, levels: [ProficiencyLevel: LocalizedText],
                source: SourceMap) {
        self.id = id; self.competenceID = competenceID; self.title = title; self.levels = levels; self.source = source
    }
}

/// A learning outcome (`outcomes.yaml`).
public struct LearningOutcome: Sendable {
    public var id: String
    public var competenceID: String
    public var dimension: OutcomeDimension
    /// EQF level, 1…8 (the checker enforces the range).
    public var eqfLevel: Int
    public var proficiency: ProficiencyLevel?
    public var statement: LocalizedText
    /// Assessment criterion ids.
    public var criteria: [String]
    public var source: SourceMap

    public init(id: String, competenceID: String, dimension: OutcomeDimension, eqfLevel: Int,
                proficiency: ProficiencyLevel?, statement: LocalizedText, criteria: [String], source: SourceMap) {
        self.id = id; self.competenceID = competenceID; self.dimension = dimension; self.eqfLevel = eqfLevel
        self.proficiency = proficiency; self.statement = statement; self.criteria = criteria; self.source = source
    }
}

/// The EQF column a learning outcome belongs to.
public enum OutcomeDimension: String, Sendable, Hashable, CaseIterable {
    case knowledge, skills, responsibilityAndAutonomy
}
