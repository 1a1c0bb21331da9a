import Foundation

extension Stage {
    /// D9, the project website: a static multilingual site in `Build/site/` (one item per language
    /// and one for the files at the root), linking to whatever manuals, kits, toolkit archives and
    /// verification data the build makes.
    ///
    /// It reads the toolkit and, when they are registered, the manual, kit and certificate stages
    /// (``PublishedFiles``): the engine makes each registered one a dependency.
    public static let website: Stage = .perItem(
        "website", version: "1", dependencies: ["toolkit"],
        optionalDependencies: PublishedFiles.documentStages + PublishedFiles.certificateStages,
        items: { environment in
            let inputs = try BuildInputs.from(environment)
            let shared = WebsiteStage.sharedInputs(inputs)
            var items = [StageItem(id: "root", inputs: shared)]
            for language in inputs.data.project.languages {
                items.append(StageItem(id: language, inputs: shared, language: language))
            }
            return items
        },
        run: { context in try WebsiteStage.run(context) })
}

/// The website stage's work, kept apart from its declaration.
enum WebsiteStage {
    /// The input files the pages show (not the participant lists, attendance or results).
    static let inputFiles = ["project.yaml", "framework.yaml", "outcomes.yaml", "programme.yaml", "operators.yaml",
                             "events.yaml", "people.yaml", "certification.yaml"]

    static func sharedInputs(_ inputs: BuildInputs) -> [InputRef] {
        var refs: [InputRef] = inputFiles.map(InputRef.input)
        refs.append(.template(inputs.styleFile))
        refs.append(.template("logo.svg"))
        // Every page names every language in its own words, so every label file counts.
        refs += inputs.data.project.languages.map { .template("labels/\($0).yaml") }
        refs += SiteTemplates.names.map { .template(SiteTemplates.path(of: $0)) }
        refs += SiteTemplates.assetFiles.map(InputRef.template)
        return refs
    }

    static func run(_ context: StageContext) throws {
        let inputs = try BuildInputs.from(context.environment)
        let templates = try SiteTemplates(read: context.readTemplate)
        let language = context.item.language
        let published = context.dependencyOutputs.filter(PublishedFiles.isPublicDocument).map(SiteDownload.init)
        let archives = context.dependencyOutputs.filter(PublishedFiles.isToolkitArchive).map(SiteDownload.init)
        let verification = try VerificationFiles(context: context)
        let builder = SiteBuilder(inputs: inputs, templates: templates, language: language ?? inputs.defaultLanguage,
                                  downloads: published, archives: archives,
                                  verificationIndexPath: verification.indexPath, keySetPath: verification.keySetPath,
                                  timestamp: context.environment.timestamp)
        var files: [SiteFile]
        if language != nil {
            files = try builder.files()
        } else {
            var scripts: [String: [UInt8]] = [:]
            for file in SiteTemplates.assetFiles where file.hasSuffix(".js") {
                scripts[String(file.split(separator: "/").last ?? "")] = try context.readTemplate(file)
            }
            let css = String(decoding: try context.readTemplate("html/site.css"), as: UTF8.self)
            files = try SiteRootFiles(builder: builder, siteCSS: css, scripts: scripts,
                                      logo: try? context.readTemplate("logo.svg")).files()
            for copy in verification.copies {
                let bytes = try context.readOutput(copy.source)
                files.append(SiteFile(path: copy.target, bytes: bytes))
                if copy.target == verification.keySetPath {
                    files.append(SiteFile(path: "verify/keys.js",
                                          bytes: Array("window.ISSUER_KEYS = ".utf8) + bytes + Array(";\n".utf8)))
                }
                if copy.target == verification.indexPath {
                    // A script twin of the index, which pages opened from file:// can load (fetch cannot).
                    files.append(SiteFile(path: "verify/verification-index.js",
                                          bytes: Array("window.VERIFICATION_INDEX = ".utf8) + bytes + Array(";\n".utf8)))
                }
            }
        }
        // Each item copies the published files of its language; the root item those of no language.
        for download in published + archives where download.entry.language == language
            || (language == nil && !inputs.data.project.languages.contains(download.entry.language ?? "")) {
            files.append(SiteFile(path: download.sitePath, bytes: try context.readOutput(download.entry.path)))
        }
        for file in files {
            try context.write("site/" + file.path, bytes: file.bytes, language: language,
                              format: file.path.hasSuffix(".html") ? .html : nil)
        }
    }
}
