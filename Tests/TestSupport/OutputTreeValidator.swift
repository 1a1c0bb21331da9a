import Foundation
import XCTest

/// Validates every output under a folder (a build's `Build/`) with the validator of its format,
/// one batch per format: `.odt` with `ODFValidator`, `.docx` with `OOXMLValidator`, `.html`
/// and `.css` with `NuHTMLValidator`.
public struct OutputTreeValidator: Sendable {
    /// What validating a tree found.
    public struct Result: Sendable {
        /// One report per file, sorted by path.
        public var reports: [ValidationReport]
        /// Formats that could not be checked, each with the reason (a missing tool or schema).
        public var skipped: [String]

        public var invalid: [ValidationReport] { reports.filter { !$0.isValid } }
    }

    public var odf: ODFValidator
    public var ooxml: OOXMLValidator
    public var html: NuHTMLValidator

    public init(odf: ODFValidator = ODFValidator(), ooxml: OOXMLValidator = OOXMLValidator(), html: NuHTMLValidator = NuHTMLValidator()) {
        self.odf = odf
        self.ooxml = ooxml
        self.html = html
    }

    /// The files under `directory` (recursively) with `extensions`, sorted by path.
    public static func files(under directory: URL, extensions: Set<String>) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator where extensions.contains(url.pathExtension.lowercased()) {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Validates every ODT, DOCX, HTML and CSS file under `directory`.
    ///
    /// A format whose tool is missing is listed in `skipped` rather than stopping the others.
    /// Report subjects are paths relative to `directory`.
    public func validate(directory: URL) throws -> Result {
        var reports: [ValidationReport] = []
        var skipped: [String] = []
        let root = directory.standardizedFileURL.path + "/"
        func relative(_ report: ValidationReport, _ file: URL) -> ValidationReport {
            var copy = report
            let path = file.standardizedFileURL.path
            copy.subject = path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
            return copy
        }
        let groups: [(String, Set<String>, ([URL]) throws -> [ValidationReport])] = [
            ("ODT", ["odt"], { try odf.validate(packages: $0) }),
            ("DOCX", ["docx"], { try ooxml.validate(packages: $0) }),
            ("HTML/CSS", ["html", "htm", "css"], { try html.validate(files: $0) }),
        ]
        for (label, extensions, validate) in groups {
            let files = Self.files(under: directory, extensions: extensions)
            guard !files.isEmpty else { continue }
            do {
                reports += zip(try validate(files), files).map { relative($0, $1) }
            } catch let skip as XCTSkip {
                skipped.append("\(label) (\(files.count) files): \(skip.message ?? "\(skip)")")
            }
        }
        return Result(reports: reports.sorted { $0.subject < $1.subject }, skipped: skipped)
    }

    /// Fails the test for every invalid file, then throws `XCTSkip` naming the formats that could
    /// not be checked, so a partial check never passes silently.
    public func assertValid(directory: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try validate(directory: directory)
        result.reports.assertAllValid(file: file, line: line)
        if !result.skipped.isEmpty {
            throw TestSkip.because("not checked: " + result.skipped.joined(separator: "; "))
        }
    }
}
