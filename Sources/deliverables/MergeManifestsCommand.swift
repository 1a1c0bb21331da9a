import ArgumentParser
import Foundation
import Stages

/// `deliverables merge-manifests`: joins the manifests of a sharded build into one.
struct MergeManifestsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-manifests",
        abstract: "Join the manifests of the shards of a build (--shard K/N) into the manifest one machine would write.",
        discussion: """
        Every shard must be given exactly once. Outputs built on several shards must be identical. \
        Exit codes: 0 merged, 1 unreadable or disagreeing manifests, 64 bad usage.
        """)

    @Argument(help: "The shards' manifest.json files.")
    var manifests: [String]

    @Option(name: [.short, .long], help: "Where to write the merged manifest.")
    var output: String = "manifest.json"

    func validate() throws {
        if manifests.isEmpty { throw ValidationError("give at least one manifest to merge") }
    }

    func run() throws {
        do {
            var decoded: [Manifest] = []
            for path in manifests {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw BuildError.io(path: path, reason: "cannot read the manifest")
                }
                do {
                    decoded.append(try Manifest.decode(Array(data)))
                } catch let error as BuildError {
                    throw BuildError.io(path: path, reason: "\(error)")
                } catch {
                    throw BuildError.io(path: path, reason: "not a manifest: \(error.localizedDescription)")
                }
            }
            let merged = try Manifest.merge(decoded)
            try Data(try merged.encoded()).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
