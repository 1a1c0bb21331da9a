import Foundation
import Stages

/// Shows a build's progress: one live line on a terminal, plain lines otherwise (CI logs), and
/// the final summary. Progress goes to standard error, the summary to standard output.
final class ProgressReporter: @unchecked Sendable {
    enum Verbosity: Sendable {
        /// Errors only.
        case quiet
        /// A line per stage (or the live line) and the summary.
        case normal
        /// Also every item and every output written or removed.
        case verbose
    }

    private let verbosity: Verbosity
    private let isTerminal: Bool
    private let lock = NSLock()
    private var stageOrder: [String] = []
    private var totals: [String: Int] = [:]
    private var built: [String: Int] = [:]
    private var upToDate: [String: Int] = [:]
    private var failed: [String: Int] = [:]
    private var lineShown = false
    private var lastRender = ContinuousClock.now

    init(verbosity: Verbosity, isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.verbosity = verbosity
        self.isTerminal = isTerminal
    }

    func handle(_ event: BuildEvent) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .stageStarted(let stage, let items):
            stageOrder.append(stage)
            totals[stage] = items
            renderLiveLine(force: true)
        case .itemFinished(let stage, let item, let outcome):
            let name = item.isEmpty ? stage : "\(stage)/\(item)"
            switch outcome {
            case .built(let outputs):
                built[stage, default: 0] += 1
                if verbosity == .verbose { printLine("built \(name) (\(outputs) output\(outputs == 1 ? "" : "s"))") }
            case .upToDate:
                upToDate[stage, default: 0] += 1
                if verbosity == .verbose { printLine("up to date \(name)") }
            case .failed(let message):
                failed[stage, default: 0] += 1
                printLine("error: \(name): \(message)", always: true)
            }
            renderLiveLine(force: false)
        case .stageFinished(let stage):
            if isTerminal {
                renderLiveLine(force: true)
            } else if verbosity != .quiet {
                printLine("\(stage): \(built[stage, default: 0]) built, \(upToDate[stage, default: 0]) up to date"
                          + (failed[stage, default: 0] > 0 ? ", \(failed[stage, default: 0]) failed" : ""))
            }
        case .outputWritten(let path):
            if verbosity == .verbose { printLine("wrote \(path)") }
        case .pdfConversionStarted(let documents):
            if verbosity != .quiet { printLine("converting \(documents) document\(documents == 1 ? "" : "s") to PDF with LibreOffice") }
        case .outputRemoved(let path):
            if verbosity == .verbose { printLine("removed \(path)") }
        }
    }

    /// Clears the live line and prints the outcome.
    func finish(_ summary: BuildSummary) {
        lock.lock()
        defer { lock.unlock() }
        clearLiveLine()
        let counts = "\(summary.writtenOutputs.count) output\(summary.writtenOutputs.count == 1 ? "" : "s") written "
            + "(\(summary.builtItems.count) item\(summary.builtItems.count == 1 ? "" : "s") built), "
            + "\(summary.upToDateItems) up to date, \(summary.removedOutputs.count) removed, "
            + String(format: "%.2f s", summary.seconds)
        switch summary.status {
        case .succeeded:
            if verbosity != .quiet { print("Build succeeded: \(counts)") }
        case .failed(let failures):
            let errors = "\(failures.count) error\(failures.count == 1 ? "" : "s")"
            FileHandle.standardError.write(Data(
                "Build failed (\(errors)); earlier outputs of the failed items are untouched: \(counts)\n".utf8))
        case .interrupted:
            FileHandle.standardError.write(Data("Build interrupted; finished items are recorded: \(counts)\n".utf8))
        }
    }

    /// A message outside the event stream (errors, "interrupted").
    func note(_ message: String) {
        lock.lock()
        defer { lock.unlock() }
        printLine(message, always: true)
    }

    private func printLine(_ text: String, always: Bool = false) {
        guard always || verbosity != .quiet else { return }
        clearLiveLine()
        FileHandle.standardError.write(Data((text + "\n").utf8))
        renderLiveLine(force: true)
    }

    private func renderLiveLine(force: Bool) {
        guard isTerminal, verbosity != .quiet, let stage = currentStage else { return }
        let now = ContinuousClock.now
        guard force || now - lastRender > .milliseconds(50) else { return }
        lastRender = now
        let done = built[stage, default: 0] + upToDate[stage, default: 0] + failed[stage, default: 0]
        let finishedStages = stageOrder.filter(isFinished).count
        let text = "[\(finishedStages)/\(stageOrder.count) stages] \(stage) \(done)/\(totals[stage, default: 0])"
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
        lineShown = true
    }

    private func clearLiveLine() {
        guard lineShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        lineShown = false
    }

    /// The first stage still at work, else the last one started.
    private var currentStage: String? {
        stageOrder.first { !isFinished($0) } ?? stageOrder.last
    }

    private func isFinished(_ stage: String) -> Bool {
        built[stage, default: 0] + upToDate[stage, default: 0] + failed[stage, default: 0] >= totals[stage, default: 0]
    }
}
