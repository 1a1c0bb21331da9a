import Foundation

/// The few FileManager calls the loader needs, in one place.
enum FileManagerShim {
    static func destinationOfSymbolicLink(_ path: String) throws -> String {
        try FileManager.default.destinationOfSymbolicLink(atPath: path)
    }
}
