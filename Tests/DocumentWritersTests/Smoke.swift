import XCTest

final class DocumentWritersTestsSmoke: XCTestCase {
    func testTargetBuilds() { XCTAssertTrue(true) }
}
