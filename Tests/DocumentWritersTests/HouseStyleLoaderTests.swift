import DocumentTree
import DocumentWriters
import Foundation
import XCTest

final class HouseStyleLoaderTests: XCTestCase {
    private let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func load(_ yaml: String, baseDirectory: String = "/nonexistent") throws -> HouseStyle {
        try HouseStyle.load(yaml: yaml, path: "style.yaml", baseDirectory: baseDirectory)
    }

    private func assertError(_ yaml: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try load(yaml), file: file, line: line) { error in
            XCTAssertEqual((error as? StyleFileError)?.description, expected, file: file, line: line)
        }
    }

    func testEmptyFileGivesTheDefaultStyle() throws {
        XCTAssertEqual(try load(""), .default)
        XCTAssertEqual(try load("version: 1"), .default)
    }

    func testGivenKeysOverrideAndTheRestFallsBackToDefaults() throws {
        let style = try load("""
            page: {size: A5, orientation: landscape, margins: 10}
            fonts: {body: DejaVu Sans}
            colors: {accent: "#112233"}
            paragraphStyles:
              Heading1: {color: "#FF0000"}
              Sidebar: {fontSize: 9, alignment: justify}
            table: {stripe: none}
            """)
        XCTAssertEqual(style.page, PageSetup(width: .mm(210), height: .mm(148), orientation: .landscape, margins: .all(.mm(10))))
        XCTAssertEqual(style.fonts.body, "DejaVu Sans")
        XCTAssertEqual(style.fonts.heading, HouseStyle.default.fonts.heading)
        XCTAssertEqual(style.colors.accent, Color(hex: "#112233"))
        XCTAssertEqual(style.colors.text, HouseStyle.default.colors.text)
        var heading1 = HouseStyle.default.paragraphStyles["Heading1"]
        heading1?.color = Color(red: 255, green: 0, blue: 0)
        XCTAssertEqual(style.paragraphStyles["Heading1"], heading1, "merged field by field over the default Heading1")
        XCTAssertEqual(style.paragraphStyles["Sidebar"], ParagraphStyle(fontSize: 9, alignment: .justify))
        XCTAssertEqual(style.paragraphStyles["Normal"], HouseStyle.default.paragraphStyles["Normal"])
        XCTAssertNil(style.table.stripe)
        XCTAssertEqual(style.table.headerBackground, HouseStyle.default.table.headerBackground)
    }

    func testUnknownTopLevelKeyIsRefusedWithPositionAndHint() {
        assertError("version: 1\ncolours: {text: \"#000000\"}", "style.yaml:2:1: error: unknown key 'colours' (did you mean 'colors'?)")
    }

    func testUnknownNestedKeyNamesItsSection() {
        assertError("""
            paragraphStyles:
              Title:
                fontsize: 20
            """, "style.yaml:3:5: error: unknown key 'fontsize' in 'paragraphStyles.Title' (did you mean 'fontSize'?)")
    }

    func testBadColourIsReportedAtItsValue() {
        assertError("colors:\n  accent: teal", "style.yaml:2:11: error: colors.accent: 'teal' is not a colour; write it as #RRGGBB")
    }

    func testBadChoiceIsReportedWithHint() {
        assertError("paragraphStyles:\n  Normal: {alignment: centre}",
                    "style.yaml:2:23: error: paragraphStyles.Normal.alignment: 'centre' is not one of start, center, end, justify (did you mean 'center'?)")
    }

    func testWrongTypeIsReported() {
        assertError("fonts:\n  bodySize: large", "style.yaml:2:13: error: fonts.bodySize: expected a number here")
    }

    func testNewerVersionIsRefused() {
        assertError("version: 2", "style.yaml:1:10: error: version: style file version 2 is newer than this build of deliverables understands (version 1); update deliverables")
    }

    func testInvalidYAMLIsReportedWithPosition() {
        XCTAssertThrowsError(try load("page: {size: A4\nfonts: x")) { error in
            XCTAssertTrue("\(error)".hasPrefix("style.yaml:"), "\(error)")
            XCTAssertTrue("\(error)".contains("error: not valid YAML"), "\(error)")
        }
    }

    func testMissingLogoIsAnErrorAtTheLogoKey() {
        XCTAssertThrowsError(try load("running:\n  logo: nowhere.svg", baseDirectory: "/tmp/no-such-dir")) { error in
            XCTAssertEqual((error as? StyleFileError)?.description,
                           "style.yaml:2:9: error: logo file 'nowhere.svg' not found (looked for /tmp/no-such-dir/nowhere.svg)")
        }
    }

    func testYAMLBooleanWordsAreBooleansAndQuotedOnesAreRefused() throws {
        let style = try load("paragraphStyles:\n  Lead: {bold: yes, italic: Off, keepWithNext: TRUE}")
        XCTAssertEqual(style.paragraphStyles["Lead"]?.bold, true)
        XCTAssertEqual(style.paragraphStyles["Lead"]?.italic, false)
        XCTAssertEqual(style.paragraphStyles["Lead"]?.keepWithNext, true)
        assertError("paragraphStyles:\n  Lead: {bold: \"yes\"}", "style.yaml:2:16: error: paragraphStyles.Lead.bold: expected true or false here")
        assertError("paragraphStyles:\n  Lead: {bold: tRUE}", "style.yaml:2:16: error: paragraphStyles.Lead.bold: expected true or false here")
        assertError("paragraphStyles:\n  Lead: {bold: 1}", "style.yaml:2:16: error: paragraphStyles.Lead.bold: expected true or false here")
    }

    func testQuotedNumberIsRefusedWhereANumberIsExpected() {
        assertError("fonts: {bodySize: \"11\"}", "style.yaml:1:19: error: fonts.bodySize: expected a number here")
        assertError("version: \"1\"", "style.yaml:1:10: error: version: expected a number here")
    }

    func testNumbersAndBooleansAreTextWhereTextIsExpected() throws {
        let style = try load("fonts: {body: 12, heading: true, bodySize: 1_1.5}\nrunning: {header: 'x: {title}'}")
        XCTAssertEqual(style.fonts.body, "12")
        XCTAssertEqual(style.fonts.heading, "true")
        XCTAssertEqual(style.fonts.bodySize, 11.5)
        XCTAssertEqual(style.running.header, "x: {title}")
    }

    func testNullValuesFallBackToTheDefaults() throws {
        let style = try load("fonts:\npage: {margins: ~}\ncolors: {accent: null}\nparagraphStyles:\n  Lead: {fontSize: ~, bold: }")
        XCTAssertEqual(style.fonts, HouseStyle.default.fonts)
        XCTAssertEqual(style.page, HouseStyle.default.page)
        XCTAssertEqual(style.colors.accent, HouseStyle.default.colors.accent)
        XCTAssertNil(style.paragraphStyles["Lead"]?.bold)
        XCTAssertNil(style.paragraphStyles["Lead"]?.fontSize, "a null size is absent (it used to read as 0 pt)")
    }

    func testVersionAcceptsYAMLIntegerForms() throws {
        XCTAssertEqual(try load("version: 0x1"), .default)
        XCTAssertEqual(try load("version: +1"), .default)
        assertError("version: 0", "style.yaml:1:10: error: version: style file version must be 1 or more, not 0")
        assertError("version: 1.0", "style.yaml:1:10: error: version: expected a number here")
    }

    func testSectionGivenAsTextIsReportedAsNotAMapping() {
        assertError("page: wide", "style.yaml:1:7: error: page: expected a mapping of keys to values here")
        assertError("page: {margins: wide}", "style.yaml:1:17: error: page.margins: expected a mapping of keys to values here")
        assertError("paragraphStyles: [Title]", "style.yaml:1:18: error: paragraphStyles: expected a mapping of keys to values here")
        assertError("paragraphStyles:\n  Title: big", "style.yaml:2:10: error: paragraphStyles.Title: expected a mapping of keys to values here")
    }

    func testNegativeAndZeroSizesAreRefused() {
        assertError("page: {margins: -1}", "style.yaml:1:17: error: page.margins: margins must be zero or more, not -1.0")
        assertError("fonts: {bodySize: 0}", "style.yaml:1:19: error: fonts.bodySize: bodySize must be more than zero, not 0.0")
        assertError("page: {margins: {top: -2}}", "style.yaml:1:23: error: page.margins.top: top must be zero or more, not -2.0")
        assertError("page: {margins: 100}", "style.yaml:1:17: error: page.margins: the margins leave less than 20 mm of text width or height on the page")
        assertError("page: {size: A6}", "style.yaml:1:14: error: page.size: unknown page size 'A6'; write one of A3, A4, A5, Letter or give width and height in mm (did you mean 'A3'?)")
    }

    func testTableStripeColourOrNone() throws {
        XCTAssertEqual(try load("table: {stripe: \"#010203\"}").table.stripe, Color(red: 1, green: 2, blue: 3))
        assertError("table: {stripe: zebra}", "style.yaml:1:17: error: table.stripe: 'zebra' is not a colour; write it as #RRGGBB")
    }

    func testCharacterStylesMergeOverTheDefaults() throws {
        let style = try load("characterStyles:\n  Strong: {color: \"#FF0000\"}\n  Mark: {background: \"#FFFF00\", font: monospace}")
        XCTAssertEqual(style.characterStyles["Strong"]?.color, Color(red: 255, green: 0, blue: 0))
        XCTAssertEqual(style.characterStyles["Strong"]?.bold, HouseStyle.default.characterStyles["Strong"]?.bold)
        XCTAssertEqual(style.characterStyles["Mark"], CharacterStyle(font: .monospace, background: Color(red: 255, green: 255, blue: 0)))
        assertError("characterStyles:\n  Mark: {font: serif}",
                    "style.yaml:2:16: error: characterStyles.Mark.font: 'serif' is not one of body, heading, monospace")
    }

    func testProjectStyleFileLoadsWithItsLogoAndPNGFallback() throws {
        let path = repositoryRoot.appendingPathComponent("Templates/style.yaml").path
        let style = try HouseStyle.load(from: path)
        for name in HouseStyle.builtInParagraphStyleNames + ["CoverTitle", "CoverSubtitle", "CoverMeta", "Lead", "FormLabel", "BadgeName",
                                                            "BadgeOrganisation", "CertificateTitle", "CertificateHolder", "Signature"] {
            XCTAssertNotNil(style.paragraphStyles[name], "style \(name) missing")
        }
        let logo = try XCTUnwrap(style.logo)
        XCTAssertEqual(logo.format, .svg)
        XCTAssertEqual(logo.altText, "DIGITRAIN project logo")
        XCTAssertEqual(logo.height, .mm(9))
        XCTAssertEqual(logo.width.millimetres, 9 * 272 / 64, accuracy: 0.01)
        XCTAssertEqual(logo.pngFallback.map { Array($0.prefix(4)) }, [0x89, 0x50, 0x4E, 0x47])
        XCTAssertTrue(style.running.footer.hasPrefix("Co-funded by the Erasmus+ Programme of the European Union."))
        XCTAssertTrue(style.running.footer.hasSuffix("information contained therein."))
        XCTAssertEqual(style.running.pageNumber, "{page} / {pages}")
        XCTAssertEqual(style.page, .a4Portrait.with(margins: Margins(top: .mm(25), bottom: .mm(22), left: .mm(22), right: .mm(22))))
    }
}
