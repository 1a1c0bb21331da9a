/// Why a kit item could not be built.
enum KitError: Error, CustomStringConvertible {
    /// The item names an event or seminar the data no longer has.
    case unknownActivity(stage: String, item: String)

    var description: String {
        switch self {
        case .unknownActivity(let stage, let item):
            "\(stage): no event or seminar for item '\(item)' in the data"
        }
    }
}
