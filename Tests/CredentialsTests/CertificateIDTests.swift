import XCTest
@testable import Credentials

final class CertificateIDTests: XCTestCase {
    func testSameInputsAlwaysGiveTheSameID() {
        let first = CertificateID.make(participant: "P-IT-001", type: "participation", activity: "SEM-IT")
        XCTAssertEqual(first, CertificateID.make(participant: "P-IT-001", type: "participation", activity: "SEM-IT"))
        // Pinned: a change here would reissue every certificate under a new id.
        XCTAssertEqual(first, "urn:uuid:" + NameBasedUUID.make(namespace: NameBasedUUID.certificateNamespace,
                                                                name: Array("8:P-IT-00113:participation6:SEM-IT".utf8)))
    }

    func testIDIsAVersion5UUIDURN() {
        let id = CertificateID.make(participant: "P-IT-001", type: "participation", activity: "SEM-IT")
        let pattern = #"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"#
        XCTAssertNotNil(id.range(of: pattern, options: .regularExpression), id)
    }

    func testAnyDifferentInputGivesADifferentID() {
        let base = CertificateID.make(participant: "P1", type: "T", activity: "A")
        let others = [
            CertificateID.make(participant: "P2", type: "T", activity: "A"),
            CertificateID.make(participant: "P1", type: "U", activity: "A"),
            CertificateID.make(participant: "P1", type: "T", activity: "B"),
            CertificateID.make(participant: "P1T", type: "", activity: "A"),
        ]
        XCTAssertEqual(Set(others + [base]).count, 5)
    }

    func testKnownVersion5Vector() {
        // RFC 9562 appendix A.4: UUIDv5 of "www.example.com" in the DNS namespace.
        let dns: [UInt8] = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]
        XCTAssertEqual(NameBasedUUID.make(namespace: dns, name: Array("www.example.com".utf8)),
                       "2ed6657d-e927-568b-95e1-2665a8aea6a2")
    }

    func testSubjectIDDependsOnlyOnTheSaltedHash() {
        let one = HashedIdentity.email("a@example.org", salt: "s1")
        XCTAssertEqual(one.subjectID, HashedIdentity.email(" A@Example.org ", salt: "s1").subjectID)
        XCTAssertNotEqual(one.subjectID, HashedIdentity.email("a@example.org", salt: "s2").subjectID)
        XCTAssertFalse(one.subjectID.contains("example"))
    }
}
