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
        let loaded = InputLoader.load(directory: input)
        var diagnostics = loaded.diagnostics
        let stylePath = (templates as NSString).appendingPathComponent("style.yaml")
        var style = HouseStyle.default
        do {
            style = try HouseStyle.load(from: stylePath)
        } catch let error as StyleFileError {
            // The style loader uses 0 for "no position" (an unreadable file); diagnostics are 1-based.
            let location = SourceLocation(file: error.path, line: max(error.line, 1), column: max(error.column, 1))
            diagnostics.append(Diagnostic(.error, location, error.message))
        } catch {
            diagnostics.append(Diagnostic(.error, .start(of: stylePath), "\(error)"))
        }
        let labels = LabelCatalog.load(directory: (templates as NSString).appendingPathComponent("labels"),
                                       languages: loaded.data.project.languages,
                                       defaultLanguage: loaded.data.project.defaultLanguage)
        diagnostics += labels.diagnostics
        diagnostics.sort()
        let failed = diagnostics.contains { strict || $0.severity == .error }
        return (failed ? nil : BuildInputs(data: loaded.data, style: style, labels: labels), diagnostics)
    }
}
