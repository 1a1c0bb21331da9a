import ArgumentParser
import ProjectModel
import Stages

/// `deliverables list`: the stages of the build and what each produces.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the build stages, the deliverable each makes and its outputs.")

    func run() throws {
        let registered = Set(Stage.defaultBuild.map(\.name))
        let width = (StageCatalogue.stages.map(\.name.count).max() ?? 0) + 2
        for stage in StageCatalogue.stages {
            let name = stage.name + String(repeating: " ", count: width - stage.name.count)
            let status = registered.contains(stage.name) ? "" : " (not built yet)"
            print("\(name)\(stage.deliverable): \(stage.outputs)\(status)")
        }
    }
}
