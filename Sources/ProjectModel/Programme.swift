/// The common training programme (`programme.yaml`).
///
/// Values start empty; the loader (or a test) fills in the fields.
public struct Programme: Sendable {
    public var id = ""
    public var title = LocalizedText()
    public var targetEqfLevel = 0
    public var modules: [Module] = []
    public var units: [Unit] = []
    /// Declared total hours; when given, the checker compares it with the sum of the units.
    public var declaredTotalHours: Double?
    /// Declared total ECVET points; when given, the checker compares it with the sum of the units.
    public var declaredTotalEcvetPoints: Double?
    public var source = SourceMap.generated

    public init() {}

    /// Sum of the hours of every unit.
    public var totalHours: Double { units.reduce(0) { $0 + $1.hours.total } }
    /// Sum of the ECVET points of every unit.
    public var totalEcvetPoints: Double { units.reduce(0) { $0 + $1.ecvetPoints } }

    /// The unit with this id.
    public func unit(_ id: String) -> Unit? { units.first { $0.id == id } }
}

/// A module: a group of units, possibly customised per country.
public struct Module: Sendable {
    public var id = ""
    public var title = LocalizedText()
    public var description = LocalizedText()
    public var mandatory = false
    public var customisable = false
    /// Module ids that must come first.
    public var prerequisites: [String] = []
    /// Unit ids, in teaching order.
    public var units: [String] = []
    public var customisations: [ModuleCustomisation] = []
    public var source = SourceMap.generated

    public init() {}
}

/// How one country adapts a module.
public struct ModuleCustomisation: Sendable {
    public var country = ""
    public var note = LocalizedText()
    public var extraTools: [String] = []
    public var source = SourceMap.generated

    public init() {}
}

/// An ECVET unit of learning outcomes.
public struct Unit: Sendable {
    public var id = ""
    public var title = LocalizedText()
    public var eqfLevel = 0
    public var hours = UnitHours()
    public var ecvetPoints: Double = 0
    /// Learning outcome ids.
    public var outcomes: [String] = []
    /// Competence ids.
    public var competences: [String] = []
    public var methods = LocalizedList()
    public var tools: [String] = []
    public var assessment = LocalizedText()
    public var source = SourceMap.generated

    public init() {}
}

/// Hours of a unit by mode of delivery.
public struct UnitHours: Sendable, Hashable {
    public var contact: Double = 0
    public var online: Double = 0
    public var practice: Double = 0
    public var selfStudy: Double = 0

    public init(contact: Double = 0, online: Double = 0, practice: Double = 0, selfStudy: Double = 0) {
        self.contact = contact; self.online = online; self.practice = practice; self.selfStudy = selfStudy
    }

    public var total: Double { contact + online + practice + selfStudy }
}
