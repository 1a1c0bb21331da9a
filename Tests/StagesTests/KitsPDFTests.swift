import Foundation
@testable import Stages
import TestSupport
import XCTest

/// `--format pdf`: the engine's LibreOffice pass makes each document's PDF, then each kit's
/// `kit.pdf` joins them in print order. One build (one soffice run) of the Romanian kits.
final class KitsPDFTests: XCTestCase {
    func testEachKitIsAlsoOneA4PDFInPrintOrder() async throws {
        _ = try TestSkip.requireTool("soffice", package: "libreoffice-writer-nogui")
        _ = try TestSkip.requireTool("pdfunite", package: "poppler-utils")
        let scratch = try TemporaryDirectory(prefix: "kits-pdfs")
        defer { scratch.remove() }
        let output = scratch.file("Build")
        let summary = try await KitsProject.real.build(into: output) {
            $0.formats = [.pdf]
            $0.countries = ["RO"]
        }
        XCTAssertEqual(summary.status, .succeeded)
        let manifest = try Manifest.decode(Array(Data(contentsOf: output.appendingPathComponent("manifest.json"))))
        for (stage, id, documents) in [("events", "ME-RO", KitStage.documents(of: .multiplierEvent)),
                                        ("seminars", "SEM-RO", KitStage.documents(of: .seminar))] {
            for language in ["ro", "en"] {
                let folder = "\(stage)/\(id)/\(language)"
                let kit = try XCTUnwrap(manifest.outputs.first { $0.path == "\(folder)/kit.pdf" }, "\(folder)/kit.pdf")
                XCTAssertEqual(kit.format, "pdf")
                XCTAssertEqual(kit.language, language)
                XCTAssertEqual(kit.item, "\(id).\(language)")
                var pages = 0
                for document in documents {
                    pages += try PDFInfo(pdf: output.appendingPathComponent("\(folder)/\(document).pdf")).pageCount
                }
                let combined = try PDFInfo(pdf: output.appendingPathComponent(kit.path))
                XCTAssertEqual(combined.pageCount, pages, "\(kit.path) holds every page of the kit")
                for (index, size) in combined.pageSizes.enumerated() {
                    XCTAssertTrue(size.isA4(), "\(kit.path) page \(index + 1) is \(size)")
                }
                let first = try PDFText.normalize(PDFText.text(of: output.appendingPathComponent(kit.path), firstPage: 1, lastPage: 1))
                let opening = language == "ro" ? (stage == "events" ? "Invitație" : "Agendă") : (stage == "events" ? "Invitation" : "Agenda")
                XCTAssertTrue(first.contains(opening), "\(kit.path) starts with the \(documents[0]): \(first.prefix(200))")
            }
        }
        // Nothing changed: nothing is rebuilt, LibreOffice is not started again.
        let again = try await KitsProject.real.build(into: output) {
            $0.formats = [.pdf]
            $0.countries = ["RO"]
        }
        XCTAssertEqual(again.builtItems, [])
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("seminars/SEM-RO/ro/kit.pdf").path))
    }
}
