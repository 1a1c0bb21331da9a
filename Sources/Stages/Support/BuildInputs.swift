import DocumentTree
import DocumentWriters
import Foundation
import ProjectInput
import ProjectModel

/// Everything a deliverable stage renders from: the checked project data, the house style and
/// the labels. It is the payload of the build's `StageEnvironment`.
public struct BuildInputs: Sendable {
    public var data: ProjectData
    public var style: HouseStyle
    public var labels: LabelCatalog
    /// Path of the style file, relative to the templates folder (hashed as a stage input).
    public var styleFile: String

    public init(data: ProjectData, style: HouseStyle, labels: LabelCatalog, styleFile: String = "style.yaml") {
        self.data = data
        self.style = style
        self.labels = labels
        self.styleFile = styleFile
    }

    /// The project's default language.
    public var defaultLanguage: String { data.project.defaultLanguage }

    /// What a stage needs from the environment, or an error saying the build was not set up with it.
    public static func from(_ environment: StageEnvironment) throws -> BuildInputs {
        try environment.payload(as: BuildInputs.self)
    }

    /// Loads and checks `input`, the house style and the labels in `templates`.
    ///
    /// - Returns: the inputs when there is no error (with `strict`, no diagnostic at all), and every
    ///   diagnostic of the input, the style file and the labels.
    public static func load(input: String, templates: String, strict: Bool) -> (inputs: BuildInputs?, diagnostics: [Diagnostic]) {
        // The style file and the label files do not depend on the rest of the input: they are
        // parsed on other threads while the input loads (labels as soon as project.yaml has said
        // which languages there are). The result is the same as loading one after the other.
        let stylePath = (templates as NSString).appendingPathComponent("style.yaml")
        let labelsDirectory = (templates as NSString).appendingPathComponent("labels")
        let work = DispatchGroup()
        let styleResult = Locked<Result<HouseStyle, any Error>?>(nil)
        let early = Locked<(languages: [String], defaultLanguage: String, catalog: LabelCatalog)?>(nil)
        DispatchQueue.global().async(group: work) {
            let result = Result { try HouseStyle.load(from: stylePath) }
            styleResult.withLock { $0 = result }
        }
        let loaded = InputLoader.load(directory: input, projectRead: { project in
            let languages = project.languages, defaultLanguage = project.defaultLanguage
            DispatchQueue.global().async(group: work) {
                let catalog = LabelCatalog.load(directory: labelsDirectory, languages: languages, defaultLanguage: defaultLanguage)
                early.withLock { $0 = (languages, defaultLanguage, catalog) }
            }
        })
        work.wait()

        var diagnostics = loaded.diagnostics
        var style = HouseStyle.default
        do {
            style = try styleResult.withLock { $0 }?.get() ?? HouseStyle.load(from: stylePath)
        } catch let error as StyleFileError {
            // The style loader uses 0 for "no position" (an unreadable file); diagnostics are 1-based.
            let location = SourceLocation(file: error.path, line: max(error.line, 1), column: max(error.column, 1))
            diagnostics.append(Diagnostic(.error, location, error.message))
        } catch {
            diagnostics.append(Diagnostic(.error, .start(of: stylePath), "\(error)"))
        }
        let project = loaded.data.project
        let labels: LabelCatalog
        if let early = early.withLock({ $0 }), early.languages == project.languages, early.defaultLanguage == project.defaultLanguage {
            labels = early.catalog
        } else {
            labels = LabelCatalog.load(directory: labelsDirectory, languages: project.languages,
                                       defaultLanguage: project.defaultLanguage)
        }
        diagnostics += labels.diagnostics
        diagnostics.sort()
        let failed = diagnostics.contains { strict || $0.severity == .error }
        return (failed ? nil : BuildInputs(data: loaded.data, style: style, labels: labels), diagnostics)
    }
}
