import DocumentTree
import DocumentWriters
import XCTest

/// The CSS generated from the house style.
final class HTMLStylesheetTests: XCTestCase {
    func testChangingTheHeadingColourChangesTheStylesheet() {
        var style = HouseStyle.default
        let before = HouseStyleCSS.stylesheet(for: style)
        style.paragraphStyles["Heading1"]?.color = Color(hex: "#AA3300")
        let after = HouseStyleCSS.stylesheet(for: style)
        XCTAssertNotEqual(before, after)
        XCTAssertTrue(after.contains("h1, .p-heading1 {\n  font-family: var(--font-heading);\n  font-size: 1.905rem;\n  font-weight: 700;\n  font-style: normal;\n  color: #AA3300;"))
    }

    func testHeadingsWithoutTheirOwnColourTakeThePaletteHeadingColour() {
        var style = HouseStyle.default
        style.paragraphStyles["Heading2"]?.color = nil
        style.colors.heading = Color(hex: "#224466") ?? .black
        XCTAssertTrue(HouseStyleCSS.stylesheet(for: style).contains("h2, .p-heading2 {\n  font-family: var(--font-heading);\n  font-size: 1.429rem;\n  font-weight: 700;\n  font-style: normal;\n  color: #224466;"))
    }

    func testEveryParagraphAndCharacterStyleHasARule() {
        var style = HouseStyle.default
        style.paragraphStyles["Certificate Name"] = ParagraphStyle(fontSize: 24, alignment: .center)
        let css = HouseStyleCSS.stylesheet(for: style)
        for name in style.paragraphStyleNames {
            XCTAssertTrue(css.contains(".\(HTMLNames.paragraphClass(name)) {"), "no rule for paragraph style \(name)")
        }
        for name in style.characterStyleNames {
            XCTAssertTrue(css.contains(".\(HTMLNames.characterClass(name)) {"), "no rule for character style \(name)")
        }
        XCTAssertTrue(css.contains(".p-certificate-name {\n  font-family: var(--font-body);\n  font-size: 2.286rem;"))
    }

    func testPrintRulesUseTheHouseStylePage() {
        var style = HouseStyle.default
        style.page = style.page.with(margins: Margins(top: .mm(30), bottom: .mm(20), left: .mm(15), right: .mm(18)))
        let css = HouseStyleCSS.stylesheet(for: style)
        XCTAssertTrue(css.contains("@page { size: A4; margin: 30mm 18mm 20mm 15mm; }"))
        XCTAssertTrue(css.contains("@page landscape { size: A4 landscape; }"))
        XCTAssertTrue(css.contains("  .landscape {\n    page: landscape;\n  }"))
        XCTAssertTrue(css.contains("  .skip-link, nav {\n    display: none;\n  }"))
        XCTAssertTrue(css.contains("  .page-break {\n    break-after: page;\n  }"))
    }

    func testFocusOutlineHasEnoughContrastWithThePage() {
        var style = HouseStyle.default
        style.colors.link = Color(hex: "#BBDDFF") ?? .white  // too pale on white: 1.3:1
        let css = HouseStyleCSS.stylesheet(for: style)
        XCTAssertTrue(css.contains("--color-focus: #1F3A68;"), "the focus colour should fall back to the heading colour")
        XCTAssertGreaterThanOrEqual(HouseStyleCSS.contrastRatio(Color(hex: "#1F3A68") ?? .black, .white), 3)
    }

    func testFontNamesCannotCloseTheStyleElement() {
        var style = HouseStyle.default
        style.fonts.body = "Evil</style><script>\"x\\"
        let css = HouseStyleCSS.stylesheet(for: style)
        XCTAssertFalse(css.contains("</style>"))
        XCTAssertTrue(css.contains("--font-body: \"Evil\\3C /style\\3E \\3C script\\3E \\\"x\\\\\", \"Liberation Sans\""))
    }

    func testStylesheetIsDeterministic() {
        var style = HouseStyle.default
        for index in 0..<20 { style.paragraphStyles["Extra\(index)"] = ParagraphStyle(fontSize: Double(8 + index)) }
        XCTAssertEqual(HouseStyleCSS.stylesheet(for: style), HouseStyleCSS.stylesheet(for: style))
        let css = HouseStyleCSS.stylesheet(for: style)
        let positions = ["p-extra0 {", "p-extra1 {", "p-extra10 {", "p-extra2 {"].compactMap { css.range(of: $0)?.lowerBound }
        XCTAssertEqual(positions, positions.sorted())
    }
}
