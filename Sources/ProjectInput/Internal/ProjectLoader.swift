import Foundation
import ProjectModel
import Yams

/// Reads every file of an input directory into `ProjectData`, collecting all problems.
final class ProjectLoader {
    let directory: InputDirectory
    let diagnostics: DiagnosticCollector
    /// Localised texts by file, for translation warnings and coverage.
    private(set) var textsByFile: [(file: String, texts: [TextOccurrence])] = []
    /// YAML files that exist but could not be parsed.
    private(set) var unreadable: Set<String> = []
    /// Told the project as soon as `project.yaml` is read.
    var projectRead: ((Project) -> Void)?
    /// The YAML files read and parsed ahead, by name (see ``parseYAMLFilesAhead()``).
    private var parsedAhead: [String: ParsedYAML] = [:]

    /// One YAML file read and parsed on its own thread, with the diagnostics that produced.
    ///
    /// `@unchecked Sendable` because Yams' `Node` is not marked `Sendable`: each value is made on
    /// one thread, handed over once through `concurrentPerform`'s barrier and never mutated.
    private struct ParsedYAML: @unchecked Sendable {
        var text: String?
        var root: Node?
        var diagnostics: [Diagnostic]
    }

    /// Where the parsing threads leave their results.
    private final class ParsedFiles: @unchecked Sendable {
        private let lock = NSLock()
        private var files: [String: ParsedYAML] = [:]

        func store(_ parsed: ParsedYAML, for name: String) {
            lock.lock()
            defer { lock.unlock() }
            files[name] = parsed
        }

        var all: [String: ParsedYAML] {
            lock.lock()
            defer { lock.unlock() }
            return files
        }
    }

    init(directory: InputDirectory, diagnostics: DiagnosticCollector) {
        self.directory = directory
        self.diagnostics = diagnostics
    }

    /// The YAML files, in load order, and whether each must exist.
    static let yamlFiles: [(name: String, required: Bool)] = [
        ("project.yaml", true), ("framework.yaml", true), ("outcomes.yaml", true), ("programme.yaml", true),
        ("recognition.yaml", false), ("certification.yaml", false), ("operators.yaml", false),
        ("events.yaml", false), ("people.yaml", false), ("revocations.yaml", false),
    ]

    func load() -> ProjectData {
        parseYAMLFilesAhead()
        let project = loadFile("project.yaml", required: true) { readProject($0) } ?? Self.emptyProject(directory)
        projectRead?(project)
        let framework = loadFile("framework.yaml", required: true) { readFramework($0) } ?? Self.emptyFramework(directory)
        var data = ProjectData(project: project, framework: framework)
        data.outcomes = loadFile("outcomes.yaml", required: true) { readOutcomes($0) } ?? []
        data.programme = loadFile("programme.yaml", required: true) { readProgramme($0) } ?? Programme()
        data.recognition = loadFile("recognition.yaml", required: false) { readRecognition($0) } ?? Recognition()
        data.certification = loadFile("certification.yaml", required: false) { readCertification($0) } ?? Certification()
        if let (operators, needs) = loadFile("operators.yaml", required: false, { readOperators($0) }) {
            data.operators = operators
            data.needs = needs
        }
        if let (events, seminars) = loadFile("events.yaml", required: false, { readEvents($0) }) {
            data.multiplierEvents = events
            data.seminars = seminars
        }
        data.people = loadFile("people.yaml", required: false) { readPeople($0) } ?? []
        data.revocations = loadFile("revocations.yaml", required: false) { readRevocations($0) } ?? []
        loadCSVFiles(into: &data)
        loadProse(into: &data)
        return data
    }

    /// Reads and parses every YAML file at once, one per thread (parsing is most of loading, and
    /// the files do not depend on each other); ``loadFile(_:required:_:)`` then reads them in order.
    /// The diagnostics are the same as parsing one after the other: they are sorted in the end.
    private func parseYAMLFilesAhead() {
        let names = Self.yamlFiles.map(\.name)
        let results = ParsedFiles()
        let directory = self.directory
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            let name = names[index]
            guard directory.fileExists(name) || directory.directoryExists(name) else { return }
            let local = DiagnosticCollector()
            let text = directory.readText(name, diagnostics: local)
            var root: Node?
            if let text, !text.allSatisfy(\.isWhitespace) {
                root = YAMLDocument.parse(text, file: directory.displayPath(name), limits: directory.limits, diagnostics: local)
            }
            let parsed = ParsedYAML(text: text, root: root, diagnostics: local.diagnostics)
            results.store(parsed, for: name)
        }
        parsedAhead = results.all
    }

    /// Reads, bounds and parses one YAML file, then hands its root mapping to `read`.
    private func loadFile<T>(_ name: String, required: Bool, _ read: (MappingReader) -> T) -> T? {
        let path = directory.displayPath(name)
        guard directory.fileExists(name) || directory.directoryExists(name) || isDanglingLink(name) else {
            if required { diagnostics.error(.start(of: path), "required file '\(name)' is missing") }
            return nil
        }
        let ahead = parsedAhead.removeValue(forKey: name)
        if let ahead { diagnostics.append(ahead.diagnostics) }
        guard let text = ahead.map({ $0.text }) ?? directory.readText(name, diagnostics: diagnostics) else {
            unreadable.insert(name)
            return nil
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            diagnostics.error(.start(of: path), "file is empty")
            unreadable.insert(name)
            return nil
        }
        let context = YAMLFileContext(file: path, diagnostics: diagnostics)
        let parsed = ahead.map { $0.root } ?? YAMLDocument.parse(text, file: path, limits: directory.limits, diagnostics: diagnostics)
        guard let root = parsed,
              let reader = MappingReader(root, path: "", context: context) else {
            unreadable.insert(name)
            return nil
        }
        let value = read(reader)
        reader.finish()
        textsByFile.append((name, context.texts))
        return value
    }

    private func isDanglingLink(_ name: String) -> Bool {
        (try? FileManagerShim.destinationOfSymbolicLink(directory.root + "/" + name)) != nil
    }

    /// One reader per item of a list of records, each with its own field table.
    func records(_ reader: MappingReader, _ key: String, required: Bool = false) -> [MappingReader] {
        reader.sequence(key, required: required).enumerated().compactMap { index, node in
            MappingReader(node, path: reader.childPath(key) + "[\(index)]", context: reader.context)
        }
    }

    /// Reads each record with `read`, then reports its unknown keys.
    func each<T>(_ reader: MappingReader, _ key: String, required: Bool = false, _ read: (MappingReader) -> T) -> [T] {
        records(reader, key, required: required).map { item in
            let value = read(item)
            item.finish()
            return value
        }
    }

    static func emptyProject(_ directory: InputDirectory) -> Project {
        Project(id: "", title: LocalizedText(), acronym: "", version: "", date: nil, defaultLanguage: "en", languages: [],
                countries: [], fundingNotice: LocalizedText(), website: nil, hoursPerEcvetPoint: 25, partners: [],
                deliverables: [], source: SourceMap(record: directory.location("project.yaml")))
    }

    static func emptyFramework(_ directory: InputDirectory) -> Framework {
        Framework(id: "", title: LocalizedText(), basedOn: [], sourceURL: nil, levels: [], areas: [],
                  assessmentCriteria: [], source: SourceMap(record: directory.location("framework.yaml")))
    }
}
