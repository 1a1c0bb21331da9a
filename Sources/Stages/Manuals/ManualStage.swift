import Foundation
import DocumentTree
import MarkdownReader
import ProjectModel

/// What one manual contributes to the shared manual stage: its name, the input files its
/// chapters read, and the chapters themselves.
struct ManualDefinition: Sendable {
    /// The stage name and the manual's id in `project.yaml` (`framework`).
    let name: String
    /// Bump when the manual's code changes what it writes.
    let version: String
    /// Input files (relative to `Input/`) the generated chapters read, besides `project.yaml`.
    let dataFiles: [String]
    /// The generated chapters and the sources they cite.
    let chapters: @Sendable (ManualContext) -> (blocks: [Block], sources: [String])
}

/// Makes the per-language stage of a manual: one item per declared language, each writing
/// `<manual>/<lang>/<manual>.{odt,docx,html}`.
enum ManualStage {
    static func make(_ definition: ManualDefinition) -> Stage {
        Stage.perItem(definition.name, version: definition.version, items: { environment in
            let inputs = try BuildInputs.from(environment)
            let project = inputs.data.project
            return project.languages.map { language in
                StageItem(id: language, inputs: itemInputs(definition, inputs: inputs, language: language),
                          language: language)
            }
        }, run: { context in
            let inputs = try BuildInputs.from(context.environment)
            let language = context.item.language ?? inputs.defaultLanguage
            let document = render(definition, inputs: inputs, language: language)
            try context.writeDocument(document, to: "\(definition.name)/\(language)/\(definition.name)",
                                      language: language, style: inputs.style)
        })
    }

    /// The manual as a document, in `language`.
    static func render(_ definition: ManualDefinition, inputs: BuildInputs, language: String) -> Document {
        let context = ManualContext(inputs: inputs, language: language)
        let (chapters, sources) = definition.chapters(context)
        return ManualDocument(manual: definition.name, context: context)
            .document(prose: prose(for: definition.name, context: context), chapters: chapters, sources: sources)
    }

    /// The staff's prose in the language, else in the default language, as blocks.
    static func prose(for manual: String, context: ManualContext) -> [Block] {
        let documents = context.data.prose.filter { $0.manual == manual }
        guard let prose = documents.first(where: { $0.language == context.language })
                ?? documents.first(where: { $0.language == context.fallback }) else { return [] }
        let reader = MarkdownReader(textWidth: context.style.page.textWidth)
        let blocks = reader.read(prose.text, fallbackTitle: manual).document.sections.flatMap(\.blocks)
        return ProsePlaceholders(context: context).apply(to: blocks)
    }

    /// The prose path of a manual in a language, relative to `Input/`.
    static func prosePath(_ manual: String, language: String, project: Project) -> String {
        let pattern = project.deliverables.first { $0.id == manual }?.prose ?? ""
        let template = pattern.isEmpty ? "prose/{lang}/\(manual).md" : pattern
        return template.replacingOccurrences(of: "{lang}", with: language)
    }

    private static func itemInputs(_ definition: ManualDefinition, inputs: BuildInputs, language: String) -> [InputRef] {
        let project = inputs.data.project
        let languages = Set([language, inputs.defaultLanguage]).sorted()
        var files = ["project.yaml"] + definition.dataFiles
        let prose = inputs.data.prose.filter { $0.manual == definition.name && languages.contains($0.language) }
        if prose.contains(where: { $0.text.contains("{{") }) {
            files += ["framework.yaml", "operators.yaml", "programme.yaml"]  // what the placeholders draw from
        }
        var refs: [InputRef] = files.map(InputRef.input)
        refs += languages.map { InputRef.input(prosePath(definition.name, language: $0, project: project)) }
        // The few records of other files every manual shows: partners on the title page, the
        // framework's own sources in the annex. As values, so other edits there rebuild nothing.
        refs.append(.value("title-page-partners", partnerRecords(inputs.data)))
        refs.append(.value("annex-framework-sources",
                           ([inputs.data.framework.sourceURL ?? ""] + inputs.data.framework.basedOn).joined(separator: "\n")))
        refs.append(.template(inputs.styleFile))
        if let logo = inputs.style.running.logo {
            refs.append(.template(logo))
            if logo.hasSuffix(".svg") { refs.append(.template(String(logo.dropLast(4)) + ".png")) }
        }
        refs += languages.map { InputRef.template("labels/\($0).yaml") }
        return refs.uniqued()
    }
}

extension ManualStage {
    /// The partner records the title page shows (operator names, cities, countries), one per line.
    static func partnerRecords(_ data: ProjectData) -> String {
        data.project.partners.map { partner in
            guard let op = data.operators.first(where: { $0.id == partner.operatorID }) else { return "\(partner.id)|\(partner.operatorID)" }
            let names = op.name.texts.keys.sorted().map { "\($0)=\(op.name.texts[$0] ?? "")" }.joined(separator: ";")
            return "\(partner.id)|\(partner.role)|\(names)|\(op.city)|\(op.country)"
        }.joined(separator: "\n")
    }
}

extension Array where Element: Hashable {
    /// The elements in order, without repeats.
    fileprivate func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension ManualDefinition {
    /// The five manuals, in deliverable order.
    static let all: [ManualDefinition] = [.network, .framework, .programme, .recognition, .certification]
}
