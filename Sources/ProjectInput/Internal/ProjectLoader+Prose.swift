import ProjectModel

extension ProjectLoader {
    /// Reads `prose/<lang>/<manual>.md` (or each deliverable's own `prose` path) for every
    /// declared language, and reports stray files under `prose/`.
    func loadProse(into data: inout ProjectData) {
        let project = data.project
        guard !project.languages.isEmpty else { return }
        var expected: Set<String> = []
        for deliverable in project.deliverables
        where Self.manuals.contains(deliverable.id) || deliverable.source.has("prose") {
            var present: [String: Int] = [:]
            let pathLocation = deliverable.source["prose"]
            if let reason = InputDirectory.refusal(forWrittenPath: deliverable.prose) {
                diagnostics.error(pathLocation, "prose path '\(deliverable.prose)' \(reason)")
                continue
            }
            for language in project.languages {
                let relative = deliverable.prose.replacingOccurrences(of: "{lang}", with: language)
                expected.insert(relative)
                guard directory.fileExists(relative) || isSymbolicLink(relative) else {
                    if language == project.defaultLanguage {
                        diagnostics.error(deliverable.source.record, "no prose for manual '\(deliverable.id)' in the default language '\(language)' (expected \(directory.displayPath(relative)))")
                    } else {
                        diagnostics.warning(deliverable.source.record, "no prose for manual '\(deliverable.id)' in '\(language)' (expected \(directory.displayPath(relative))); the '\(project.defaultLanguage)' text is used")
                    }
                    continue
                }
                guard let text = directory.readText(relative, diagnostics: diagnostics) else { continue }
                var document = ProseDocument()
                document.manual = deliverable.id
                document.language = language
                document.path = relative
                document.text = text
                document.source = SourceMap(record: directory.location(relative))
                data.prose.append(document)
                present[language] = 1
            }
            data.translationCoverage.append(TranslationCoverage(name: "prose: " + deliverable.id, total: 1, translated: present))
        }
        reportStrayProse(expected: expected, languages: project.languages)
    }

    /// The deliverables that have prose by default; others only when they name a `prose` path.
    static let manuals: Set<String> = ["network", "framework", "programme", "recognition", "certification"]

    private func reportStrayProse(expected: Set<String>, languages: [String]) {
        for language in directory.list("prose") {
            let folder = "prose/" + language
            guard directory.directoryExists(folder) else { continue }
            guard languages.contains(language) else {
                diagnostics.error(directory.location(folder), "prose folder for language '\(language)', which project.yaml does not declare"
                                  + Suggestion.hint(for: language, in: languages))
                continue
            }
            for name in directory.list(folder) where !expected.contains(folder + "/" + name) {
                diagnostics.warning(directory.location(folder + "/" + name), "prose file not used by any deliverable in project.yaml")
            }
        }
    }

    private func isSymbolicLink(_ relative: String) -> Bool {
        (try? FileManagerShim.destinationOfSymbolicLink(directory.root + "/" + relative)) != nil
    }

    /// Checks every localised text against the declared languages and measures coverage.
    func checkTranslations(into data: inout ProjectData) {
        let project = data.project
        guard !project.languages.isEmpty else { return }
        let declared = project.languages
        var coverage: [TranslationCoverage] = []
        for (file, texts) in textsByFile {
            var translated: [String: Int] = [:]
            var missing: [String: [TextOccurrence]] = [:]
            for text in texts {
                let codes = Set(text.languages.map(\.code))
                for (code, location) in text.languages where !declared.contains(code) {
                    diagnostics.error(location, "language '\(code)' is not declared in project.yaml (languages: \(declared.joined(separator: ", ")))"
                                      + Suggestion.hint(for: code, in: declared))
                }
                if !codes.contains(project.defaultLanguage) {
                    diagnostics.error(text.location, "'\(text.path)' has no text in the default language '\(project.defaultLanguage)'")
                }
                for language in declared {
                    if codes.contains(language) {
                        translated[language, default: 0] += 1
                    } else if language != project.defaultLanguage {
                        missing[language, default: []].append(text)
                    }
                }
            }
            for language in declared {
                guard let gaps = missing[language], let first = gaps.first else { continue }
                let message = gaps.count == 1
                    ? "'\(first.path)' has no '\(language)' translation; the '\(project.defaultLanguage)' text is used"
                    : "\(gaps.count) of \(texts.count) texts have no '\(language)' translation, the first is '\(first.path)'; the '\(project.defaultLanguage)' text is used"
                diagnostics.warning(first.location, message)
            }
            coverage.append(TranslationCoverage(name: file, total: texts.count, translated: translated))
        }
        data.translationCoverage = coverage + data.translationCoverage
    }
}
