import Foundation

/// Validates OpenDocument packages against the OASIS RELAX NG schemas in `shared/schemas/odf`.
///
/// Each XML part is checked on its own (the main schema's start pattern accepts
/// `office:document-content`, `-styles`, `-meta` and `-settings` as roots), with `jing -i`
/// (`-i` turns off the ID/IDREF compatibility checks the ODF schema itself fails), or with
/// `xmllint --relaxng` when jing is missing. The package structure is checked too: `mimetype`
/// first, stored and without extra field, the required parts present, and the manifest listing
/// exactly the files in the package.
public struct ODFValidator: Sendable {
    public enum Version: String, Sendable {
        case v1_2 = "1.2", v1_3 = "1.3", v1_4 = "1.4"
        var mainSchema: String {
            switch self {
            case .v1_2: "odf/OpenDocument-v1.2-os-schema.rng"
            case .v1_3: "odf/OpenDocument-v1.3-schema.rng"
            case .v1_4: "odf/OpenDocument-v1.4-schema.rng"
            }
        }
        var manifestSchema: String {
            switch self {
            case .v1_2: "odf/OpenDocument-v1.2-os-manifest-schema.rng"
            case .v1_3: "odf/OpenDocument-v1.3-manifest-schema.rng"
            case .v1_4: "odf/OpenDocument-v1.4-manifest-schema.rng"
            }
        }
    }

    public enum Tool: String, Sendable { case jing, xmllint }

    /// The ODF version whose schema is used (each schema accepts only its own `office:version`).
    public var version: Version
    /// The tool to use; nil picks jing when installed, else xmllint.
    public var tool: Tool?
    /// Parts the main schema checks, when present; `content.xml`, `styles.xml` and `meta.xml` are required.
    public static let mainSchemaParts = ["content.xml", "styles.xml", "meta.xml", "settings.xml"]
    static let requiredParts = ["content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"]

    public init(version: Version = .v1_3, tool: Tool? = nil) {
        self.version = version
        self.tool = tool
    }

    /// Validates the package at `url`.
    /// - Throws: `XCTSkip` when the schemas or both jing and xmllint are absent; `ZipReadError`
    ///   when the file is not a zip archive.
    public func validate(package url: URL) throws -> ValidationReport {
        try validate(packages: [url])[0]
    }

    /// Validates package bytes (as a writer returns them).
    public func validate(packageBytes: [UInt8], name: String = "document.odt") throws -> ValidationReport {
        try validate(contents: [(name, try ZipContents(bytes: packageBytes))])[0]
    }

    /// Validates many packages with one schema-tool run per schema: much faster than one by one.
    public func validate(packages urls: [URL]) throws -> [ValidationReport] {
        try validate(contents: urls.map { ($0.lastPathComponent, try ZipContents(url: $0)) })
    }

    /// Validates packages already read (or built, or tampered with) in memory.
    public func validate(contents packages: [(name: String, contents: ZipContents)]) throws -> [ValidationReport] {
        let mainSchema = try TestPaths.requireSchema(version.mainSchema)
        let manifestSchema = try TestPaths.requireSchema(version.manifestSchema)
        let chosenTool = try resolveTool()
        let scratch = try TemporaryDirectory(prefix: "odf")
        defer { scratch.remove() }

        var reports: [ValidationReport] = []
        var mainFiles: [URL] = []
        var manifestFiles: [URL] = []
        var owner: [String: (report: Int, part: String)] = [:]
        for (index, package) in packages.enumerated() {
            var report = ValidationReport(subject: package.name, tools: [chosenTool.rawValue])
            report.errors += Self.packageErrors(package.contents)
            let folder = scratch.url.appendingPathComponent("\(index)", isDirectory: true)
            try package.contents.extract(to: folder)
            for part in Self.mainSchemaParts where package.contents[part] != nil {
                let file = folder.appendingPathComponent(part)
                mainFiles.append(file)
                owner[file.path] = (index, part)
            }
            if package.contents["META-INF/manifest.xml"] != nil {
                let file = folder.appendingPathComponent("META-INF/manifest.xml")
                manifestFiles.append(file)
                owner[file.path] = (index, "META-INF/manifest.xml")
            }
            let checked = Set(Self.mainSchemaParts + ["META-INF/manifest.xml"])
            for name in package.contents.names where name.hasSuffix(".xml") && !checked.contains(name) {
                report.notChecked.append("\(name): no schema for this part")
            }
            reports.append(report)
        }

        for (schema, files) in [(mainSchema, mainFiles), (manifestSchema, manifestFiles)] where !files.isEmpty {
            let outcome = switch chosenTool {
            case .jing: try SchemaTool.jing(schema: schema, files: files)
            case .xmllint: try SchemaTool.xmllint(schemaFlag: "--relaxng", schema: schema, files: files)
            }
            for (path, messages) in outcome.errorsByFile {
                guard let (index, part) = owner[path] else { continue }
                reports[index].errors += messages.map { "\(part):\($0)" }
            }
            for (path, messages) in outcome.warningsByFile {
                guard let (index, part) = owner[path] else { continue }
                reports[index].warnings += messages.map { "\(part):\($0)" }
            }
            // A message no file claims cannot be pinned on one package: every package gets it.
            for index in reports.indices {
                reports[index].errors += outcome.general.map { "\(schema.lastPathComponent): \($0)" }
                reports[index].warnings += outcome.generalWarnings
            }
        }
        return reports
    }

    private func resolveTool() throws -> Tool {
        if let tool {
            guard ProcessRunner.which(tool.rawValue) != nil else {
                throw TestSkip.because("\(tool.rawValue) is not installed (Debian package \(tool == .jing ? "jing" : "libxml2-utils"))")
            }
            return tool
        }
        if ProcessRunner.which("jing") != nil { return .jing }
        if ProcessRunner.which("xmllint") != nil { return .xmllint }
        throw TestSkip.because("neither jing nor xmllint is installed (Debian packages jing, libxml2-utils)")
    }

    /// Checks of the package structure (ODF 1.3 Part 2, §3).
    static func packageErrors(_ contents: ZipContents) -> [String] {
        var errors: [String] = []
        let expectedMimetype = "application/vnd.oasis.opendocument.text"
        if let first = contents.entries.first, first.name == "mimetype" {
            if !first.isStored { errors.append("mimetype: must be stored uncompressed") }
            if first.hasExtraField { errors.append("mimetype: must have no extra field in its local header") }
            let text = String(decoding: first.bytes, as: UTF8.self)
            if !text.hasPrefix("application/vnd.oasis.opendocument.") || text.hasSuffix("\n") {
                errors.append("mimetype: '\(text)' is not an OpenDocument media type")
            }
        } else {
            errors.append("mimetype: must be the first entry of the package (found \(contents.names.first ?? "no entries"))")
        }
        for part in requiredParts where contents[part] == nil {
            errors.append("\(part): missing from the package")
        }
        if let manifest = contents["META-INF/manifest.xml"] {
            let listed = XMLScan.elements(named: "file-entry", in: String(decoding: manifest, as: UTF8.self)).compactMap { element in
                XMLScan.attribute("full-path", in: element).map { (path: $0, mediaType: XMLScan.attribute("media-type", in: element) ?? "") }
            }
            let mimetype = contents["mimetype"].map { String(decoding: $0, as: UTF8.self) } ?? expectedMimetype
            if let root = listed.first(where: { $0.path == "/" }) {
                if root.mediaType != mimetype {
                    errors.append("META-INF/manifest.xml: the root entry's media type '\(root.mediaType)' differs from mimetype '\(mimetype)'")
                }
            } else {
                errors.append("META-INF/manifest.xml: no file-entry for the package root '/'")
            }
            let listedPaths = Set(listed.map(\.path))
            for name in contents.names where name != "mimetype" && !name.hasPrefix("META-INF/") && !name.hasSuffix("/") {
                if !listedPaths.contains(name) { errors.append("META-INF/manifest.xml: does not list \(name)") }
            }
            let present = Set(contents.names)
            for entry in listed where entry.path != "/" && !entry.path.hasSuffix("/") && !present.contains(entry.path) {
                errors.append("META-INF/manifest.xml: lists \(entry.path), which is not in the package")
            }
        }
        return errors
    }
}

