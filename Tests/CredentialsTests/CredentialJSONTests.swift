import Foundation
import XCTest
@testable import Credentials

final class CredentialJSONTests: XCTestCase {
    private func parsed(_ credential: OpenBadgeCredential = Fixtures.credential()) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(credential.jsonBytes))
        return try XCTUnwrap(object as? [String: Any])
    }

    func testContextsAreTheTwoRequiredInOrder() throws {
        let json = try parsed()
        XCTAssertEqual(json["@context"] as? [String], [
            "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ])
    }

    func testTopLevelCarriesIdTypesIssuerAndDates() throws {
        let json = try parsed()
        let id = try XCTUnwrap(json["id"] as? String)
        XCTAssertTrue(id.hasPrefix("urn:uuid:"))
        XCTAssertEqual(json["type"] as? [String], ["VerifiableCredential", "OpenBadgeCredential"])
        XCTAssertEqual(json["name"] as? String, "Certified ICT trainer")
        XCTAssertEqual(json["validFrom"] as? String, "2027-04-07T00:00:00Z")
        XCTAssertEqual(json["validUntil"] as? String, "2032-04-07T00:00:00Z")
        let issuer = try XCTUnwrap(json["issuer"] as? [String: Any])
        XCTAssertEqual(issuer["id"] as? String, Fixtures.issuerID)
        XCTAssertEqual(issuer["type"] as? [String], ["Profile"])
        XCTAssertEqual(issuer["name"] as? String, "DigiTrainers Consortium")
        XCTAssertEqual(issuer["url"] as? String, "https://digitrainers.example.eu/")
        let schema = try XCTUnwrap((json["credentialSchema"] as? [[String: Any]])?.first)
        XCTAssertEqual(schema["type"] as? String, "1EdTechJsonSchemaValidator2019")
    }

    func testSubjectIsIdentifiedByASaltedHashOnly() throws {
        let credential = Fixtures.credential()
        let json = try parsed(credential)
        let subject = try XCTUnwrap(json["credentialSubject"] as? [String: Any])
        XCTAssertEqual(subject["type"] as? [String], ["AchievementSubject"])
        XCTAssertEqual(subject["id"] as? String, credential.subjectID)
        XCTAssertTrue(credential.subjectID.hasPrefix("urn:uuid:"))
        let identifier = try XCTUnwrap((subject["identifier"] as? [[String: Any]])?.first)
        XCTAssertEqual(identifier["type"] as? String, "IdentityObject")
        XCTAssertEqual(identifier["identityType"] as? String, "emailAddress")
        XCTAssertEqual(identifier["hashed"] as? Bool, true)
        let salt = try XCTUnwrap(identifier["salt"] as? String)
        XCTAssertEqual(salt.count, 32)
        // sha256$ + hex(SHA-256(lower-cased e-mail + salt)), recomputed independently.
        let expected = try shell("printf '%s' 'maria.rossi@example.org\(salt)' | sha256sum | cut -d' ' -f1")
        XCTAssertEqual(identifier["identityHash"] as? String, "sha256$" + expected)
    }

    func testNoEmailOrNameOfTheHolderAppearsInClear() {
        let text = String(decoding: Fixtures.credential().jsonBytes, as: UTF8.self).lowercased()
        XCTAssertFalse(text.contains("maria"))
        XCTAssertFalse(text.contains("rossi"))
        XCTAssertFalse(text.contains("example.org"))
    }

    func testAchievementHasCriteriaAlignmentsAndRubric() throws {
        let json = try parsed()
        let subject = try XCTUnwrap(json["credentialSubject"] as? [String: Any])
        let achievement = try XCTUnwrap(subject["achievement"] as? [String: Any])
        XCTAssertEqual(achievement["type"] as? [String], ["Achievement"])
        XCTAssertEqual(achievement["achievementType"] as? String, "Certificate")
        XCTAssertNotNil(achievement["description"] as? String)
        XCTAssertNotNil((achievement["criteria"] as? [String: Any])?["narrative"] as? String)
        let alignments = try XCTUnwrap(achievement["alignment"] as? [[String: Any]])
        XCTAssertEqual(alignments.count, 3)
        let competence = alignments[0]
        XCTAssertEqual(competence["type"] as? [String], ["Alignment"])
        XCTAssertEqual(competence["targetCode"] as? String, "2.3")
        XCTAssertEqual(competence["targetFramework"] as? String, "DigCompEdu")
        XCTAssertEqual(competence["targetType"] as? String, "ext:DigCompEduCompetence")
        XCTAssertNotNil(competence["targetUrl"] as? String)
        XCTAssertNotNil(competence["targetName"] as? String)
        XCTAssertEqual(alignments[1]["targetUrl"] as? String, "http://data.europa.eu/snb/eqf/5")
        XCTAssertEqual(alignments[2]["targetType"] as? String, "ext:ECVETPoints")
        XCTAssertEqual(alignments[2]["targetCode"] as? String, "12")

        let description = try XCTUnwrap((achievement["resultDescription"] as? [[String: Any]])?.first)
        XCTAssertEqual(description["type"] as? [String], ["ResultDescription"])
        XCTAssertEqual(description["resultType"] as? String, "RubricCriterionLevel")
        let levels = try XCTUnwrap(description["rubricCriterionLevel"] as? [[String: Any]])
        XCTAssertEqual(levels.compactMap { $0["name"] as? String },
                       ["A1 Newcomer", "A2 Explorer", "B1 Integrator", "B2 Expert", "C1 Leader", "C2 Pioneer"])
        XCTAssertEqual(levels[0]["type"] as? [String], ["RubricCriterionLevel"])
        let descriptionID = try XCTUnwrap(description["id"] as? String)
        XCTAssertEqual(description["requiredLevel"] as? String, descriptionID + "-B1")

        let result = try XCTUnwrap((subject["result"] as? [[String: Any]])?.first)
        XCTAssertEqual(result["type"] as? [String], ["Result"])
        XCTAssertEqual(result["resultDescription"] as? String, descriptionID)
        XCTAssertEqual(result["achievedLevel"] as? String, descriptionID + "-B2")
        XCTAssertEqual(result["status"] as? String, "Completed")
        XCTAssertTrue(levels.contains { $0["id"] as? String == descriptionID + "-B2" })
    }

    func testSameInputGivesByteIdenticalJSONWithSortedKeys() throws {
        let first = Fixtures.credential().jsonBytes
        XCTAssertEqual(first, Fixtures.credential().jsonBytes)
        let text = String(decoding: first, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("{\"@context\":["), text)
        XCTAssertFalse(text.contains("\n"))
    }

    func testOptionalValidUntilIsOmittedWhenAbsent() throws {
        let json = try parsed(Fixtures.credential(validUntil: nil))
        XCTAssertNil(json["validUntil"])
    }

    private func shell(_ command: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
