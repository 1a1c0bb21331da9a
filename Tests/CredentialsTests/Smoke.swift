import XCTest

final class CredentialsTestsSmoke: XCTestCase {
    func testTargetBuilds() { XCTAssertTrue(true) }
}
