import Foundation

/// Which outputs of the other stages the site and the toolkit publish.
///
/// Documents (ODT, DOCX, HTML, PDF) of the manual and kit stages and the toolkit archives are
/// published; anything that names a person never is: files whose path mentions badges,
/// attendance, certificates, participants, transcripts or credentials (pre-filled sheets and
/// personal documents), and every output of the certificates stage except the verification
/// index and the public keys, which the site copies to `verify/`.
enum PublishedFiles {
    /// Stages the site and toolkit read when they are registered (the deliverable ids of the
    /// project and the names the manual, kit and certificate stages go by).
    static let documentStages = ["network", "framework", "programme", "recognition", "certification",
                                 "manuals", "events", "seminars", "kits"]
    /// The stage whose verification index and public keys the site publishes.
    static let certificateStages = ["certificates", "credentials"]

    /// Words in a path that mark a personal document.
    static let personalMarkers = ["badge", "attendance", "certificate", "participant", "transcript", "credential",
                                  "personal", "signature-list"]

    /// Whether a document of another stage may be published and bundled.
    static func isPublicDocument(_ entry: ManifestEntry) -> Bool {
        guard !certificateStages.contains(entry.stage), entry.stage != "website", entry.stage != "toolkit" else { return false }
        guard entry.format != nil else { return false }
        let lower = entry.path.lowercased()
        return !personalMarkers.contains { lower.contains($0) }
    }

    /// Whether an output is a toolkit archive.
    static func isToolkitArchive(_ entry: ManifestEntry) -> Bool {
        entry.stage == "toolkit" && entry.path.hasSuffix(".zip")
    }

    /// What a JSON output of the certificates stage is, from its contents.
    enum VerificationFile: Equatable {
        case index
        case keySet
        case key
    }

    /// Recognises the verification index, the issuer's JWK set and a bare public JWK; anything
    /// else (a credential, a list of people) is `nil` and never published. A key set or key
    /// holding a private parameter is refused too.
    static func verificationFile(_ bytes: [UInt8]) -> VerificationFile? {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else { return nil }
        if object["format"] as? String == "deliverables-verification-index", object["records"] is [String: Any] {
            return .index
        }
        let privateMembers = ["d", "p", "q", "dp", "dq", "qi", "k"]
        if let keys = object["keys"] as? [[String: Any]], object.count == 1 {
            return keys.allSatisfy({ key in !privateMembers.contains { key[$0] != nil } }) ? .keySet : nil
        }
        if object["kty"] is String, !privateMembers.contains(where: { object[$0] != nil }) {
            return .key
        }
        return nil
    }
}
