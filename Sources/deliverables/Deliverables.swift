import ArgumentParser

@main
struct Deliverables: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliverables",
        abstract: "Turn the project's structured data into its deliverables: manuals, kits, certificates and a website.",
        subcommands: [BuildCommand.self, CheckCommand.self, ListCommand.self, ConvertCommand.self, MergeManifestsCommand.self, VerifyCommand.self])
}
