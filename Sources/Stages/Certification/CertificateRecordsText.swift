import Crypto
import Foundation
import ProjectModel

/// The canonical records (``ParticipantRecords/canonicalText``) of every seminar participant, in
/// one buffer laid out so that each item's records are one range of it: a participant's own, a
/// seminar's (its participants joined by newlines, what its decision report reads) and everyone's
/// (the seminars joined by newlines, what the issuer item reads).
///
/// The certificates items hold only the SHA-256 of their records; the text is kept once here
/// rather than three times in the items (participant, seminar, everyone) for the whole build.
struct CertificateRecordsText: Sendable {
    /// Everyone's records.
    let bytes: [UInt8]
    /// The range of each item's records in ``bytes``, by item id: `<seminar>/<participant>` and
    /// `<seminar>/decisions`; the issuer's is all of ``bytes``.
    private let ranges: [String: Range<Int>]

    /// Makes the text of `data`'s seminar participants, telling `each` of every participant (in
    /// seminar order, then list order) with the SHA-256 of their records; the seminars' SHA-256
    /// are given to `seminarDone`.
    init(data: ProjectData,
         each: (_ seminar: Seminar, _ records: ParticipantRecords, _ sha256: String) -> Void = { _, _, _ in },
         seminarDone: (_ seminar: Seminar, _ sha256: String) -> Void = { _, _ in }) {
        let index = SeminarRecordIndex(data: data)
        var bytes: [UInt8] = []
        var ranges: [String: Range<Int>] = [:]
        for (number, seminar) in data.seminars.enumerated() {
            if number > 0 { bytes.append(UInt8(ascii: "\n")) }
            let seminarStart = bytes.count
            var first = true
            for participantID in index.participants(of: seminar.id) {
                guard let records = index.records(seminar: seminar.id, participant: participantID) else { continue }
                if !first { bytes.append(UInt8(ascii: "\n")) }
                first = false
                let start = bytes.count
                bytes.append(contentsOf: records.canonicalText.utf8)
                ranges[seminar.id + "/" + participantID] = start..<bytes.count
                each(seminar, records, ContentHash.hex(bytes[start...]))
            }
            ranges[seminar.id + "/" + CertificatesPlan.decisionsItem] = seminarStart..<bytes.count
            seminarDone(seminar, ContentHash.hex(bytes[seminarStart...]))
        }
        // Copied to exactly its size: grown by doubling, the buffer kept up to as much again in
        // spare capacity for the whole build.
        self.bytes = Array(bytes[...])
        self.ranges = ranges
    }

    /// The SHA-256 of everyone's records (the issuer item's).
    var everyoneSHA256: String { ContentHash.hex(bytes) }

    /// The records text of an item: empty for an item this text does not know.
    func text(of item: String) -> ArraySlice<UInt8> {
        if item == CertificatesPlan.issuerItem { return bytes[...] }
        guard let range = ranges[item] else { return [] }
        return bytes[range]
    }
}

/// The last ``CertificateRecordsText`` the certificates stage made, shared by its items so each
/// finds its records without making everyone's again. Only a shortcut: an item checks the text
/// against the SHA-256 it was hashed on and makes it again from its own input when they differ.
final class CertificateRecordsMemo: Sendable {
    private let latest = Locked<CertificateRecordsText?>(nil)

    func store(_ text: CertificateRecordsText) { latest.withLock { $0 = text } }

    var text: CertificateRecordsText? { latest.withLock { $0 } }
}
