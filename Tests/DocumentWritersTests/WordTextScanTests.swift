import XCTest
@testable import DocumentWriters

/// `TextScan` reads eight bytes at a time where it can; it must tell exactly what a reading of
/// every scalar tells.
final class WordTextScanTests: XCTestCase {
    private let pieces = ["a", "word", "longerwordthaneightbytes", " ", "  ", "\t", "\n", "\r\n", "é", "ș", "ã",
                          "שלום", "سلام", "Привет", "ހ", "߀", "\u{0590}", "\u{07FF}", "\u{0800}", "😀", ".", "0123456789"]

    func testScanAgreesWithAReadingOfEveryScalarOnRandomRuns() {
        var state: UInt64 = 20_260_301
        func next(below bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for round in 0..<3000 {
            var text = ""
            for _ in 0..<next(below: 12) { text += pieces[next(below: pieces.count)] }
            let scan = TextScan(text)
            XCTAssertEqual(scan.hasBreaks, text.unicodeScalars.contains { $0 == "\t" || $0 == "\n" || $0 == "\r" }, "round \(round): \(text.debugDescription)")
            XCTAssertEqual(scan.needsPreservedSpace, WordDocumentWriter.needsPreservedSpace(text), "round \(round): \(text.debugDescription)")
            if text.unicodeScalars.contains(where: { (0x0590...0x07FF).contains($0.value) }) {
                XCTAssertTrue(scan.mayBeRightToLeft, "round \(round): \(text.debugDescription)")
            }
        }
    }

    func testWordTestFlagsControlsAndLeadBytesOfRightToLeftLettersButNotSpaces() {
        func word(_ text: String) -> UInt64 {
            var value: UInt64 = 0
            for (index, byte) in text.utf8.prefix(8).enumerated() { value |= UInt64(byte) << (8 * UInt64(index)) }
            return value
        }
        XCTAssertFalse(TextScan.mayNeedALook(word("abcdefgh")))
        XCTAssertFalse(TextScan.mayNeedALook(word("éèàç")), "Latin accents: C3 xx")
        XCTAssertFalse(TextScan.mayNeedALook(word("abc  efg")), "spaces are counted within the word")
        XCTAssertTrue(TextScan.mayNeedALook(word("abc\u{1F}efg")))
        XCTAssertTrue(TextScan.mayNeedALook(word("abcdefg\t")))
        XCTAssertTrue(TextScan.mayNeedALook(word("ab\u{05D0}defg")), "Hebrew alef: D7 90")
        XCTAssertTrue(TextScan.mayNeedALook(word("\u{0627}abcdef")), "Arabic alef: D8 A7")
        XCTAssertEqual(TextScan.zeroBytes(0x0001_0000_FF00_2000), 0x8000_8080_0080_0080)
    }
}
