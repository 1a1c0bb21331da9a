import ArgumentParser
import ProjectInput

/// `deliverables check`: load and check `Input/`, print every problem and a summary.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the input data and report every problem with its file, line and column.",
        discussion: "Exit status: 0 when clean, 1 when there are errors (or warnings with --strict), 64 on bad usage.")

    @Option(name: .long, help: "The input directory.")
    var input: String = "Input"

    @Flag(name: .long, help: "Treat warnings (such as missing translations) as errors.")
    var strict = false

    @Option(name: .long, help: "How to print diagnostics: human or github (GitHub Actions annotations).")
    var diagnostics: DiagnosticFormat = .human

    func run() throws {
        let loaded = InputLoader.load(directory: input)
        for diagnostic in loaded.diagnostics {
            print(diagnostics.format(diagnostic.promoted(strict: strict)))
        }
        if !loaded.diagnostics.isEmpty { print("") }
        print(CheckSummary(loaded, strict: strict).render())
        if loaded.hasErrors(strict: strict) { throw ExitCode.failure }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
