import DocumentTree
import DocumentWriters
import ProjectModel

/// The shared shape of the `events` (D6) and `seminars` (D7) stages: one item per activity and
/// kit language (`SEM-RO.ro`, `SEM-RO.en`), each writing the kit's documents under
/// `<stage>/<activity>/<language>/`, its index page, and — with `--format pdf` — `kit.pdf`, the
/// whole kit in print order.
enum KitStage {
    /// The documents of a kit, in print order, by file name.
    static func documents(of kind: KitActivity.Kind) -> [String] {
        switch kind {
        case .multiplierEvent: ["invitation", "agenda", "attendance", "badges", "evaluation"]
        case .seminar: ["agenda", "handbook", "attendance", "badges", "evaluation"]
        }
    }

    /// The combined PDF's file name.
    static let combinedPDF = "kit.pdf"

    static func make(_ name: String, version: String, kind: KitActivity.Kind,
                     activities: @escaping @Sendable (ProjectData) -> [KitActivity]) -> Stage {
        Stage.perItem(name, version: version, items: { environment in
            let inputs = try BuildInputs.from(environment)
            return activities(inputs.data).flatMap { activity in
                activity.kitLanguages(declared: inputs.data.project.languages).map { language in
                    StageItem(id: "\(activity.id).\(language)",
                              inputs: itemInputs(activity, language: language, inputs: inputs),
                              language: language, country: activity.country)
                }
            }
        }, run: { context in
            let inputs = try BuildInputs.from(context.environment)
            let id = activityID(of: context.item)
            guard let language = context.item.language, let activity = activities(inputs.data).first(where: { $0.id == id }) else {
                throw KitError.unknownActivity(stage: name, item: context.item.id)
            }
            try KitWriter(stage: name, activity: activity, language: language, inputs: inputs, context: context).write()
        }).combiningPDFs { item in
            guard let language = item.language else { return [] }
            let folder = "\(name)/\(activityID(of: item))/\(language)"
            return [PDFBundle(path: "\(folder)/\(combinedPDF)", parts: documents(of: kind).map { "\(folder)/\($0).pdf" })]
        }
    }

    /// `SEM-RO` for the item `SEM-RO.ro`.
    static func activityID(of item: StageItem) -> String {
        guard let dot = item.id.lastIndex(of: ".") else { return item.id }
        return String(item.id[..<dot])
    }

    /// Exactly what one kit reads: the activity's own record (as a value, so editing another
    /// activity rebuilds nothing here), its participant list, the programme and outcomes for a
    /// seminar's handbook, the style and logo, and the labels of its language (and the default
    /// language they fall back to).
    static func itemInputs(_ activity: KitActivity, language: String, inputs: BuildInputs) -> [InputRef] {
        var refs: [InputRef] = [
            .value("activity", KitFingerprint.text(of: activity, data: inputs.data)),
            .input("participants/\(activity.id).csv"),
            .template(inputs.styleFile),
            .template("logo.svg"),
            .template("logo.png"),
            .template("labels/\(language).yaml"),
            .template("labels/\(inputs.defaultLanguage).yaml"),
        ]
        if activity.kind == .seminar {
            refs += [.input("programme.yaml"), .input("outcomes.yaml")]
        }
        return refs
    }
}
