import XCTest

final class StagesTestsSmoke: XCTestCase {
    func testTargetBuilds() { XCTAssertTrue(true) }
}
