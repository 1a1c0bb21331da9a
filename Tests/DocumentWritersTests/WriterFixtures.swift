import CLibXML2
import DocumentTree
import DocumentWriters
import Foundation
import TestSupport
import XCTest

/// What the writer tests share beyond TestSupport: the house style they write with, the small
/// trees of the golden files, and reading a writer's output back as a package, a page or text.
/// (Validators, corpora, the zip reader, goldens and processes come from TestSupport.)
enum WriterFixtures {
    /// The default house style with a PNG logo in the header and a funding notice in the footer,
    /// so running parts carry an image and the text a printed manual must show.
    static var houseStyle: HouseStyle {
        var style = HouseStyle.default
        style.logo = Image(data: TestImages.solidPNG(), format: .png, altText: "Project logo", width: .mm(13.5), height: .mm(9))
        style.running.footer = fundingNotice
        return style
    }

    static let fundingNotice = "Co-funded by the Erasmus+ Programme of the European Union"

    static var options: WriterOptions { WriterOptions(style: houseStyle) }

    /// One heading and one paragraph (ODT golden `heading-paragraph.*`).
    static let headingAndParagraph = Document(
        metadata: Metadata(title: "Small", language: "fr"),
        blocks: [
            .heading(Heading(level: 1, content: [.text("Objectifs")])),
            .paragraph(Paragraph([.text("Un paragraphe avec "), .emphasis([.text("emphase")]), .text(".")])),
        ])

    /// An ordered list starting at 2 with a nested bullet list (ODT golden `nested-list.*`).
    static let nestedList = Document(
        metadata: Metadata(title: "List", language: "en"),
        blocks: [
            .list(List(kind: .ordered(start: 2), items: [
                [.paragraph(Paragraph(text: "Two"))],
                [.paragraph(Paragraph(text: "Three")), .list(List(kind: .bullet, items: [[.paragraph(Paragraph(text: "Inner"))]]))],
            ])),
        ])

    /// A table with a row span and a column span (ODT golden `spanned-table.*`).
    static let spannedTable = Document(
        metadata: Metadata(title: "Table", language: "ro"),
        blocks: [
            .table(Table(
                columns: [TableColumn(weight: 2), TableColumn(weight: 1)],
                headerRows: [TableRow(cells: [TableCell(text: "A"), TableCell(text: "B")])],
                bodyRows: [
                    TableRow(cells: [TableCell(text: "spans two rows", rowSpan: 2), TableCell(text: "1")]),
                    TableRow(cells: [TableCell(text: "2")]),
                    TableRow(cells: [TableCell(text: "spans two columns", columnSpan: 2)]),
                ])),
        ])

    /// A cell ending with a list whose item holds a nested table (validated in `AllWritersCorpusTests`).
    static let tableInListInCell = Document(metadata: Metadata(title: "Nested"), blocks: [
        .table(Table(columns: [TableColumn(), TableColumn()], bodyRows: [TableRow(cells: [
            TableCell(text: "Outer"),
            TableCell(blocks: [.list(List(kind: .bullet, items: [[
                .table(Table(columns: [TableColumn()], bodyRows: [TableRow(cells: [TableCell(text: "Inner")])])),
            ]]))], verticalAlignment: .middle),
        ])])),
    ])
}

extension DocumentWriter {
    /// The written package, read back with TestSupport's zip reader.
    func package(_ document: Document, options: WriterOptions = WriterOptions()) throws -> ZipContents {
        try ZipContents(bytes: write(document, options: options))
    }

    /// One part of the written package as text.
    func part(_ name: String, of document: Document, options: WriterOptions = WriterOptions()) throws -> String {
        try package(document, options: options).text(name)
    }

    /// The written file as text (HTML).
    func text(_ document: Document, options: WriterOptions = WriterOptions()) throws -> String {
        String(decoding: try write(document, options: options), as: UTF8.self)
    }
}

extension Document {
    /// The same document with every table caption removed (writers add caption text that the
    /// tree's plain text leaves out).
    var withoutTableCaptions: Document {
        var copy = self
        func strip(_ blocks: [Block]) -> [Block] {
            blocks.map { block in
                guard case .table(var table) = block else { return block }
                table.caption = []
                return .table(table)
            }
        }
        copy.sections = sections.map { section in
            var section = section
            section.blocks = strip(section.blocks)
            return section
        }
        return copy
    }
}

/// Reading ODF XML: pretty printing for goldens, and the text a reader sees.
enum ODFText {
    /// Re-serialises XML with libxml2's formatter (one element per line where there is no
    /// mixed content), for readable golden files and diffs.
    static func prettyPrinted(_ xml: String) -> String {
        guard let document = parse(xml) else { return "<!-- not well-formed -->\n" + xml }
        defer { xmlFreeDoc(document) }
        var output: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(document, &output, &size, "UTF-8", 1)
        guard let output else { return "" }
        defer { free(output) }
        return String(decoding: UnsafeBufferPointer(start: output, count: Int(size)), as: UTF8.self)
    }

    static func isWellFormed(_ xml: String) -> Bool {
        guard let document = parse(xml) else { return false }
        xmlFreeDoc(document)
        return true
    }

    private static func parse(_ xml: String) -> xmlDocPtr? {
        var bytes = Array(xml.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", Int32(XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue))
                }
            }
        }
    }

    /// The text of `content.xml` as a reader sees it: one line per paragraph or heading, with
    /// `text:s`, `text:tab` and `text:line-break` expanded, leaving out the table of contents,
    /// footnotes and fields (which the tree's plain text leaves out too).
    static func bodyText(ofContent xml: String) -> String {
        guard let document = parse(xml), let root = xmlDocGetRootElement(document) else { return "" }
        defer { xmlFreeDoc(document) }
        var lines: [String] = []
        var current = ""
        func name(_ node: xmlNodePtr) -> String {
            let local = node.pointee.name.map { String(cString: $0) } ?? ""
            let prefix = node.pointee.ns?.pointee.prefix.map { String(cString: $0) } ?? ""
            return prefix.isEmpty ? local : prefix + ":" + local
        }
        func visit(_ node: xmlNodePtr) {
            var child = node.pointee.children
            while let current = child {
                handle(current)
                child = current.pointee.next
            }
        }
        func handle(_ node: xmlNodePtr) {
            if node.pointee.type == XML_TEXT_NODE {
                if let content = node.pointee.content { current += String(cString: content) }
                return
            }
            guard node.pointee.type == XML_ELEMENT_NODE else { return }
            switch name(node) {
            case "text:table-of-content", "text:note", "text:page-number", "text:page-count", "svg:title", "svg:desc",
                 "office:automatic-styles", "office:font-face-decls":
                return
            case "text:s":
                let count = xmlGetProp(node, "c").map { pointer -> Int in
                    defer { free(pointer) }
                    return Int(String(cString: pointer)) ?? 1
                } ?? 1
                current += String(repeating: " ", count: count)
            case "text:tab": current += "\t"
            case "text:line-break": current += "\n"
            case "text:p", "text:h":
                visit(node)
                lines.append(current)
                current = ""
            default:
                visit(node)
            }
        }
        visit(root)
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

/// DOCX goldens hold the part with a line break between adjacent tags, for readable diffs.
enum DOCXGoldenText {
    static func lines(_ xml: String) -> String {
        xml.replacingOccurrences(of: "><", with: ">\n<")
    }
}

/// Reading an HTML page back.
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
        return body.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
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
