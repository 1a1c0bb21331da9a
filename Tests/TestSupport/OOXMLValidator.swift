import Foundation

/// Validates DOCX packages against the ECMA-376 Transitional schemas in `shared/schemas/ooxml`.
///
/// Every XML part and relationship part goes to `xmllint --schema ooxml-transitional-all.xsd`
/// (the project's driver schema) in one xmllint run for all packages; `docProps/core.xml` goes to
/// `jing -c opc-coreProperties.rnc` (the core-properties XSD imports Dublin Core from the web,
/// which xmllint cannot load offline). The package is cross-checked too: every part has a
/// content type, and every internal relationship points at a part that exists.
public struct OOXMLValidator: Sendable {
    static let driverSchema = "ooxml/ooxml-transitional-all.xsd"
    static let corePropertiesSchema = "ooxml/OpenPackagingConventions-RELAXNG/opc-coreProperties.rnc"
    static let requiredParts = ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]

    public init() {}

    /// Validates the package at `url`.
    /// - Throws: `XCTSkip` when the schemas or xmllint are absent; `ZipReadError` for a non-zip.
    public func validate(package url: URL) throws -> ValidationReport {
        try validate(packages: [url])[0]
    }

    /// Validates package bytes (as a writer returns them).
    public func validate(packageBytes: [UInt8], name: String = "document.docx") throws -> ValidationReport {
        try validate(contents: [(name, try ZipContents(bytes: packageBytes))])[0]
    }

    /// Validates many packages with one xmllint run (the big schema is loaded once).
    public func validate(packages urls: [URL]) throws -> [ValidationReport] {
        try validate(contents: urls.map { ($0.lastPathComponent, try ZipContents(url: $0)) })
    }

    /// Validates packages already read (or built, or tampered with) in memory.
    public func validate(contents packages: [(name: String, contents: ZipContents)]) throws -> [ValidationReport] {
        let driver = try TestPaths.requireSchema(Self.driverSchema)
        _ = try TestSkip.requireTool("xmllint", package: "libxml2-utils")
        let coreSchema = try? TestPaths.requireSchema(Self.corePropertiesSchema)
        let hasJing = ProcessRunner.which("jing") != nil
        let scratch = try TemporaryDirectory(prefix: "ooxml")
        defer { scratch.remove() }

        var reports: [ValidationReport] = []
        var schemaFiles: [URL] = []
        var coreFiles: [URL] = []
        var owner: [String: (report: Int, part: String)] = [:]
        for (index, package) in packages.enumerated() {
            var report = ValidationReport(subject: package.name, tools: ["xmllint"])
            report.errors += Self.packageErrors(package.contents)
            let folder = scratch.url.appendingPathComponent("\(index)", isDirectory: true)
            try package.contents.extract(to: folder)
            for name in package.contents.names where name.hasSuffix(".xml") || name.hasSuffix(".rels") {
                let file = folder.appendingPathComponent(name)
                owner[file.path] = (index, name)
                if name == "docProps/core.xml" {
                    if hasJing, coreSchema != nil {
                        coreFiles.append(file)
                        if !report.tools.contains("jing") { report.tools.append("jing") }
                    } else {
                        report.notChecked.append("docProps/core.xml: needs jing and \(Self.corePropertiesSchema)")
                    }
                } else {
                    schemaFiles.append(file)
                }
            }
            reports.append(report)
        }

        var outcomes: [(String, SchemaTool.Outcome)] = []
        if !schemaFiles.isEmpty {
            outcomes.append((driver.lastPathComponent, try SchemaTool.xmllint(schemaFlag: "--schema", schema: driver, files: schemaFiles)))
        }
        if let coreSchema, !coreFiles.isEmpty {
            outcomes.append((coreSchema.lastPathComponent, try SchemaTool.jing(schema: coreSchema, files: coreFiles, compactSyntax: true)))
        }
        for (schemaName, outcome) in outcomes {
            for (path, messages) in outcome.errorsByFile.sorted(by: { $0.key < $1.key }) {
                guard let (index, part) = owner[path] else { continue }
                reports[index].errors += messages.map { "\(part):\($0)" }
            }
            for (path, messages) in outcome.warningsByFile.sorted(by: { $0.key < $1.key }) {
                guard let (index, part) = owner[path] else { continue }
                reports[index].warnings += messages.map { "\(part):\($0)" }
            }
            for index in reports.indices {
                reports[index].errors += outcome.general.map { "\(schemaName): \($0)" }
                reports[index].warnings += outcome.generalWarnings
            }
        }
        return reports
    }

    /// Checks of the package structure (ECMA-376 Part 2): required parts, a content type for
    /// every part, and internal relationship targets that exist.
    static func packageErrors(_ contents: ZipContents) -> [String] {
        var errors: [String] = []
        for part in requiredParts where contents[part] == nil {
            errors.append("\(part): missing from the package")
        }
        if let types = contents["[Content_Types].xml"].map({ String(decoding: $0, as: UTF8.self) }) {
            let defaults = Set(XMLScan.elements(named: "Default", in: types).compactMap { XMLScan.attribute("Extension", in: $0)?.lowercased() })
            let overrides = Set(XMLScan.elements(named: "Override", in: types).compactMap { XMLScan.attribute("PartName", in: $0)?.lowercased() })
            for name in contents.names where name != "[Content_Types].xml" && !name.hasSuffix("/") {
                let fileExtension = name.split(separator: "/").last.flatMap { $0.contains(".") ? $0.split(separator: ".").last : nil }
                let hasDefault = fileExtension.map { defaults.contains($0.lowercased()) } ?? false
                if !hasDefault && !overrides.contains("/" + name.lowercased()) {
                    errors.append("[Content_Types].xml: no content type for \(name)")
                }
            }
            for partName in overrides where !contents.names.contains(where: { "/" + $0.lowercased() == partName }) {
                errors.append("[Content_Types].xml: Override for \(partName), which is not in the package")
            }
        }
        let present = Set(contents.names)
        for name in contents.names where name.hasSuffix(".rels") {
            // word/_rels/document.xml.rels describes word/document.xml: targets resolve from word/.
            let components = name.split(separator: "/", omittingEmptySubsequences: false)
            let sourceFolder = components.dropLast(2)
            let xml = String(decoding: contents[name] ?? [], as: UTF8.self)
            for relationship in XMLScan.elements(named: "Relationship", in: xml) {
                guard XMLScan.attribute("TargetMode", in: relationship) != "External",
                      let target = XMLScan.attribute("Target", in: relationship) else { continue }
                let decoded = target.removingPercentEncoding ?? target
                let resolved = resolve(decoded, from: Array(sourceFolder.map(String.init)))
                if !present.contains(resolved) {
                    let id = XMLScan.attribute("Id", in: relationship) ?? "?"
                    errors.append("\(name): relationship \(id) points at \(target), which is not in the package")
                }
            }
        }
        return errors
    }

    /// A part name from a relationship target, relative to the source part's folder or absolute.
    static func resolve(_ target: String, from folder: [String]) -> String {
        var parts = target.hasPrefix("/") ? [] : folder
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }
}
