import Foundation
@testable import Stages
import TestSupport
import XCTest
import ProjectModel

/// The events (D6) and seminars (D7) stages on the real `Input/`: one kit per activity in its
/// language and English, every file valid, every document printable on A4 by LibreOffice.
final class KitsBuildTests: XCTestCase {
    func testEveryActivityHasAKitInItsLanguageAndInEnglish() async throws {
        let folder = try await SharedKitsBuild.build()
        let data = try KitsProject.real.inputs().data
        var kits = 0
        for (stage, activities, documents) in [
            ("events", data.multiplierEvents.map { ($0.id, $0.language) }, ["invitation", "agenda", "attendance", "badges", "evaluation"]),
            ("seminars", data.seminars.map { ($0.id, $0.language) }, ["agenda", "handbook", "attendance", "badges", "evaluation"]),
        ] {
            for (id, language) in activities {
                kits += 1
                for version in Set([language, "en"]) {
                    for document in documents {
                        for format in ["odt", "docx", "html"] {
                            let path = "\(stage)/\(id)/\(version)/\(document).\(format)"
                            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), path)
                        }
                    }
                    let index = folder.appendingPathComponent("\(stage)/\(id)/\(version)/index.html")
                    let page = try String(contentsOf: index, encoding: .utf8)
                    for document in documents { XCTAssertTrue(page.contains("href=\"\(document).docx\""), "\(index.path) lists \(document)") }
                }
            }
        }
        XCTAssertEqual(kits, 10)
    }

    func testSeminarIndexLinksToTheCertificatesFolder() async throws {
        let folder = try await SharedKitsBuild.build()
        let page = try String(contentsOf: folder.appendingPathComponent("seminars/SEM-RO/ro/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("href=\"../../../certificates/SEM-RO/\""))
        XCTAssertTrue(page.contains("Certificate de participare"))
        XCTAssertTrue(page.contains("href=\"../en/index.html\""))
    }

    func testEveryKitFileValidates() async throws {
        let folder = try await SharedKitsBuild.build()
        try OutputTreeValidator().assertValid(directory: folder)
    }

    /// One LibreOffice run over every ODT and DOCX of every kit.
    func testEveryKitDocumentPrintsOnA4WithEveryParticipantsName() async throws {
        let folder = try await SharedKitsBuild.build()
        let data = try KitsProject.real.inputs().data
        let documents = OutputTreeValidator.files(under: folder, extensions: ["odt", "docx"])
        XCTAssertEqual(documents.count, 10 * 2 * 5 * 2, "10 kits, 2 languages, 5 documents, ODT and DOCX")
        let scratch = try TemporaryDirectory(prefix: "kits-pdf")
        defer { scratch.remove() }
        let pdfs = try convertToPDF(documents, in: scratch)
        for (source, pdf) in pdfs {
            let info = try PDFInfo(pdf: pdf)
            XCTAssertEqual(info.pageSizes.count, info.pageCount, source.path)
            for (page, size) in info.pageSizes.enumerated() {
                XCTAssertTrue(size.isA4(), "\(source.path) page \(page + 1) is \(size)")
            }
            let name = source.deletingPathExtension().lastPathComponent
            let activity = source.deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
            guard name == "attendance" || name == "badges" else { continue }
            let text = try PDFText.normalizedText(of: pdf)
            for participant in data.participants(of: activity) {
                XCTAssertTrue(text.contains(participant.familyName), "\(source.path) lacks \(participant.familyName)")
                XCTAssertTrue(text.contains(participant.givenName), "\(source.path) lacks \(participant.givenName)")
            }
            if name == "attendance" {
                XCTAssertTrue(info.pageSizes.allSatisfy(\.isLandscape), "\(source.path): attendance sheets are landscape")
            }
            if name == "badges" {
                XCTAssertEqual(info.pageCount, (data.participants(of: activity).count + staffCount(activity, data) + 7) / 8,
                               "\(source.path): eight badges a page")
            }
        }
        // Diacritics survive the whole way: Romanian comma-below letters, Portuguese tildes and cedillas, French accents.
        let romanian = try XCTUnwrap(pdfs[folder.appendingPathComponent("seminars/SEM-RO/ro/attendance.odt").standardizedFileURL])
        let text = try PDFText.normalizedText(of: romanian)
        for name in ["Stănescu", "Ionuț", "Ștefan", "Dănuț"] { XCTAssertTrue(text.contains(name), name) }
        XCTAssertTrue(text.contains("Foaie de prezență"))
        let agenda = try XCTUnwrap(pdfs[folder.appendingPathComponent("seminars/SEM-RO/ro/agenda.odt").standardizedFileURL])
        XCTAssertTrue(try PDFText.normalizedText(of: agenda).contains("EEST"), "the agenda names the local time zone")
    }

    private func staffCount(_ activity: String, _ data: ProjectData) -> Int {
        if let seminar = data.seminars.first(where: { $0.id == activity }) {
            return Set(seminar.trainers + seminar.assessors).count
        }
        return Set(data.multiplierEvents.first { $0.id == activity }?.sessions.compactMap(\.speaker) ?? []).count
    }
}
