import Foundation

/// What the website publishes about one certificate so its code can be checked: the hash of the
/// code, the kind of certificate, the day of issue and whether it still holds. No names, no
/// e-mail addresses, no revocation reasons.
public struct VerificationRecord: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case valid, revoked
    }

    /// `VerificationCode.hash`.
    public var codeHash: String
    /// The certificate type's id or title, e.g. `participation`.
    public var certificateType: String
    /// The UTC day of issue, `YYYY-MM-DD`.
    public var issued: String
    public var status: Status
    /// The UTC day of revocation, `YYYY-MM-DD`, when revoked and known.
    public var revokedOn: String?
    /// The credential id (`urn:uuid:`), when the issuer chooses to publish it.
    public var credentialID: String?

    public init(codeHash: String, certificateType: String, issued: String, status: Status = .valid,
                revokedOn: String? = nil, credentialID: String? = nil) {
        self.codeHash = codeHash
        self.certificateType = certificateType
        self.issued = issued
        self.status = status
        self.revokedOn = revokedOn
        self.credentialID = credentialID
    }

    /// The record of `code`, revoked when `revocation` is given.
    public init(code: VerificationCode, certificateType: String, issued: Date, revocation: Revocation? = nil,
                credentialID: String? = nil) {
        self.init(codeHash: code.hash, certificateType: certificateType, issued: ISO8601.day(issued),
                  status: revocation == nil ? .valid : .revoked, revokedOn: revocation?.date.map(ISO8601.day),
                  credentialID: credentialID)
    }

    /// The record without its `codeHash` (the index's key).
    var json: JSONValue {
        var members: [String: JSONValue] = [
            "certificateType": .string(certificateType), "issued": .string(issued), "status": .string(status.rawValue),
        ]
        if let revokedOn { members["revokedOn"] = .string(revokedOn) }
        if let credentialID { members["credentialId"] = .string(credentialID) }
        return .object(members)
    }

    init(codeHash: String, json: JSONValue) throws {
        guard let type = json["certificateType"]?.stringValue, let issued = json["issued"]?.stringValue,
              let status = json["status"]?.stringValue.flatMap(Status.init(rawValue:))
        else { throw VerificationIndexError.malformedRecord(codeHash) }
        self.init(codeHash: codeHash, certificateType: type, issued: issued, status: status,
                  revokedOn: json["revokedOn"]?.stringValue, credentialID: json["credentialId"]?.stringValue)
    }
}
