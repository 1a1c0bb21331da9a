import Foundation

/// What python-docx reads from a DOCX: the round-trip view of a writer's output.
///
/// Runs `python3 -c …` with the first interpreter that can `import docx`: the `python3` on PATH
/// (pip's python-docx) or `/usr/bin/python3` (Debian's python3-docx).
public struct DOCXReadBack: Sendable, Decodable {
    public struct Paragraph: Sendable, Decodable, Equatable {
        public var text: String
        /// The style's display name (`Heading 1`, `Normal`, `Title`…).
        public var style: String?
    }

    public struct Section: Sendable, Decodable, Equatable {
        /// Page width and height in points.
        public var width: Double?
        public var height: Double?
        public var orientation: String
        public var topMargin: Double?
        public var bottomMargin: Double?
        public var leftMargin: Double?
        public var rightMargin: Double?
        /// The text of the section's primary header and footer, paragraphs joined by newlines.
        public var header: String
        public var footer: String
    }

    public struct CoreProperties: Sendable, Decodable, Equatable {
        public var title: String?
        public var author: String?
        public var language: String?
        public var subject: String?
        public var keywords: String?
    }

    /// Body paragraphs (outside tables), in order.
    public var paragraphs: [Paragraph]
    /// Each table's rows of cell texts; a merged cell repeats in every grid slot it covers.
    public var tables: [[[String]]]
    public var sections: [Section]
    public var core: CoreProperties

    /// Body paragraph texts.
    public var paragraphTexts: [String] { paragraphs.map(\.text) }

    /// Reads the DOCX at `url`.
    /// - Throws: `XCTSkip` when no python3 with python-docx is found; `ProcessRunnerError` when
    ///   python-docx cannot open the file (its traceback is in the message).
    public static func read(_ url: URL) throws -> DOCXReadBack {
        guard let python = interpreter else {
            throw TestSkip.because("no python3 with python-docx (pip python-docx or Debian python3-docx)")
        }
        let result = try ProcessRunner.run(python, ["-c", script, url.path], timeout: 120)
        guard result.succeeded else {
            throw ProcessRunnerError(description: "python-docx cannot read \(url.lastPathComponent):\n\(result.standardError)")
        }
        do {
            return try JSONDecoder().decode(DOCXReadBack.self, from: Data(result.standardOutput.utf8))
        } catch {
            throw ProcessRunnerError(description: "unexpected python-docx output for \(url.lastPathComponent): \(error)")
        }
    }

    /// Reads DOCX bytes (written to a temporary file first).
    public static func read(bytes: [UInt8]) throws -> DOCXReadBack {
        let directory = try TemporaryDirectory(prefix: "docx")
        defer { directory.remove() }
        return try read(try directory.write(bytes, to: "document.docx"))
    }

    /// The first python3 that has python-docx, or nil.
    public static let interpreter: String? = {
        let candidates = [ProcessRunner.which("python3"), "/usr/bin/python3"].compactMap { $0 }
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            if let result = try? ProcessRunner.run(candidate, ["-c", "import docx"], timeout: 30), result.succeeded {
                return candidate
            }
        }
        return nil
    }()

    static let script = #"""
import json, sys
import docx
from docx.enum.section import WD_ORIENT

def pt(length):
    return None if length is None else round(length.pt, 2)

def text_of(part):
    return "\n".join(p.text for p in part.paragraphs)

document = docx.Document(sys.argv[1])
sections = []
for s in document.sections:
    sections.append({
        "width": pt(s.page_width), "height": pt(s.page_height),
        "orientation": "landscape" if s.orientation == WD_ORIENT.LANDSCAPE else "portrait",
        "topMargin": pt(s.top_margin), "bottomMargin": pt(s.bottom_margin),
        "leftMargin": pt(s.left_margin), "rightMargin": pt(s.right_margin),
        "header": text_of(s.header), "footer": text_of(s.footer),
    })
core = document.core_properties
out = {
    "paragraphs": [{"text": p.text, "style": p.style.name if p.style is not None else None} for p in document.paragraphs],
    "tables": [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables],
    "sections": sections,
    "core": {"title": core.title, "author": core.author, "language": core.language,
             "subject": core.subject, "keywords": core.keywords},
}
json.dump(out, sys.stdout, ensure_ascii=False)
"""#
}
