import Foundation
@testable import Stages
import TestSupport
import XCTest

/// The built manuals, every language and format: they validate, and LibreOffice renders them.
final class ManualsOutputTests: XCTestCase {
    private func built() async throws -> ManualsFixture.Built {
        let built = try await ManualsFixture.shared.value
        XCTAssertEqual(built.summary.status, .succeeded)
        return built
    }

    func testEveryManualIsWrittenInEveryDeclaredLanguageAndFormat() async throws {
        let built = try await built()
        var expected: [String] = []
        for manual in ["network", "framework", "programme", "recognition", "certification"] {
            for language in built.inputs.data.project.languages {
                for ext in ["odt", "docx", "html"] { expected.append("\(manual)/\(language)/\(manual).\(ext)") }
            }
        }
        XCTAssertEqual(built.summary.writtenOutputs, expected.sorted())
        XCTAssertEqual(built.summary.builtItems.count, 5 * built.inputs.data.project.languages.count)
    }

    func testEveryOutputValidatesAgainstTheODFAndOOXMLSchemasAndTheNuChecker() async throws {
        let built = try await built()
        try OutputTreeValidator().assertValid(directory: built.build)
    }

    func testLibreOfficeConvertsEveryODTAndDOCXToA4PDFsWithTheirText() async throws {
        let built = try await built()
        let files = OutputTreeValidator.files(under: built.build, extensions: ["odt", "docx"])
        XCTAssertEqual(files.count, 50)
        let pdfs = try TemporaryDirectory(prefix: "manuals-pdf")
        defer { pdfs.remove() }
        let conversion = try LibreOfficeConverter().convertToPDF(files, in: pdfs)
        XCTAssertEqual(conversion.failures, [], conversion.log)
        let frameworkFR = try XCTUnwrap(conversion.output(for: built.build.appendingPathComponent("framework/fr/framework.odt")))
        let text = try PDFText.normalizedText(of: frameworkFR)
        for expected in ["Référentiel commun de compétences et d'évaluation", "Table des matières", "Niveaux de maîtrise",
                         "Responsabilité et autonomie", "Cofinancé par le programme Erasmus+", "Engagement professionnel"] {
            XCTAssertTrue(text.contains(PDFText.normalize(expected)), expected)
        }
        let info = try PDFInfo(pdf: frameworkFR)
        XCTAssertGreaterThan(info.pageCount, 10)
        XCTAssertTrue(info.pageSizes.allSatisfy { $0.isA4() })
        let programmeEN = try XCTUnwrap(conversion.output(for: built.build.appendingPathComponent("programme/en/programme.docx")))
        let programmeText = try PDFText.normalizedText(of: programmeEN)
        XCTAssertTrue(programmeText.contains(PDFText.normalize("Hours by mode of delivery")))
        XCTAssertTrue(programmeText.contains(PDFText.normalize(LocaleFormat(language: "en").number(built.inputs.data.programme.totalHours))))
    }
}
