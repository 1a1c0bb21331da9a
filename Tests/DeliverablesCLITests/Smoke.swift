import XCTest

final class DeliverablesCLITestsSmoke: XCTestCase {
    func testTargetBuilds() { XCTAssertTrue(true) }
}
