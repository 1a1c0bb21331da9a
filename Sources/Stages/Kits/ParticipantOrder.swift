import Foundation
import ProjectModel

/// Participants in the order of a printed list: by family name, then given name, collated the
/// way the activity's language sorts (Romanian puts `Ș` after `S`, not among the `S`).
enum ParticipantOrder {
    static func sorted(_ participants: [Participant], localeIdentifier: String) -> [Participant] {
        let locale = Locale(identifier: localeIdentifier)
        func order(_ a: String, _ b: String) -> ComparisonResult {
            a.compare(b, options: [.caseInsensitive], range: nil, locale: locale)
        }
        return participants.sorted { left, right in
            let family = order(left.familyName, right.familyName)
            if family != .orderedSame { return family == .orderedAscending }
            let given = order(left.givenName, right.givenName)
            if given != .orderedSame { return given == .orderedAscending }
            return left.id < right.id
        }
    }
}
