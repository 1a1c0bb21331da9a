import DocumentTree
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ProjectModel
@testable import Stages
import XCTest

/// What the manuals say is checked against the data they are made from.
final class ManualsContentTests: XCTestCase {
    private func inputs() throws -> BuildInputs { try ManualsFixture.loadInputs(input: ManualsFixture.input) }

    func testEveryCompetenceIdAndTitleAppearsInTheFrameworkManualInEveryLanguage() throws {
        let inputs = try inputs()
        for language in inputs.data.project.languages {
            let text = ManualsFixture.text(of: ManualsFixture.document(.framework, language, inputs: inputs))
            for competence in inputs.data.framework.competences {
                let title = try XCTUnwrap(competence.title.resolved(in: language, fallback: inputs.defaultLanguage))
                XCTAssertTrue(text.contains("\(competence.id) \(title)"), "\(language): \(competence.id) \(title)")
            }
            for outcome in inputs.data.outcomes {
                XCTAssertTrue(text.contains(outcome.id), "\(language): outcome \(outcome.id)")
            }
        }
    }

    func testFrameworkFigureDrawsEveryAreaAndCompetenceCode() throws {
        let inputs = try inputs()
        let context = ManualContext(inputs: inputs, language: "fr")
        let (svg, height) = FrameworkFigure(context: context).drawing()
        XCTAssertGreaterThan(height, 100)
        XCTAssertEqual(svg.components(separatedBy: "<rect").count - 1,
                       inputs.data.framework.areas.count + inputs.data.framework.competences.count)
        for competence in inputs.data.framework.competences {
            XCTAssertTrue(svg.contains(">\(competence.id)</text>"), competence.id)
        }
        XCTAssertTrue(svg.contains("Engagement professionnel"))
        XCTAssertNotNil(try? XMLDocument(xmlString: svg), "the SVG is well-formed XML")
    }

    func testProgrammeTotalsEqualTheSumsOfTheUnits() throws {
        let inputs = try inputs()
        let programme = inputs.data.programme
        let document = ManualsFixture.document(.programme, "en", inputs: inputs)
        let tables = document.sections.flatMap(\.blocks).compactMap { block -> Table? in
            if case .table(let table) = block { return table }
            return nil
        }
        func table(captioned key: String) throws -> Table {
            let caption = inputs.labels.text(key, "en")
            return try XCTUnwrap(tables.first { $0.caption.plainText == caption }, caption)
        }
        let hoursTable = try table(captioned: "manuals.programme.hoursCaption")
        let totals = try XCTUnwrap(hoursTable.bodyRows.last).cells.map { $0.blocks.plainText }
        let sum = { (path: KeyPath<UnitHours, Double>) in programme.units.reduce(0) { $0 + $1.hours[keyPath: path] } }
        let format = LocaleFormat(language: "en")
        let expected = [sum(\.contact), sum(\.online), sum(\.practice), sum(\.selfStudy),
                        programme.units.reduce(0) { $0 + $1.hours.total }, programme.units.reduce(0) { $0 + $1.ecvetPoints }]
            .map { format.number($0, maximumFractionDigits: 1) }
        XCTAssertEqual(Array(totals.dropFirst()), expected)
        XCTAssertEqual(hoursTable.bodyRows.count, programme.units.count + 1, "one row per unit and the totals")
        if let declared = programme.declaredTotalHours { XCTAssertEqual(declared, programme.totalHours) }
        // The overview table's totals agree with the same sums.
        let overview = try table(captioned: "manuals.programme.overviewCaption")
        let overviewTotals = try XCTUnwrap(overview.bodyRows.last).cells.map { $0.blocks.plainText }
        XCTAssertEqual(Array(overviewTotals.suffix(2)), Array(expected.suffix(2)))
    }

    func testEveryEligibilityRuleAppearsAsItsGeneratedTextInTheCertificationManual() throws {
        let inputs = try inputs()
        for language in inputs.data.project.languages {
            let text = ManualsFixture.text(of: ManualsFixture.document(.certification, language, inputs: inputs))
            for type in inputs.data.certification.certificateTypes {
                for rule in type.rules {
                    let sentence = EligibilityRuleText.describe(rule, language: language, labels: inputs.labels, data: inputs.data)
                    XCTAssertFalse(sentence.contains("{"), "unfilled placeholder: \(sentence)")
                    XCTAssertTrue(text.contains(sentence), "\(language): \(sentence)")
                }
            }
        }
    }

    func testEligibilityRulesReadAsSentencesWithLocaleNumbers() throws {
        let inputs = try inputs()
        let labels = inputs.labels
        XCTAssertEqual(EligibilityRuleText.describe(.attendance(minimumPercent: 80), language: "fr", labels: labels),
                       "Suivre au moins 80\u{202F}% des heures de présentiel du séminaire."
                           .replacingOccurrences(of: "80\u{202F}%", with: LocaleFormat(language: "fr").percent(80)))
        XCTAssertEqual(EligibilityRuleText.describe(.attendance(minimumPercent: 80), language: "en", labels: labels),
                       "Attend at least 80% of the seminar's contact hours.")
        XCTAssertEqual(EligibilityRuleText.describe(.unitsPassed(units: .only(["U1", "U2"]), minimum: 2), language: "en", labels: labels),
                       "Pass every one of these units: U1 and U2.")
        let proficiency = EligibilityRuleText.describe(
            .proficiency(minimumLevel: .b1, competences: .any, minimumCount: 6), language: "en", labels: labels, data: inputs.data)
        XCTAssertEqual(proficiency, "Reach at least level B1 (Integrator) in at least 6 competences of the framework.")
        let route = EligibilityRuleText.describe(.route(["R-TRAINING"]), language: "ro", labels: labels)
        XCTAssertEqual(route, "Să obțină unitățile pe calea R-TRAINING.")
    }

    func testEveryOperatorAppearsInTheNetworkDirectoryWithItsModules() throws {
        let inputs = try inputs()
        for language in ["en", "fr"] {
            let text = ManualsFixture.text(of: ManualsFixture.document(.network, language, inputs: inputs))
            for op in inputs.data.operators {
                let name = try XCTUnwrap(op.name.resolved(in: language, fallback: inputs.defaultLanguage))
                XCTAssertTrue(text.contains(name), "\(language): \(name)")
                if let email = op.email { XCTAssertTrue(text.contains(email), email) }
            }
            for need in inputs.data.needs { XCTAssertTrue(text.contains(need.id), need.id) }
        }
    }

    func testANeedNoModuleCoversIsFlaggedAsAGap() throws {
        let inputs = try inputs()
        let context = ManualContext(inputs: inputs, language: "en")
        let matrix = CoverageMatrix(context: context)
        for need in inputs.data.needs {
            let taught = Set(inputs.data.programme.units.flatMap(\.competences))
            let expectGap = need.competences.allSatisfy { !taught.contains($0) }
            XCTAssertEqual(matrix.status(of: need) == .gap, expectGap, need.id)
        }
        XCTAssertTrue(inputs.data.needs.contains { matrix.status(of: $0) == .gap }, "the shipped data has a known gap (4.2)")
        let text = ManualsFixture.text(of: ManualsFixture.document(.network, "en", inputs: inputs))
        XCTAssertTrue(text.contains("Gap: no module"))
    }

    func testALanguageWithoutProseUsesTheDefaultLanguageProse() throws {
        let inputs = try inputs()
        XCTAssertFalse(inputs.data.prose.contains { $0.manual == "programme" && $0.language == "it" }, "fixture: no Italian prose")
        let english = ManualStage.prose(for: "programme", context: ManualContext(inputs: inputs, language: "en"))
        let italian = ManualStage.prose(for: "programme", context: ManualContext(inputs: inputs, language: "it"))
        XCTAssertFalse(english.isEmpty)
        XCTAssertEqual(italian, english)
        let text = ManualsFixture.text(of: ManualsFixture.document(.programme, "it", inputs: inputs))
        XCTAssertTrue(text.contains("Panoramica del programma"), "Italian labels where they exist")
    }

    func testTitlePageCarriesDeliverableVersionDatePartnersAndFundingNotice() throws {
        let inputs = try inputs()
        let document = ManualsFixture.document(.framework, "fr", inputs: inputs)
        XCTAssertEqual(document.sections.count, 2)
        XCTAssertEqual(document.sections[0].header, .empty, "no running header on the title page")
        let cover = document.sections[0].blocks.plainText
        XCTAssertTrue(cover.contains("Livrable D2"), cover)
        XCTAssertTrue(cover.contains("30 juin 2027"), cover)
        XCTAssertTrue(cover.contains("Version\u{00A0}: 1.0"), "French colon after a no-break space: \(cover)")
        XCTAssertTrue(cover.contains("CIEP asbl (Bruxelles, Belgique)"), cover)
        XCTAssertTrue(cover.contains("Cofinancé par le programme Erasmus+"), cover)
        let body = document.sections[1].blocks
        guard case .tableOfContents = body.first else { return XCTFail("the body opens with the table of contents") }
        XCTAssertTrue(body.plainText.contains("Recommandation du Conseil du 20 décembre 2012"), "annex of sources")
    }
}

extension ManualsContentTests {
    func testPlaceholderParagraphsInProseBecomeTheFigureOrTableAndUnknownOnesStay() throws {
        let inputs = try ManualsFixture.loadInputs(input: ManualsFixture.input)
        let context = ManualContext(inputs: inputs, language: "en")
        let blocks: [Block] = [
            .paragraph(Paragraph(text: "{{figure:framework}}")),
            .paragraph(Paragraph(text: "{{ table:coverage }}")),
            .paragraph(Paragraph(text: "{{table:nonsense}}")),
            .paragraph(Paragraph(text: "Text with {{figure:framework}} inside stays text.")),
        ]
        let result = ProsePlaceholders(context: context).apply(to: blocks)
        guard case .figure = result[0] else { return XCTFail("figure expected, got \(result[0])") }
        guard case .table(let table) = result[1] else { return XCTFail("table expected, got \(result[1])") }
        XCTAssertEqual(table.bodyRows.count, inputs.data.needs.count)
        XCTAssertEqual(result[2], blocks[2])
        XCTAssertEqual(result[3], blocks[3])
    }
}
