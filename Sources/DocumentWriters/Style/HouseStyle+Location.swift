import DocumentTree
import Foundation

extension HouseStyle {
    /// The project's style file, `Templates/style.yaml`: looked for in the current directory and
    /// its parents, then beside the executable and in the package that built it; nil when none is found.
    public static func locateDefaultStyleFile(currentDirectory: String = FileManager.default.currentDirectoryPath,
                                              executablePath: String = CommandLine.arguments.first ?? "") -> String? {
        var candidates: [String] = []
        var directory = URL(fileURLWithPath: currentDirectory).standardizedFileURL
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent("Templates/style.yaml").path)
            directory.deleteLastPathComponent()
        }
        // .build/<triple>/<configuration>/deliverables → the package is four levels up.
        var executableDirectory = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(executableDirectory.appendingPathComponent("Templates/style.yaml").path)
            executableDirectory.deleteLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }
}
