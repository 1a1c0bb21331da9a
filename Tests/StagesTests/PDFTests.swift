import Foundation
import Stages
import XCTest

final class PDFTests: XCTestCase {
    /// A stand-in for soffice: converts every file argument into `<outdir>/<name>.pdf` (except
    /// files containing NOPDF, like LibreOffice failing silently) and logs each call.
    private func fakeSoffice(in workspace: TestWorkspace) throws -> (path: String, log: URL) {
        let script = workspace.root.appendingPathComponent("soffice")
        let log = workspace.root.appendingPathComponent("soffice-calls.log")
        try Data("""
        #!/bin/sh
        echo "$@" >> '\(log.path)'
        out=""
        while [ $# -gt 0 ]; do
          case "$1" in
            --outdir) out="$2"; shift 2 ;;
            --convert-to) shift 2 ;;
            -*) shift ;;
            *) name=$(basename "$1"); name="${name%.*}"
               if ! grep -q NOPDF "$1"; then { printf 'PDF:'; cat "$1"; } > "$out/$name.pdf"; fi
               shift ;;
          esac
        done
        exit 0

        """.utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return (script.path, log)
    }

    func testPDFsAreMadeInOneLibreOfficeRunAndListedInTheManifest() async throws {
        let workspace = try TestWorkspace()
        try workspace.writeInput("pages/a.txt", "Alpha")
        try workspace.writeInput("pages/b.fr.txt", "Bravo")
        let soffice = try fakeSoffice(in: workspace)
        let summary = try await workspace.build([TestStages.pages()]) {
            $0.formats = [.pdf]
            $0.sofficePath = soffice.path
        }
        XCTAssertEqual(summary.status, .succeeded)
        let calls = try String(contentsOf: soffice.log, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(calls.count, 1, "one soffice process for the whole batch")
        XCTAssertTrue(calls[0].contains("-env:UserInstallation=file://"), "a private profile")
        XCTAssertEqual(workspace.output("pages/a.pdf"), "PDF:<odt>Alpha</odt>\n")
        let manifest = try workspace.manifest()
        XCTAssertEqual(manifest.outputs.map(\.path), ["pages/a.odt", "pages/a.pdf", "pages/b.fr.odt", "pages/b.fr.pdf"])
        let pdf = try XCTUnwrap(manifest.outputs.first { $0.path == "pages/b.fr.pdf" })
        XCTAssertEqual(pdf.format, "pdf")
        XCTAssertEqual(pdf.language, "fr")
        XCTAssertEqual(pdf.item, "b.fr")
        XCTAssertEqual(pdf.size, "PDF:<odt>Bravo</odt>\n".utf8.count)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.build.appendingPathComponent(".cache/pdf-work").path))

        let again = try await workspace.build([TestStages.pages()]) {
            $0.formats = [.pdf]
            $0.sofficePath = soffice.path
        }
        XCTAssertEqual(again.builtItems, [])
        XCTAssertEqual(try String(contentsOf: soffice.log, encoding: .utf8).split(separator: "\n").count, 1,
                       "an up-to-date build does not start LibreOffice")
    }

    func testPDFThatLibreOfficeDidNotMakeFailsTheBuildAndIsRetriedNextTime() async throws {
        let workspace = try TestWorkspace()
        try workspace.writeInput("pages/a.txt", "Alpha")
        try workspace.writeInput("pages/b.txt", "Bravo NOPDF")
        let soffice = try fakeSoffice(in: workspace)
        let options: (inout BuildOptions) -> Void = { $0.formats = [.pdf]; $0.sofficePath = soffice.path }
        let summary = try await workspace.build([TestStages.pages()], options)
        guard case .failed(let failures) = summary.status else { return XCTFail("expected a failure") }
        XCTAssertTrue(failures[0].message.hasPrefix("LibreOffice did not produce 1 PDF(s): pages/b.odt"), failures[0].message)
        XCTAssertNotNil(workspace.output("pages/a.pdf"))
        let retry = try await workspace.build([TestStages.pages()], options)
        XCTAssertEqual(retry.builtItems, ["pages/b"])
    }

    func testMissingLibreOfficeIsAClearErrorNamingTheDebianPackage() async throws {
        let workspace = try TestWorkspace()
        do {
            try await workspace.build { $0.formats = [.pdf]; $0.sofficePath = "/nonexistent/soffice" }
            XCTFail("expected an error")
        } catch let error as BuildError {
            XCTAssertEqual(error, .libreOfficeNotExecutable("/nonexistent/soffice"))
            XCTAssertTrue("\(error)".contains("libreoffice-writer-nogui"))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.build.path), "nothing is touched")
    }
}
