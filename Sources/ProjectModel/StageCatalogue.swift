/// One deliverable stage as `deliverables list` shows it.
public struct StageDescription: Sendable, Hashable {
    public var name: String
    public var deliverable: String
    public var outputs: String

    public init(name: String, deliverable: String, outputs: String) {
        self.name = name
        self.deliverable = deliverable
        self.outputs = outputs
    }
}

/// The stages of the build, in build order (a static table until the build engine registers
/// the real stages).
public enum StageCatalogue {
    public static let stages: [StageDescription] = [
        StageDescription(name: "network", deliverable: "D1 platform of operators",
                         outputs: "directory of operators by country and type; labour-market needs × training offer coverage"),
        StageDescription(name: "framework", deliverable: "D2 common skills and evaluation framework",
                         outputs: "areas, competences, proficiency levels, learning outcomes, assessment criteria and rubrics"),
        StageDescription(name: "programme", deliverable: "D3 common training programme",
                         outputs: "modules and units, hours by mode, ECVET points, outcomes, methods, customisation per country"),
        StageDescription(name: "recognition", deliverable: "D4 manual of learning-outcomes recognition",
                         outputs: "the four validation stages, evidence, transfer rules between operators and countries"),
        StageDescription(name: "certification", deliverable: "D5 manual of certification",
                         outputs: "certificate types, eligibility rules, EQF/ECVET mapping, EQAVET cycle and indicators"),
        StageDescription(name: "events", deliverable: "D6 multiplier events",
                         outputs: "per event: invitation, agenda, attendance sheet, evaluation form"),
        StageDescription(name: "seminars", deliverable: "D7 training seminars",
                         outputs: "per seminar: agenda, handbook, name badges, attendance sheets, evaluation forms"),
        StageDescription(name: "certificates", deliverable: "D5 applied: certificates",
                         outputs: "per participant: certificate, transcript, signed Open Badges 3.0 credential, verification code"),
        StageDescription(name: "toolkit", deliverable: "D8 toolkit",
                         outputs: "one archive bundling the manuals and tools, with an index"),
        StageDescription(name: "website", deliverable: "D9 website",
                         outputs: "static multilingual site: framework, programme, operators, events, downloads, verification"),
    ]
}
