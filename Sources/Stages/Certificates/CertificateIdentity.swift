import Credentials

/// The stable ids of certificates, from the `Credentials` module, in one place.
enum CertificateIdentity {
    /// `urn:uuid:` v5 of participant, type and seminar: the same on every rebuild.
    static func id(participant: String, type: String, seminar: String) -> String {
        CertificateID.make(participant: participant, type: type, activity: seminar)
    }
}
