/// Why a build could not start or could not finish its bookkeeping. (A stage item that fails does
/// not throw: it is reported in ``BuildSummary/Status/failed(_:)``.)
public enum BuildError: Error, Sendable, Equatable, CustomStringConvertible {
    case duplicateStage(String)
    case unknownDependency(stage: String, dependency: String)
    case dependencyCycle([String])
    case unknownStage(String, known: [String])
    case duplicateItem(stage: String, item: String)
    case undeclaredStageInput(stage: String, reads: String)
    case badOutputPath(stage: String, path: String, reason: String)
    case outputConflict(path: String, first: String, second: String)
    case outputLocked(lockFile: String)
    case libreOfficeMissing
    case libreOfficeNotExecutable(String)
    case pdfConversionFailed(missing: [String], log: String)
    case wrongPayload(expected: String, found: String)
    case badShardEnvironment(String)
    case unreadableInput(path: String, reason: String)
    case io(path: String, reason: String)
    case manifestMerge(String)

    public var description: String {
        switch self {
        case .duplicateStage(let name):
            "two stages are named '\(name)'"
        case .unknownDependency(let stage, let dependency):
            "stage '\(stage)' depends on unknown stage '\(dependency)'"
        case .dependencyCycle(let cycle):
            "stages depend on each other in a cycle: \(cycle.joined(separator: " → "))"
        case .unknownStage(let name, let known):
            "unknown stage '\(name)' (stages: \(known.isEmpty ? "none registered" : known.joined(separator: ", ")))"
        case .duplicateItem(let stage, let item):
            "stage '\(stage)' has two items with id '\(item)'"
        case .undeclaredStageInput(let stage, let reads):
            "stage '\(stage)' reads the outputs of '\(reads)' without declaring it a dependency"
        case .badOutputPath(let stage, let path, let reason):
            "stage '\(stage)' wrote output '\(path)': \(reason)"
        case .outputConflict(let path, let first, let second):
            "output '\(path)' is written by both \(first) and \(second)"
        case .outputLocked(let lockFile):
            "another build is running on this output folder (\(lockFile) is locked); "
                + "wait for it to finish or build into another --output"
        case .libreOfficeMissing:
            "PDF output needs LibreOffice, but 'soffice' was not found on PATH; install the Debian "
                + "package libreoffice-writer-nogui (apt-get install libreoffice-writer-nogui) or pass --soffice PATH"
        case .libreOfficeNotExecutable(let path):
            "PDF output needs LibreOffice, but --soffice \(path) is not an executable file; install the Debian "
                + "package libreoffice-writer-nogui or give the path of its soffice"
        case .pdfConversionFailed(let missing, let log):
            "LibreOffice did not produce \(missing.count) PDF(s): \(missing.joined(separator: ", "))"
                + (log.isEmpty ? "" : "\nsoffice said:\n\(log)")
        case .wrongPayload(let expected, let found):
            "the stages expect a \(expected) in their environment, but the build was given a \(found)"
        case .badShardEnvironment(let detail):
            "bad shard environment: \(detail)"
        case .unreadableInput(let path, let reason):
            "cannot read input \(path): \(reason)"
        case .io(let path, let reason):
            "\(path): \(reason)"
        case .manifestMerge(let reason):
            "cannot merge manifests: \(reason)"
        }
    }
}
