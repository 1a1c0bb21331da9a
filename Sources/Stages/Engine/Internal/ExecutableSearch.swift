import Foundation

/// Finds a program the way a shell does: the first of `names` found executable in a folder of
/// `PATH` (default `/usr/bin:/bin`), names tried in order.
enum ExecutableSearch {
    static func find(_ names: [String], environment: [String: String]) -> String? {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders {
                let candidate = folder + "/" + name
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }
}
