import DocumentTree
import Foundation
import XCTest
@testable import DocumentWriters

/// Test helpers for the DOCX writer until the shared TestSupport module lands: sample trees,
/// golden files, external tools (xmllint, python-docx, LibreOffice).
enum DOCXFixtures {
    /// An 8×8 teal PNG.
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x08,
        0x00, 0x00, 0x00, 0x08, 0x08, 0x02, 0x00, 0x00, 0x00, 0x4B, 0x6D, 0x29, 0xDC, 0x00, 0x00, 0x00, 0x10, 0x49, 0x44, 0x41,
        0x54, 0x78, 0xDA, 0x63, 0x60, 0xA8, 0xE9, 0xC4, 0x8E, 0x86, 0x96, 0x04, 0x00, 0x5C, 0xFF, 0x41, 0x41, 0x57, 0x7C, 0x33,
        0x3D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]
    static let svg = Array("""
        <svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><rect width="40" height="20" fill="#1F3A68"/></svg>
        """.utf8)

    static func pngImage(alt: String = "Teal square") -> Image {
        Image(data: png, format: .png, altText: alt, width: .mm(20), height: .mm(20))
    }

    /// A document that uses every node type of the tree, in three sections.
    static var corpus: Document {
        let metadata = Metadata(title: "Manual of recognition — ș ț ă ã ç é", subtitle: "Corpus", authors: ["Ana Ionescu", "João Sá"],
                                language: "ro", date: "2027-03-12", description: "Every node type", keywords: ["DOCX", "test"])
        let intro: [Block] = [
            .paragraph(Paragraph(text: metadata.title, style: "Title")),
            .paragraph(Paragraph(text: "Subtitle with diacritics: ș ț ă ã ç é", style: "Subtitle")),
            .tableOfContents(TableOfContents(title: "Contents", depth: 3)),
            .pageBreak,
            .heading(Heading(level: 1, content: [.text("Identification of learning")])),
            .paragraph(Paragraph([
                .text("Plain, "), .emphasis([.text("emphasis")]), .text(", "), .strong([.text("strong")]), .text(", "),
                .strikethrough([.text("struck")]), .text(", E=mc"), .superscript([.text("2")]), .text(", H"), .subscript([.text("2")]),
                .text("O, "), .code("let x = 1"), .text(", "),
                .link(Link(target: .external("https://europa.eu/europass?a=1&b=2"), content: [.text("Europass")])), .text(", "),
                .link(Link(target: .internal(anchor: "assessment"), content: [.text("see Assessment")])),
                .footnote([.paragraph(Paragraph(text: "A footnote about ECVET points."))]),
                .lineBreak, .text("After a line break"), Inline.nonBreakingSpace, .text("and a non-breaking space."),
            ])),
            .paragraph(Paragraph([.checkbox(checked: false), .text(" not yet "), .checkbox(checked: true), .text(" done"),
                                  .text(" "), .styled(style: "Highlight", [.text("highlighted")]),
                                  .text(" "), .formatted(TextFormat(fontSize: 14, bold: true, color: Color(red: 200, green: 0, blue: 0)), [.text("red and big")]),
                                  .text(" "), .image(pngImage(alt: "Inline square"))], alignment: .justify)),
            .heading(Heading(level: 2, content: [.text("Lists")])),
            .list(List(kind: .bullet, items: [
                [.paragraph(Paragraph(text: "Bullet one"))],
                [.paragraph(Paragraph(text: "Bullet two")),
                 .list(List(kind: .ordered(start: 3), items: [[.paragraph(Paragraph(text: "Nested three"))], [.paragraph(Paragraph(text: "Nested four"))]]))],
            ])),
            .list(List(kind: .ordered(start: 1), items: [[.paragraph(Paragraph(text: "First step"))], [.paragraph(Paragraph(text: "Second step"))]], isTight: false)),
            .heading(Heading(level: 3, content: [.text("Evidence table")])),
            .table(Table(
                columns: [TableColumn(weight: 2), TableColumn(weight: 1, alignment: .center), TableColumn(weight: 1, alignment: .end)],
                headerRows: [TableRow(cells: [TableCell(text: "Unit"), TableCell(text: "Hours"), TableCell(text: "ECVET")])],
                bodyRows: [
                    TableRow(cells: [TableCell(text: "Digital resources", rowSpan: 2), TableCell(text: "12"), TableCell(text: "1.5")]),
                    TableRow(cells: [TableCell(text: "8"), TableCell(text: "1")]),
                    TableRow(cells: [TableCell(text: "Spanning two columns", columnSpan: 2, shading: Color(hex: "#FFF2CC")), TableCell(text: "0.5")]),
                    TableRow(cells: [TableCell(text: "Signature"), TableCell(text: ""), TableCell(text: "")], height: .mm(15)),
                ],
                caption: [.text("Table 1 — Units and credits")])),
            .figure(Figure(image: pngImage(), caption: [.text("Figure 1 — A teal square")])),
            .figure(Figure(image: Image(data: svg, format: .svg, pngFallback: png, altText: "Vector with fallback", width: .mm(40), height: .mm(20)))),
            .blockQuote([.paragraph(Paragraph(text: "A quotation from the EQAVET framework."))]),
            .codeBlock(CodeBlock(text: "func main() {\n\tprint(\"<&>\")\n}\n", language: "swift")),
            .horizontalRule,
            .heading(Heading(level: 2, content: [.text("Assessment")], id: "assessment")),
            .paragraph(Paragraph([.text("Pages: "), .field(.pageNumber), .text(" of "), .field(.pageCount)], keepWithNext: true)),
        ]
        let landscape: [Block] = [
            .heading(Heading(level: 1, content: [.text("Documentation in landscape")])),
            .table(Table(columns: [TableColumn(), TableColumn(), TableColumn(), TableColumn()],
                         headerRows: [TableRow(cells: [TableCell(text: "A"), TableCell(text: "B"), TableCell(text: "C"), TableCell(text: "D")])],
                         bodyRows: (1...6).map { row in TableRow(cells: (1...4).map { TableCell(text: "r\(row)c\($0)") }) })),
        ]
        let last: [Block] = [
            .heading(Heading(level: 1, content: [.text("Certification")])),
            .paragraph(Paragraph(text: "A section without running header or footer.", style: "Small")),
            // A cell ending with a list whose item opens with a nested table.
            .table(Table(columns: [TableColumn(), TableColumn()], bodyRows: [TableRow(cells: [
                TableCell(text: "Outer"),
                TableCell(blocks: [.list(List(kind: .bullet, items: [[
                    .table(Table(columns: [TableColumn()], bodyRows: [TableRow(cells: [TableCell(text: "Inner")])])),
                ]]))], verticalAlignment: .middle),
            ])])),
        ]
        return Document(metadata: metadata, sections: [
            Section(blocks: intro),
            Section(pageSetup: .a4Landscape, header: RunningContent(blocks: [.paragraph(Paragraph(text: "Landscape header"))]), blocks: landscape),
            Section(header: RunningContent.empty, footer: RunningContent.empty, blocks: last),
        ])
    }

    /// Options with a logo, so header parts carry an image relationship.
    static var options: WriterOptions {
        var style = HouseStyle.default
        style.logo = pngImage(alt: "Project logo")
        style.running.footer = "Co-funded by the European Union"
        return WriterOptions(style: style)
    }
}

/// Golden files under `Goldens/docx/`: recorded when missing or when `RECORD_SNAPSHOTS=1`.
enum DOCXGolden {
    static var sourceDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens/docx")
    }

    static func assertMatches(_ actual: [UInt8], named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let actualText = String(decoding: actual, as: UTF8.self).replacingOccurrences(of: "><", with: ">\n<")
        let sourceURL = sourceDirectory.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        let bundled = Bundle.module.url(forResource: "Goldens/docx/\(name)", withExtension: nil)
        let expectedText = (try? String(contentsOf: sourceURL, encoding: .utf8)) ?? bundled.flatMap { try? String(contentsOf: $0, encoding: .utf8) }
        if record || expectedText == nil {
            try FileManager.default.createDirectory(at: sourceDirectory, withIntermediateDirectories: true)
            try actualText.write(to: sourceURL, atomically: true, encoding: .utf8)
            XCTFail("Recorded golden \(name) at \(sourceURL.path); check it and run again", file: file, line: line)
            return
        }
        guard let expectedText, expectedText != actualText else { return }
        let expectedLines = expectedText.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actualText.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for index in 0..<max(expectedLines.count, actualLines.count) where diff.count < 40 {
            let expected = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if expected != got { diff.append("line \(index + 1):\n  - \(expected)\n  + \(got)") }
        }
        XCTFail("\(name) differs from its golden (RECORD_SNAPSHOTS=1 to re-record):\n" + diff.joined(separator: "\n"), file: file, line: line)
    }
}

/// External programs the DOCX tests use.
enum DOCXTools {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `../shared/schemas/ooxml` next to the package, or nil.
    static var schemaDirectory: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas/ooxml")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("ooxml-transitional-all.xsd").path) ? url : nil
    }

    static func find(_ name: String, in candidates: [String] = ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]) -> String? {
        for directory in candidates where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
            return "\(directory)/\(name)"
        }
        return nil
    }

    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs a program and returns its exit status and standard output + error.
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// A fresh temporary directory.
    static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docx-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes the entries as files under `directory`.
    static func extract(_ entries: [ArchiveEntry], to directory: URL) throws {
        for entry in entries {
            let url = directory.appendingPathComponent(entry.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(entry.bytes).write(to: url)
        }
    }

    /// A python3 that can `import docx`, or nil.
    static var pythonWithDocx: String? {
        for candidate in ["/usr/bin/python3", "/usr/local/bin/python3"] where FileManager.default.isExecutableFile(atPath: candidate) {
            if let result = try? run(candidate, ["-c", "import docx"]), result.status == 0 { return candidate }
        }
        return nil
    }
}
