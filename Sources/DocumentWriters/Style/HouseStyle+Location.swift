import DocumentTree
import Foundation

extension HouseStyle {
    /// The project's style file, `Templates/style.yaml`: looked for in the current directory and
    /// its parents, then beside the executable and in the package that built it; nil when none is found.
    public static func locateDefaultStyleFile(currentDirectory: String = FileManager.default.currentDirectoryPath,
                                              executablePath: String = CommandLine.arguments.first ?? "") -> String? {
        // Each candidate is tested as soon as it is known: the usual run finds the file in the
        // current directory, without resolving the executable's symbolic links.
        var directory = URL(fileURLWithPath: currentDirectory).standardizedFileURL
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("Templates/style.yaml").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        // .build/<triple>/<configuration>/deliverables → the package is four levels up.
        var executableDirectory = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = executableDirectory.appendingPathComponent("Templates/style.yaml").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            executableDirectory.deleteLastPathComponent()
        }
        return nil
    }
}
