import Foundation
import ProjectModel
import Stages
import TestSupport
import XCTest

/// The printed certificates, transcripts and decision reports of a build of the real input:
/// who gets what, what they say, that they validate, and that a certificate prints on exactly
/// one landscape A4 page.
final class CertificatesDocumentTests: XCTestCase {
    private func attended(_ participant: Participant, _ data: ProjectData) -> Double {
        data.attendance.filter { $0.participant == participant.id && $0.seminar == participant.activity }.reduce(0) { $0 + $1.hours }
    }

    func testOnlyParticipantsAtEightyPercentAttendanceGetACertificate() async throws {
        let fixture = try await CertificatesFixture.get()
        XCTAssertTrue(fixture.summary.succeeded, "\(fixture.summary)")
        let data = fixture.data
        var below = 0
        for seminar in data.seminars {
            for participant in data.participants(of: seminar.id) {
                let path = "certificates/\(seminar.id)/\(participant.id)/CT-PARTICIPATION.odt"
                let exists = FileManager.default.fileExists(atPath: fixture.file(path).path)
                let enough = attended(participant, data) >= 0.8 * seminar.hours - 0.001
                if !enough { below += 1 }
                XCTAssertEqual(exists, enough, "\(participant.id): \(attended(participant, data)) h of \(seminar.hours) h")
            }
        }
        XCTAssertEqual(below, 3 * data.seminars.count, "the dataset has three participants under 80 % per seminar")
    }

    func testFullCertificationOnlyWhereTheMandatoryUnitsAreTaught() async throws {
        let fixture = try await CertificatesFixture.get()
        let full = fixture.outputs().filter { $0.hasSuffix("/CT-FULL.odt") }
        let seminars = Set(full.map { $0.split(separator: "/")[1] })
        XCTAssertEqual(seminars, ["SEM-BE", "SEM-RO"])
        XCTAssertEqual(full.count, 33, "Docs/dataset.md: 33 participants qualify in BE and RO")
        for path in full {
            XCTAssertTrue(FileManager.default.fileExists(atPath: fixture.file(path.replacingOccurrences(of: "CT-FULL.odt", with: "CT-FULL-transcript.docx")).path))
            XCTAssertTrue(FileManager.default.fileExists(atPath: fixture.file(path.replacingOccurrences(of: ".odt", with: ".jwt")).path))
        }
    }

    func testTheDecisionReportExplainsRefusalsWithTheNumbers() async throws {
        let fixture = try await CertificatesFixture.get()
        let html = try fixture.text("certificates/SEM-PT/decisions.html")
        let data = fixture.data
        let seminar = try XCTUnwrap(data.seminars.first { $0.id == "SEM-PT" })
        for participant in data.participants(of: "SEM-PT") {
            XCTAssertTrue(html.contains(participant.fullName), participant.fullName)
        }
        // Someone under the threshold: their hours, the seminar's and the 80 % appear.
        let absent = try XCTUnwrap(data.participants(of: "SEM-PT").first { attended($0, data) < 0.8 * seminar.hours })
        let hours = LocaleFormat(language: "pt").number(attended(absent, data))
        XCTAssertTrue(html.contains("frequentou \(hours) h de 15 h"), "reason for \(absent.id) in Portuguese")
        XCTAssertTrue(html.contains("Não atribuído"))
        XCTAssertTrue(html.contains("unidades obrigatórias"))
    }

    func testTheCertificateStatesWhatTheDataSays() async throws {
        let fixture = try await CertificatesFixture.get()
        let html = try fixture.text("certificates/SEM-RO/P-RO-01/CT-FULL.html")
        let data = fixture.data
        let participant = try XCTUnwrap(data.participants.first { $0.id == "P-RO-01" })
        XCTAssertTrue(html.contains(participant.fullName))
        XCTAssertTrue(html.contains("lang=\"\(participant.language)\""))
        XCTAssertTrue(html.contains("E-facilitator certificat DIGITRAIN"))
        XCTAssertTrue(html.contains("Nivel CEC 5"))
        XCTAssertTrue(html.contains("puncte ECVET"))
        let host = try XCTUnwrap(data.operators.first { $0.id == "OP-RO-AEDA" })
        XCTAssertTrue(html.contains(host.name.resolved(in: "ro", fallback: "en") ?? "?"))
        XCTAssertTrue(html.contains("13 mai 2027"), "place and date in Romanian")
        XCTAssertTrue(html.contains("urn:uuid:"))
        let transcript = try fixture.text("certificates/SEM-RO/P-RO-01/CT-FULL-transcript.html")
        XCTAssertTrue(transcript.contains("Foaie matricolă personală"))
        XCTAssertTrue(transcript.contains("LO-1.1-K1"))
    }

    func testCertificateIDsAreStableAcrossRebuilds() async throws {
        let fixture = try await CertificatesFixture.get()
        let again = try TemporaryDirectory(prefix: "certificates-again")
        defer { again.remove() }
        let environment = StageEnvironment(inputDirectory: CertificatesFixture.input, templatesDirectory: CertificatesFixture.templates,
                                           payload: fixture.inputs, timestamp: 1_767_225_600,
                                           settings: [CertificateSigning.settingKey: fixture.keyPath])
        let summary = try await BuildEngine(stages: [.certificates()])
            .build(environment: environment, options: BuildOptions(outputDirectory: again.url, jobs: 2, countries: ["PT"])) { _ in }
        XCTAssertTrue(summary.succeeded)
        for name in ["CT-UNIT.jwt", "CT-UNIT.docx", "CT-UNIT.odt", "CT-PARTICIPATION.html"] {
            let first = try fixture.bytes("certificates/SEM-PT/P-PT-01/" + name)
            let second = Array(try Data(contentsOf: again.file("certificates/SEM-PT/P-PT-01/" + name)))
            XCTAssertEqual(first, second, "\(name) is byte-identical on a rebuild")
        }
    }

    /// The outputs of two participants and one report, in every format.
    private func sample(_ fixture: CertificatesFixture, extension ext: String) -> [URL] {
        fixture.outputs().filter { path in
            (path.contains("/P-PT-01/") || path.contains("/P-RO-01/") || path.hasSuffix("SEM-RO/decisions.\(ext)"))
                && path.hasSuffix("." + ext)
        }.map(fixture.file)
    }

    func testCertificatesTranscriptsAndReportsValidate() async throws {
        let fixture = try await CertificatesFixture.get()
        _ = try TestPaths.requireSharedSchemas()
        let odt = sample(fixture, extension: "odt"), docx = sample(fixture, extension: "docx"), html = sample(fixture, extension: "html")
        XCTAssertEqual(odt.count, 9, "P-PT-01: 2 certificates + 1 transcript; P-RO-01: 3 + 2; the report")
        for report in try ODFValidator().validate(packages: odt) { XCTAssertTrue(report.isValid, "\(report)") }
        for report in try OOXMLValidator().validate(packages: docx) { XCTAssertTrue(report.isValid, "\(report)") }
        for report in try NuHTMLValidator().validate(files: html) { XCTAssertTrue(report.isValid, "\(report)") }
    }

    func testACertificatePrintsOnOneLandscapeA4PageWithTheHoldersName() async throws {
        let fixture = try await CertificatesFixture.get()
        let files = ["SEM-PT/P-PT-01/CT-UNIT.odt", "SEM-PT/P-PT-01/CT-UNIT.docx", "SEM-RO/P-RO-01/CT-FULL.odt",
                     "SEM-RO/P-RO-01/CT-FULL.docx", "SEM-IT/P-IT-01/CT-PARTICIPATION.odt"].map { fixture.file("certificates/" + $0) }
        let scratch = try TemporaryDirectory(prefix: "certificates-pdf")
        defer { scratch.remove() }
        let conversion = try LibreOfficeConverter().convertToPDF(files, in: scratch)
        XCTAssertEqual(conversion.failures, [], conversion.log)
        let names = ["P-PT-01", "P-PT-01", "P-RO-01", "P-RO-01", "P-IT-01"]
        for (file, id) in zip(files, names) {
            let pdf = try XCTUnwrap(conversion.output(for: file), file.path)
            let info = try PDFInfo(pdf: pdf)
            XCTAssertEqual(info.pageCount, 1, "\(file.lastPathComponent) of \(id) fits on one page")
            XCTAssertTrue(info.pageSizes.allSatisfy { $0.isA4() && $0.isLandscape }, "\(info.pageSizes)")
            let participant = try XCTUnwrap(fixture.data.participants.first { $0.id == id })
            let text = try PDFText.normalizedText(of: pdf)
            XCTAssertTrue(text.contains(PDFText.normalize(participant.fullName)), "\(participant.fullName) in \(file.lastPathComponent)")
        }
    }
}

/// Without a signing key the printed certificates are still made; credentials are skipped,
/// and `--strict` makes the missing key an error.
final class CertificatesWithoutKeyTests: XCTestCase {
    func testWithoutAKeyPrintedCertificatesAreMadeAndCredentialsSkipped() async throws {
        if ProcessInfo.processInfo.environment["DELIVERABLES_SIGNING_KEY"] != nil {
            throw XCTSkip("DELIVERABLES_SIGNING_KEY is set in this environment")
        }
        let (loaded, _) = BuildInputs.load(input: CertificatesFixture.input.path, templates: CertificatesFixture.templates.path, strict: false)
        let inputs = try XCTUnwrap(loaded)
        let output = try TemporaryDirectory(prefix: "certificates-nokey")
        defer { output.remove() }
        let environment = StageEnvironment(inputDirectory: CertificatesFixture.input, templatesDirectory: CertificatesFixture.templates,
                                           payload: inputs, timestamp: 1_767_225_600)
        let summary = try await BuildEngine(stages: [.certificates()])
            .build(environment: environment, options: BuildOptions(outputDirectory: output.url, jobs: 2, countries: ["PT"],
                                                                    formats: [.html])) { _ in }
        XCTAssertTrue(summary.succeeded)
        let html = try String(contentsOf: output.file("certificates/SEM-PT/P-PT-01/CT-UNIT.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("urn:uuid:"), "the id is printed")
        XCTAssertNil(html.firstMatch(of: /[0-9A-Z]{5}-[0-9A-Z]{5}/), "no verification code without a key")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.file("certificates/SEM-PT/P-PT-01/CT-UNIT.jwt").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.file("certificates/issuer/jwks.json").path))
    }

    func testStrictMakesAMissingKeyAnErrorNamingTheVariable() {
        XCTAssertThrowsError(try CertificateSigning.key(settings: [CertificateSigning.strictKey: "true"], environment: [:])) { error in
            XCTAssertTrue("\(error)".contains("DELIVERABLES_SIGNING_KEY"))
        }
        XCTAssertNil(try CertificateSigning.key(settings: [:], environment: [:]))
    }

    func testAnUnreadableKeyIsAnErrorNamingTheFile() {
        XCTAssertThrowsError(try CertificateSigning.key(settings: [CertificateSigning.settingKey: "/nonexistent/issuer.pem"], environment: [:])) { error in
            XCTAssertTrue("\(error)".contains("/nonexistent/issuer.pem"), "\(error)")
        }
    }
}
