import DocumentTree
import Foundation
import XCTest
@testable import DocumentWriters

/// The corpus DOCX checked by external readers: the OOXML schemas, python-docx, LibreOffice.
final class DOCXValidationTests: XCTestCase {
    /// Writes the corpus parts and the package into a temporary directory (or `DOCX_KEEP_DIR`).
    private func writeCorpus(_ label: String) throws -> (directory: URL, package: URL, entries: [ArchiveEntry]) {
        let directory: URL
        if let keep = ProcessInfo.processInfo.environment["DOCX_KEEP_DIR"] {
            directory = URL(fileURLWithPath: keep).appendingPathComponent(label)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } else {
            directory = try DOCXTools.temporaryDirectory(label)
            addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        }
        let entries = DOCXWriter().parts(DOCXFixtures.corpus, options: DOCXFixtures.options)
        try DOCXTools.extract(entries, to: directory.appendingPathComponent("parts"))
        let package = directory.appendingPathComponent("corpus.docx")
        try Data(try DOCXWriter().write(DOCXFixtures.corpus, options: DOCXFixtures.options)).write(to: package)
        return (directory, package, entries)
    }

    func testEveryCorpusPartIsValidAgainstTheOOXMLSchemas() throws {
        guard let schemas = DOCXTools.schemaDirectory else { throw XCTSkip("../shared/schemas/ooxml is absent: OOXML schema validation skipped") }
        guard let xmllint = DOCXTools.find("xmllint") else { throw XCTSkip("xmllint is not installed: OOXML schema validation skipped") }
        let (directory, _, entries) = try writeCorpus("schema")
        let parts = entries.map(\.path).filter { ($0.hasSuffix(".xml") || $0.hasSuffix(".rels")) && $0 != "docProps/core.xml" }
        XCTAssertTrue(parts.contains("word/header1.xml") && parts.contains("word/footer1.xml") && parts.contains("word/_rels/header1.xml.rels"))
        let result = try DOCXTools.run(xmllint, ["--noout", "--schema", schemas.appendingPathComponent("ooxml-transitional-all.xsd").path] + parts,
                                       in: directory.appendingPathComponent("parts"))
        XCTAssertEqual(result.status, 0, result.output)
        for part in parts { XCTAssertTrue(result.output.contains("\(part) validates"), "\(part): \(result.output)") }

        guard let jing = DOCXTools.find("jing") else { throw XCTSkip("jing is not installed: RELAX NG checks skipped") }
        // The RELAX NG schemas are stricter than the XSDs about the order of properties.
        for (schema, part) in [("WordprocessingML_Main_Document.rnc", "word/document.xml"), ("WordprocessingML_Style_Definitions.rnc", "word/styles.xml")] {
            let strict = try DOCXTools.run(jing, ["-c", schemas.appendingPathComponent("OfficeOpenXML-RELAXNG-Transitional/\(schema)").path,
                                                  directory.appendingPathComponent("parts/\(part)").path])
            XCTAssertEqual(strict.status, 0, "\(part): \(strict.output)")
        }
        let core = try DOCXTools.run(jing, ["-c", schemas.appendingPathComponent("OpenPackagingConventions-RELAXNG/opc-coreProperties.rnc").path,
                                            directory.appendingPathComponent("parts/docProps/core.xml").path])
        XCTAssertEqual(core.status, 0, core.output)
    }

    func testPythonDocxReadsTheTextOfTheTree() throws {
        guard let python = DOCXTools.pythonWithDocx else { throw XCTSkip("python-docx is not installed (pip install python-docx)") }
        let (_, package, _) = try writeCorpus("python")
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            for p in d.paragraphs:
                print("P\\t" + p.style.name + "\\t" + p.text.replace("\\n", "<br>").replace("\\t", "<tab>"))
                print("X\\t" + p.style.name + "\\t" + "".join(p._p.xpath(".//w:t/text()")))
            for t in d.tables:
                for r in t.rows:
                    print("R\\t" + "|".join(c.text for c in r.cells))
            for s in d.sections:
                print("S\\t" + str(s.orientation) + "\\t" + s.header.paragraphs[0].text)
            """
        let result = try DOCXTools.run(python, ["-c", script, package.path])
        XCTAssertEqual(result.status, 0, result.output)
        let lines = result.output.split(separator: "\n").map(String.init)
        let paragraphs = lines.filter { $0.hasPrefix("P\t") }
        XCTAssertTrue(paragraphs.contains("P\tHeading 1\tIdentification of learning"), result.output)
        XCTAssertTrue(paragraphs.contains("P\tTitle\tManual of recognition — ș ț ă ã ç é"))
        XCTAssertTrue(lines.contains("X\ttoc 2\tLists"), "TOC entries are real paragraphs")
        XCTAssertTrue(paragraphs.contains("P\tNormal\tBullet one"))
        XCTAssertTrue(paragraphs.contains("P\tCode\tfunc main() {<br><tab>print(\"<&>\")<br>}"), result.output)
        XCTAssertTrue(lines.contains("R\tUnit|Hours|ECVET"))
        XCTAssertTrue(lines.contains("R\tDigital resources|12|1.5"))
        XCTAssertTrue(lines.contains("R\tDigital resources|8|1"), "the row span reads back in both rows")
        XCTAssertTrue(lines.contains("R\tSpanning two columns|Spanning two columns|0.5"))
        XCTAssertTrue(lines.contains("R\tr6c1|r6c2|r6c3|r6c4"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("S\tLANDSCAPE") && $0.hasSuffix("Landscape header") }, result.output)
    }

    func testLibreOfficeRendersTheCorpusWithItsTableOfContents() throws {
        guard let soffice = DOCXTools.find("soffice") else { throw XCTSkip("LibreOffice (soffice) is not installed") }
        guard let pdftotext = DOCXTools.find("pdftotext") else { throw XCTSkip("pdftotext (poppler-utils) is not installed") }
        let (directory, package, _) = try writeCorpus("soffice")
        let profile = try DOCXTools.temporaryDirectory("lo-profile")
        addTeardownBlock { try? FileManager.default.removeItem(at: profile) }
        let convert = try DOCXTools.run(soffice, ["--headless", "-env:UserInstallation=\(profile.absoluteString)", "--convert-to", "pdf",
                                                  "--outdir", directory.path, package.path])
        let pdf = directory.appendingPathComponent("corpus.pdf")
        XCTAssertTrue(FileManager.default.fileExists(atPath: pdf.path), "no PDF: \(convert.output)")
        let text = try DOCXTools.run(pdftotext, ["-layout", pdf.path, "-"]).output
        for expected in ["Contents", "ș ț ă ã ç é", "Identification of learning", "Evidence table", "Digital resources",
                         "A footnote about ECVET points.", "Co-funded by the European Union", "Landscape header", "r6c4"] {
            XCTAssertTrue(text.contains(expected), "PDF lacks \(expected)")
        }
        let beforeFirstHeading = text.components(separatedBy: "Identification of learning").first ?? ""
        XCTAssertTrue(beforeFirstHeading.contains("Contents"))
        XCTAssertGreaterThanOrEqual(text.components(separatedBy: "Documentation in landscape").count - 1, 2, "TOC entry and heading")
    }
}
