import DocumentTree
import Foundation
import TestSupport
import XCTest

/// The test support proves it can fail: each validator rejects a broken file and accepts a good one.
final class TestSupportSelfTests: XCTestCase {
    // MARK: Process runner and paths

    func testProcessRunnerCapturesOutputErrorAndExitStatus() throws {
        let result = try ProcessRunner.run("sh", ["-c", "echo out; echo err >&2; exit 3"])
        XCTAssertEqual(result.standardOutput, "out\n")
        XCTAssertEqual(result.standardError, "err\n")
        XCTAssertEqual(result.exitStatus, 3)
        XCTAssertFalse(result.succeeded)
        XCTAssertFalse(result.timedOut)
    }

    func testProcessRunnerKillsACommandPastItsTimeout() throws {
        let result = try ProcessRunner.run("sleep", ["20"], timeout: 0.5)
        XCTAssertTrue(result.timedOut)
        XCTAssertLessThan(result.duration, 10)
    }

    func testProcessRunnerThrowsForAMissingExecutable() {
        XCTAssertThrowsError(try ProcessRunner.run("no-such-tool-\(UUID().uuidString)", []))
        XCTAssertNil(ProcessRunner.which("no-such-tool-\(UUID().uuidString)"))
        XCTAssertNotNil(ProcessRunner.which("sh"))
    }

    func testPackageRootHoldsPackageManifest() {
        XCTAssertTrue(FileManager.default.fileExists(atPath: TestPaths.packageRoot.appendingPathComponent("Package.swift").path))
    }

    func testTemporaryDirectoryIsRemoved() throws {
        var path = ""
        try withTemporaryDirectory { directory in
            path = try directory.write("x", to: "a/b.txt").path
            XCTAssertTrue(FileManager.default.fileExists(atPath: path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testMissingToolSkipsWithAVisibleReason() {
        XCTAssertThrowsError(try TestSkip.requireTool("no-such-tool-\(UUID().uuidString)", package: "imaginary")) { error in
            XCTAssertTrue(error is XCTSkip)
            XCTAssertTrue("\(error)".contains("imaginary"), "\(error)")
        }
    }

    // MARK: Golden files

    func testGoldenFileIsRecordedWhenMissingThenMatchedThenDiffed() throws {
        let directory = try TemporaryDirectory()
        let golden = directory.file("sub/golden.xml")
        guard case .recorded = try GoldenFile.compare("<a>\n<b/>\n</a>\n", with: golden, record: false) else {
            return XCTFail("a missing golden must be recorded")
        }
        XCTAssertEqual(try GoldenFile.compare("<a>\n<b/>\n</a>\n", with: golden, record: false), .matched)
        guard case .differs(let diff) = try GoldenFile.compare("<a>\n<c/>\n</a>\n", with: golden, record: false) else {
            return XCTFail("a changed output must differ")
        }
        XCTAssertTrue(diff.contains("- <b/>") && diff.contains("+ <c/>") && diff.contains("@@ line 2"), diff)
        guard case .recorded = try GoldenFile.compare("<a/>", with: golden, record: true) else {
            return XCTFail("recording must overwrite")
        }
        XCTAssertEqual(try String(contentsOf: golden, encoding: .utf8), "<a/>")
    }

    // MARK: Zip

    func testZipContentsRoundTripsEntriesInOrderWithStoredFlag() throws {
        let directory = try TemporaryDirectory()
        let package = MinimalPackages.odt()
        let file = directory.file("minimal.odt")
        try package.write(to: file)
        let read = try ZipContents(url: file)
        XCTAssertEqual(read.names, ["mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"])
        XCTAssertEqual(read.entries.first?.isStored, true)
        XCTAssertEqual(read.entries[1].isStored, false)
        XCTAssertEqual(try read.text("mimetype"), "application/vnd.oasis.opendocument.text")
        XCTAssertEqual(read.dictionary["content.xml"], package["content.xml"])
        XCTAssertThrowsError(try read.text("missing.xml"))
    }

    func testZipContentsRejectsAFileThatIsNotAZip() throws {
        XCTAssertThrowsError(try ZipContents(bytes: Array("not a zip".utf8)))
    }

    // MARK: ODF

    func testODFValidatorAcceptsTheMinimalPackage() throws {
        try ODFValidator().validate(contents: [("minimal.odt", MinimalPackages.odt())])[0].assertValid()
    }

    func testODFValidatorRejectsAnUnknownElement() throws {
        let report = try ODFValidator().validate(contents: [("bogus.odt", MinimalPackages.odt(bodyXML: "<text:bogus/>"))])[0]
        report.assertInvalid(mentioning: "bogus")
        XCTAssertTrue(report.errors.allSatisfy { $0.hasPrefix("content.xml:") }, "\(report)")
    }

    func testODFValidatorRejectsTheWrongODFVersion() throws {
        let package = MinimalPackages.odt()
        let content = try package.text("content.xml").replacingOccurrences(of: #"office:version="1.3""#, with: #"office:version="1.2""#)
        try ODFValidator().validate(contents: [("v12.odt", package.replacing("content.xml", with: content))])[0]
            .assertInvalid(mentioning: "office:version")
    }

    func testODFValidatorRejectsAnExtraFieldOnMimetype() throws {
        guard let python = ProcessRunner.which("python3") else { throw TestSkip.because("python3 is absent") }
        let directory = try TemporaryDirectory()
        let source = directory.file("source.odt")
        try MinimalPackages.odt().write(to: source)
        let target = directory.file("extra.odt")
        // Rewrite the package with Python's zipfile, giving mimetype an extended-timestamp field.
        let script = """
            import sys, zipfile
            src, dst = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], 'w')
            for info in src.infolist():
                data = src.read(info.filename)
                if info.filename == 'mimetype':
                    info.extra = b'UT\\x05\\x00\\x01\\x00\\x00\\x00\\x00'
                dst.writestr(info, data)
            dst.close()
            """
        let result = try ProcessRunner.run(python, ["-c", script, source.path, target.path])
        XCTAssertTrue(result.succeeded, result.standardError)
        let read = try ZipContents(url: target)
        XCTAssertEqual(read.entries.first?.hasExtraField, true)
        XCTAssertEqual(read.entries.first?.isStored, true)
        try ODFValidator().validate(package: target).assertInvalid(mentioning: "mimetype: must have no extra field")
        XCTAssertEqual(try ZipContents(url: source).entries.first?.hasExtraField, false)
    }

    func testODFValidatorFallsBackToXmllintAndStillRejects() throws {
        let validator = ODFValidator(tool: .xmllint)
        try validator.validate(contents: [("minimal.odt", MinimalPackages.odt())])[0].assertValid()
        try validator.validate(contents: [("bogus.odt", MinimalPackages.odt(bodyXML: "<text:bogus/>"))])[0].assertInvalid()
    }

    func testODFValidatorChecksThePackageStructure() throws {
        var package = MinimalPackages.odt()
        package.entries[0].isStored = false
        package.entries.swapAt(0, 1)
        package = package.replacing("Pictures/unlisted.png", with: TestImages.solidPNG())
        let report = try ODFValidator().validate(contents: [("structure.odt", package)])[0]
        report.assertInvalid(mentioning: "mimetype: must be the first entry")
        report.assertInvalid(mentioning: "does not list Pictures/unlisted.png")
        let missing = try ODFValidator().validate(contents: [("nostyles.odt", MinimalPackages.odt().removing("styles.xml"))])[0]
        missing.assertInvalid(mentioning: "styles.xml: missing")
        missing.assertInvalid(mentioning: "lists styles.xml, which is not in the package")
    }

    func testODFValidatorReportsEachPackageOfABatchSeparately() throws {
        let reports = try ODFValidator().validate(contents: [
            ("good.odt", MinimalPackages.odt()), ("bad.odt", MinimalPackages.odt(bodyXML: "<text:p><text:nonsense/></text:p>")),
        ])
        XCTAssertEqual(reports.map(\.subject), ["good.odt", "bad.odt"])
        reports[0].assertValid()
        reports[1].assertInvalid(mentioning: "nonsense")
    }

    func testODFValidatorValidatesAPackageFileOnDisk() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("on-disk.odt")
        try MinimalPackages.odt().write(to: file)
        try ODFValidator().validate(package: file).assertValid()
    }

    func testODFValidatorRejectsMalformedXML() throws {
        let package = MinimalPackages.odt().replacing("meta.xml", with: "<office:document-meta><unclosed>")
        try ODFValidator().validate(contents: [("malformed.odt", package)])[0].assertInvalid(mentioning: "meta.xml:")
        try ODFValidator(tool: .xmllint).validate(contents: [("malformed.odt", package)])[0].assertInvalid(mentioning: "meta.xml:")
    }

    // MARK: OOXML

    func testOOXMLValidatorAcceptsTheMinimalPackage() throws {
        let report = try OOXMLValidator().validate(contents: [("minimal.docx", MinimalPackages.docx())])[0]
        report.assertValid()
        XCTAssertTrue(report.notChecked.isEmpty, "\(report)")
    }

    func testOOXMLValidatorRejectsAnUnknownElement() throws {
        let report = try OOXMLValidator().validate(contents: [("bogus.docx", MinimalPackages.docx(bodyXML: "<w:p><w:bogus/></w:p>"))])[0]
        report.assertInvalid(mentioning: "bogus")
        XCTAssertTrue(report.errors.allSatisfy { $0.hasPrefix("word/document.xml:") }, "\(report)")
    }

    func testOOXMLValidatorRejectsMalformedXML() throws {
        let package = MinimalPackages.docx().replacing("word/document.xml", with: "<w:document><w:body>")
        try OOXMLValidator().validate(contents: [("malformed.docx", package)])[0].assertInvalid(mentioning: "word/document.xml:")
    }

    func testOOXMLValidatorReportsEachPackageOfABatchSeparately() throws {
        let reports = try OOXMLValidator().validate(contents: [
            ("bad.docx", MinimalPackages.docx(bodyXML: "<w:p><w:nonsense/></w:p>")), ("good.docx", MinimalPackages.docx()),
        ])
        XCTAssertEqual(reports.map(\.subject), ["bad.docx", "good.docx"])
        reports[0].assertInvalid(mentioning: "nonsense")
        reports[1].assertValid()
    }

    func testOOXMLValidatorRejectsMarkupCompatibilityExtensions() throws {
        let body = #"<w:p xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" w14:paraId="1A2B3C4D"/>"#
        try OOXMLValidator().validate(contents: [("mc.docx", MinimalPackages.docx(bodyXML: body))])[0].assertInvalid(mentioning: "paraId")
    }

    func testOOXMLValidatorRejectsBadCoreProperties() throws {
        let package = MinimalPackages.docx()
        let core = try package.text("docProps/core.xml").replacingOccurrences(of: "<dc:title>", with: "<dc:bogus>x</dc:bogus><dc:title>")
        try OOXMLValidator().validate(contents: [("core.docx", package.replacing("docProps/core.xml", with: core))])[0]
            .assertInvalid(mentioning: "docProps/core.xml")
    }

    func testOOXMLValidatorChecksContentTypesAndRelationshipTargets() throws {
        let package = MinimalPackages.docx()
        let relationships = try package.text("_rels/.rels").replacingOccurrences(of: "Target=\"word/document.xml\"", with: "Target=\"word/missing.xml\"")
        let report = try OOXMLValidator().validate(contents: [("rels.docx", package
            .replacing("_rels/.rels", with: relationships)
            .replacing("word/media/image1.png", with: TestImages.solidPNG()))])[0]
        report.assertInvalid(mentioning: "relationship rId1 points at word/missing.xml")
        report.assertInvalid(mentioning: "no content type for word/media/image1.png")
    }

    func testOOXMLValidatorOnPandocOutputFindsTheBodyValid() throws {
        let pandoc = try TestSkip.requireTool("pandoc", package: "pandoc")
        let directory = try TemporaryDirectory()
        let markdown = try directory.write("# Titre\n\nDu *texte* et une note[^1].\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: La note.\n", to: "in.md")
        let docx = directory.file("pandoc.docx")
        XCTAssertTrue(try ProcessRunner.run(pandoc, [markdown.path, "-o", docx.path]).succeeded)
        let report = try OOXMLValidator().validate(package: docx)
        // pandoc's numbering, settings and styles parts break the strict XSD element order, but
        // its body and package structure are valid: the validator must say exactly that.
        let failingParts = Set(report.errors.compactMap { $0.split(separator: ":").first.map(String.init) })
        XCTAssertFalse(failingParts.contains("word/document.xml"), "\(report)")
        XCTAssertFalse(failingParts.contains("[Content_Types].xml"), "\(report)")
        XCTAssertFalse(failingParts.contains("docProps/core.xml"), "\(report)")
        let readBack = try DOCXReadBack.read(docx)
        XCTAssertTrue(readBack.paragraphTexts.contains("Titre"), "\(readBack.paragraphTexts)")
        XCTAssertEqual(readBack.tables, [[["a", "b"], ["1", "2"]]])
    }

    // MARK: HTML

    /// One checker start for three pages: a good one, pandoc's standalone page, and a broken one.
    func testNuHTMLValidatorAcceptsGoodAndPandocPagesAndRejectsAStrayEndTag() throws {
        let directory = try TemporaryDirectory()
        let good = try directory.write(MinimalPackages.html(), to: "good.html")
        let bad = try directory.write(MinimalPackages.html(body: "<p>Un paragraphe.</p></div>"), to: "bad.html")
        var files = [good, bad]
        if let pandoc = ProcessRunner.which("pandoc") {
            let markdown = try directory.write("# Titre\n\nDu *texte*, ș ț ã ç é.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", to: "in.md")
            let html = directory.file("pandoc.html")
            XCTAssertTrue(try ProcessRunner.run(pandoc, ["-s", "--metadata", "title=Essai", "--metadata", "lang=fr", markdown.path, "-o", html.path]).succeeded)
            files.append(html)
        }
        let reports = try NuHTMLValidator().validate(files: files)
        XCTAssertEqual(reports.count, files.count)
        reports[0].assertValid()
        reports[1].assertInvalid(mentioning: "Stray end tag")
        if reports.count == 3 { reports[2].assertValid() }
        if files.count == 2 { throw TestSkip.because("pandoc is not installed (Debian package pandoc): its page was not checked") }
    }

    // MARK: Whole output trees

    func testOutputTreeValidatorChecksEveryFormatAndNamesTheInvalidFile() throws {
        let directory = try TemporaryDirectory()
        try MinimalPackages.odt().write(to: directory.file("manual.odt"))
        try FileManager.default.createDirectory(at: directory.file("fr"), withIntermediateDirectories: true)
        try MinimalPackages.docx(bodyXML: "<w:p><w:bogus/></w:p>").write(to: directory.file("fr/manual.docx"))
        try directory.write(MinimalPackages.html(), to: "site/index.html")
        try directory.write("ignored", to: "notes.txt")
        let result = try OutputTreeValidator().validate(directory: directory.url)
        XCTAssertEqual(result.reports.map(\.subject), ["fr/manual.docx", "manual.odt", "site/index.html"])
        XCTAssertEqual(result.invalid.map(\.subject), ["fr/manual.docx"])
        XCTAssertEqual(result.skipped, [])
    }

    // MARK: LibreOffice and PDF

    func testLibreOfficeConvertsManyFilesInOneRunAndReportsFailures() throws {
        let directory = try TemporaryDirectory()
        let odt = directory.file("same-name.odt")
        try MinimalPackages.odt(bodyXML: "<text:p>Bonjour depuis ODT</text:p>").write(to: odt)
        let docx = directory.file("same-name.docx")
        try MinimalPackages.docx(bodyXML: "<w:p><w:r><w:t>Bonjour depuis DOCX</w:t></w:r></w:p>").write(to: docx)
        // A zip header and nothing else: LibreOffice cannot load it (plain text it would import).
        let broken = try directory.write([0x50, 0x4B, 0x03, 0x04] + Array("garbage".utf8), to: "broken.odt")
        let conversion = try LibreOfficeConverter().convertToPDF([odt, docx, broken], in: directory)
        XCTAssertEqual(conversion.failures, [broken.standardizedFileURL], conversion.log)
        let odtPDF = try XCTUnwrap(conversion.output(for: odt), conversion.log)
        let docxPDF = try XCTUnwrap(conversion.output(for: docx), conversion.log)
        XCTAssertNotEqual(odtPDF, docxPDF)
        XCTAssertTrue(try PDFText.normalizedText(of: odtPDF).contains("Bonjour depuis ODT"))
        XCTAssertTrue(try PDFText.normalizedText(of: docxPDF).contains("Bonjour depuis DOCX"))
        let info = try PDFInfo(pdf: odtPDF)
        XCTAssertEqual(info.pageCount, 1)
        XCTAssertEqual(info.pageSizes.count, 1)
        let pngs = try PNGRender.render(pdf: odtPDF, pages: 1, into: directory.file("png"))
        XCTAssertEqual(pngs.count, 1)
        XCTAssertGreaterThan(try PNGRender.inkCoverage(of: odtPDF), 0)
    }

    func testLibreOfficeTimeoutIsReportedAsFailure() throws {
        let directory = try TemporaryDirectory()
        let odt = directory.file("slow.odt")
        try MinimalPackages.odt().write(to: odt)
        let conversion = try LibreOfficeConverter(timeout: 0.2).convertToPDF([odt], in: directory)
        XCTAssertTrue(conversion.timedOut, conversion.log)
        XCTAssertEqual(conversion.failures, [odt.standardizedFileURL])
        XCTAssertTrue(conversion.log.contains("timed out"), conversion.log)
    }

    func testPageSizeRecognisesA4InBothOrientationsOnly() {
        XCTAssertTrue(PDFInfo.PageSize(width: 595.276, height: 841.89).isA4())
        XCTAssertTrue(PDFInfo.PageSize(width: 841.89, height: 595.276).isA4())
        XCTAssertFalse(PDFInfo.PageSize(width: 612, height: 792).isA4())
        XCTAssertTrue(PDFInfo.PageSize(width: 841.89, height: 595.276).isLandscape)
    }

    // MARK: Images

    func testSolidPNGHasCorrectChecksums() throws {
        // Known vectors: CRC-32 of "IEND" and Adler-32 of "Wikipedia".
        let png = TestImages.solidPNG()
        XCTAssertEqual(Array(png.suffix(4)), [0xAE, 0x42, 0x60, 0x82])
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        guard let python = ProcessRunner.which("python3") else { throw TestSkip.because("python3 is absent") }
        let directory = try TemporaryDirectory()
        let file = try directory.write(png, to: "solid.png")
        let check = """
            import sys, struct, zlib
            data = open(sys.argv[1], 'rb').read()
            pos, idat = 8, b''
            while pos < len(data):
                length, kind = struct.unpack('>I4s', data[pos:pos+8])
                body = data[pos+8:pos+8+length]
                crc, = struct.unpack('>I', data[pos+8+length:pos+12+length])
                assert zlib.crc32(kind + body) == crc, kind
                if kind == b'IDAT': idat += body
                pos += 12 + length
            raw = zlib.decompress(idat)
            assert len(raw) == 8 * (1 + 8 * 3), len(raw)
            print('ok')
            """
        let result = try ProcessRunner.run(python, ["-c", check, file.path])
        XCTAssertEqual(result.standardOutput, "ok\n", result.standardError)
    }

    // MARK: Corpus

    func testEveryNodeTypeCorpusUsesEveryKindOfNode() {
        var census = NodeCensus()
        census.visit(TestCorpus.everyNodeType)
        let expected: Set<String> = [
            "heading", "paragraph", "list", "table", "figure", "tableOfContents", "blockQuote", "codeBlock",
            "horizontalRule", "pageBreak",
            "text", "emphasis", "strong", "strikethrough", "superscript", "subscript", "code", "link", "footnote",
            "lineBreak", "image", "checkbox", "field", "styled", "formatted",
            "heading1", "heading2", "heading3", "heading4", "heading5", "heading6", "headingNotInTOC", "headingWithoutID",
            "style:Title", "style:Subtitle", "style:Caption", "style:Small", "style:Header", "style:Footer",
            "align:start", "align:center", "align:end", "align:justify", "keepWithNext",
            "link:external", "link:internal", "link:title", "footnote:twoParagraphs",
            "list:bullet", "list:ordered", "list:orderedStart3", "list:depth3", "list:loose",
            "field:pageNumber", "field:pageCount", "checkbox:checked", "checkbox:unchecked", "nbsp",
            "image:png", "image:svg", "image:svgFallback", "image:inline", "figure:caption", "figure:noCaption",
            "table:headerRows2", "table:columnSpan", "table:rowSpan", "table:shading", "table:fixedHeight",
            "table:caption", "table:weights", "table:columnAlignment", "table:emptyCell",
            "valign:top", "valign:middle", "valign:bottom",
            "codeBlock:language", "codeBlock:plain",
            "section:portrait", "section:landscape", "section:customMargins", "section:defaultRunning", "section:customRunning",
            "metadata:subtitle", "metadata:authors", "metadata:date", "metadata:fr",
        ]
        XCTAssertEqual(expected.subtracting(census.seen), [], "the corpus lacks these node kinds")
    }

    func testExpectedTextsAreInTheCorpus() {
        var census = NodeCensus()
        census.visit(TestCorpus.everyNodeType)
        let text = PDFText.normalize(census.text.joined(separator: "\n"))
        for phrase in TestCorpus.expectedTexts {
            XCTAssertTrue(text.contains(PDFText.normalize(phrase)), "expected text not in the corpus: \(phrase)")
        }
    }

    func testHostileCorpusHasTheRequestedRowsAndControlCharacters() {
        let small = TestCorpus.hostile(rows: 12)
        var census = NodeCensus()
        census.visit(small)
        XCTAssertEqual(census.largestTableBodyRows, 12)
        XCTAssertTrue(census.text.joined().contains(TestCorpus.controlCharacters))
        var full = NodeCensus()
        full.visit(TestCorpus.hostile())
        XCTAssertEqual(full.largestTableBodyRows, 10_000)
    }
}

/// Walks a document and records which kinds of node and option it met, and its text.
private struct NodeCensus {
    var seen = Set<String>()
    var text: [String] = []
    var largestTableBodyRows = 0

    mutating func visit(_ document: Document) {
        let metadata = document.metadata
        if metadata.subtitle != nil { seen.insert("metadata:subtitle") }
        if !metadata.authors.isEmpty { seen.insert("metadata:authors") }
        if metadata.date != nil { seen.insert("metadata:date") }
        seen.insert("metadata:\(metadata.language)")
        text.append(metadata.title)
        for section in document.sections {
            seen.insert("section:\(section.pageSetup.orientation.rawValue)")
            if section.pageSetup.margins != .standard { seen.insert("section:customMargins") }
            if section.header == nil || section.footer == nil { seen.insert("section:defaultRunning") }
            for running in [section.header, section.footer].compactMap({ $0 }) {
                seen.insert("section:customRunning")
                visit(running.blocks)
            }
            visit(section.blocks)
        }
    }

    mutating func visit(_ blocks: [Block], depth: Int = 0) {
        for block in blocks {
            switch block {
            case .heading(let heading):
                seen.insert("heading")
                seen.insert("heading\(heading.level)")
                if !heading.inTableOfContents { seen.insert("headingNotInTOC") }
                if heading.id == nil { seen.insert("headingWithoutID") }
                visit(heading.content)
            case .paragraph(let paragraph):
                seen.insert("paragraph")
                if let style = paragraph.style { seen.insert("style:\(style)") }
                if let alignment = paragraph.alignment { seen.insert("align:\(alignment.rawValue)") }
                if paragraph.keepWithNext { seen.insert("keepWithNext") }
                visit(paragraph.content)
            case .list(let list):
                seen.insert("list")
                switch list.kind {
                case .bullet: seen.insert("list:bullet")
                case .ordered(let start):
                    seen.insert("list:ordered")
                    if start == 3 { seen.insert("list:orderedStart3") }
                }
                if !list.isTight { seen.insert("list:loose") }
                if depth + 1 >= 3 { seen.insert("list:depth3") }
                for item in list.items { visit(item, depth: depth + 1) }
            case .table(let table):
                seen.insert("table")
                largestTableBodyRows = max(largestTableBodyRows, table.bodyRows.count)
                if table.headerRows.count == 2 { seen.insert("table:headerRows2") }
                if !table.caption.isEmpty { seen.insert("table:caption") }
                if Set(table.columns.map(\.weight)).count > 1 { seen.insert("table:weights") }
                if table.columns.contains(where: { $0.alignment != .start }) { seen.insert("table:columnAlignment") }
                visit(table.caption)
                for row in table.headerRows + table.bodyRows {
                    if row.height != nil { seen.insert("table:fixedHeight") }
                    for cell in row.cells {
                        if cell.columnSpan > 1 { seen.insert("table:columnSpan") }
                        if cell.rowSpan > 1 { seen.insert("table:rowSpan") }
                        if cell.shading != nil { seen.insert("table:shading") }
                        if cell.blocks.isEmpty { seen.insert("table:emptyCell") }
                        seen.insert("valign:\(cell.verticalAlignment.rawValue)")
                        visit(cell.blocks, depth: depth)
                    }
                }
            case .figure(let figure):
                seen.insert("figure")
                seen.insert(figure.caption.isEmpty ? "figure:noCaption" : "figure:caption")
                visit(image: figure.image)
                visit(figure.caption)
            case .tableOfContents(let toc):
                seen.insert("tableOfContents")
                text.append(toc.title)
            case .blockQuote(let inner):
                seen.insert("blockQuote")
                visit(inner, depth: depth)
            case .codeBlock(let code):
                seen.insert("codeBlock")
                seen.insert(code.language == nil ? "codeBlock:plain" : "codeBlock:language")
                text.append(code.text)
            case .horizontalRule: seen.insert("horizontalRule")
            case .pageBreak: seen.insert("pageBreak")
            }
        }
    }

    mutating func visit(image: Image) {
        seen.insert("image:\(image.format.rawValue)")
        if image.pngFallback != nil { seen.insert("image:svgFallback") }
    }

    mutating func visit(_ inlines: [Inline]) {
        var line = ""
        for inline in inlines {
            switch inline {
            case .text(let value):
                seen.insert("text")
                if value.contains("\u{00A0}") { seen.insert("nbsp") }
                line += value
            case .emphasis(let inner): seen.insert("emphasis"); line += flatten(inner)
            case .strong(let inner): seen.insert("strong"); line += flatten(inner)
            case .strikethrough(let inner): seen.insert("strikethrough"); line += flatten(inner)
            case .superscript(let inner): seen.insert("superscript"); line += flatten(inner)
            case .subscript(let inner): seen.insert("subscript"); line += flatten(inner)
            case .styled(_, let inner): seen.insert("styled"); line += flatten(inner)
            case .formatted(_, let inner): seen.insert("formatted"); line += flatten(inner)
            case .code(let value): seen.insert("code"); line += value
            case .link(let link):
                seen.insert("link")
                switch link.target {
                case .external: seen.insert("link:external")
                case .internal: seen.insert("link:internal")
                }
                if link.title != nil { seen.insert("link:title") }
                line += flatten(link.content)
            case .footnote(let blocks):
                seen.insert("footnote")
                if blocks.count >= 2 { seen.insert("footnote:twoParagraphs") }
                visit(blocks)
            case .lineBreak: seen.insert("lineBreak"); line += "\n"
            case .image(let image):
                seen.insert("image")
                seen.insert("image:inline")
                visit(image: image)
            case .checkbox(let checked):
                seen.insert("checkbox")
                seen.insert(checked ? "checkbox:checked" : "checkbox:unchecked")
            case .field(let field):
                seen.insert("field")
                seen.insert(field == .pageNumber ? "field:pageNumber" : "field:pageCount")
            }
        }
        text.append(line)
    }

    private mutating func flatten(_ inlines: [Inline]) -> String {
        var inner = NodeCensus()
        inner.visit(inlines)
        seen.formUnion(inner.seen)
        text += inner.text.dropLast()
        return inner.text.last ?? ""
    }
}
