import XCTest

final class MarkdownReaderTestsSmoke: XCTestCase {
    func testTargetBuilds() { XCTAssertTrue(true) }
}
