@testable import MarkdownReader
import XCTest

/// The column widths of tables come from the mean character count of their cells; the fast
/// count must agree with `String.count` on every text.
final class CharacterCountTests: XCTestCase {
    func testCharacterCountAgreesWithStringCountOnEveryKindOfText() {
        let texts = [
            "", "U1.1", "Evaluare și feedback", "Competență", "Avaliação", "Évaluation finale", "ÿĀſƀɏʯ˿",
            "e\u{0301}te", "Cafe\u{0301}\u{0327}", "a\r\nb", "a\rb", "tab\there", "👩‍👩‍👧 family", "🇪🇺 flag",
            "שלום", "مرحبا", "日本語", "\u{0300}", "x\u{02FF}\u{0300}", String(repeating: "ăâîșț ", count: 50),
        ]
        for text in texts {
            XCTAssertEqual(text.characterCount, text.count, text)
        }
    }
}
