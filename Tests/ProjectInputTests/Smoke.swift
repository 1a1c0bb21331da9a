import XCTest

final class ProjectInputTestsSmoke: XCTestCase {
    func testTargetBuilds() { XCTAssertTrue(true) }
}
