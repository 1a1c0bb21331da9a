import DocumentWriters
import Foundation

extension Stage {
    /// D8, the toolkit: one zip per language and one with everything (`Build/toolkit/`), bundling
    /// the public manuals and kit documents of the build with an index (ODT, DOCX, HTML) that says
    /// what each item is, for whom and in which formats.
    public static let toolkit: Stage = .perItem(
        "toolkit", version: "1",
        optionalDependencies: PublishedFiles.documentStages,
        items: { environment in
            let inputs = try BuildInputs.from(environment)
            let project = inputs.data.project
            let base: [InputRef] = [.input("project.yaml"), .template(inputs.styleFile)]
            var items = [StageItem(id: "all", inputs: base + project.languages.map { .template("labels/\($0).yaml") })]
            for language in project.languages {
                let labels = Set([language, project.defaultLanguage]).sorted().map { InputRef.template("labels/\($0).yaml") }
                items.append(StageItem(id: language, inputs: base + labels, language: language))
            }
            return items
        },
        run: { context in try ToolkitStage.run(context) })
}

/// The toolkit stage's work.
enum ToolkitStage {
    /// `toolkit/digitrain-toolkit-fr.zip`, `toolkit/digitrain-toolkit-all.zip`.
    static func archivePath(acronym: String, item: String) -> String {
        let name = acronym.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" }
        return "toolkit/\(name.isEmpty ? "project" : name)-toolkit-\(item).zip"
    }

    static func run(_ context: StageContext) throws {
        let inputs = try BuildInputs.from(context.environment)
        let project = inputs.data.project
        let language = context.item.language
        let files = context.dependencyOutputs.filter(PublishedFiles.isPublicDocument).map(SiteDownload.init)
            .filter { language == nil || $0.entry.language == language || $0.entry.language == nil }
        var entries: [ArchiveEntry] = []
        for file in files {
            entries.append(ArchiveEntry(path: file.entry.path, bytes: try context.readOutput(file.entry.path),
                                        isStored: ["odt", "docx", "zip", "png", "pdf"].contains(file.entry.format ?? "")))
        }
        let labelLanguage = language ?? project.defaultLanguage
        let labels = SiteLabels(catalog: inputs.labels, language: labelLanguage, fallback: project.defaultLanguage)
        let index = ToolkitIndex(project: project, labels: labels, files: files, archiveLanguage: language,
                                 format: LocaleFormat(language: labelLanguage)).document()
        let options = WriterOptions(style: inputs.style, timestamp: context.environment.timestamp)
        let formats: [OutputFormat] = context.writerFormats.isEmpty ? [.html] : context.writerFormats
        for format in formats {
            let bytes = try Writers.writer(for: format).write(index, options: options)
            entries.append(ArchiveEntry(path: "index.\(format.fileExtension)", bytes: bytes, isStored: format != .html))
        }
        entries.sort { $0.path < $1.path }
        let zip = try ZipPackager(timestamp: context.environment.timestamp).package(entries)
        try context.write(archivePath(acronym: project.acronym, item: context.item.id), bytes: zip, language: language)
    }
}
