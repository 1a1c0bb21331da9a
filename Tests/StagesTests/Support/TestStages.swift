import Foundation
import Stages

/// Stages for testing the engine: `pages` (one item per `Input/pages/<id>.txt`, one output per
/// format) and `index` (a single stage listing the pages' outputs).
///
/// A page's text steers it: `FAIL` makes the item throw, `KILL` makes it kill the whole process
/// with SIGKILL after `killDelay`, `SLOW` makes it sleep 50 ms.
enum TestStages {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The bytes a page writes for a format: the text, tagged, repeated `repeatCount` times.
    static func pageBytes(text: String, format: String, repeatCount: Int) -> [UInt8] {
        let unit = Array("<\(format)>\(text)</\(format)>\n".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(unit.count * repeatCount)
        for _ in 0..<repeatCount { bytes += unit }
        return bytes
    }

    static func pages(version: String = "1", repeatCount: Int = 1, killDelay: Double = 0.05,
                      probe: ConcurrencyProbe? = nil) -> Stage {
        .perItem("pages", version: version, items: { environment in
            let folder = environment.inputDirectory.appendingPathComponent("pages")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { $0.hasSuffix(".txt") }.sorted().map { name in
                let id = String(name.dropLast(4))
                // `a.fr` is in French; plain `a` in English.
                let language = id.split(separator: ".").dropFirst().first.map(String.init) ?? "en"
                return StageItem(id: id, inputs: [.input("pages/\(name)")], language: language)
            }
        }, run: { context in
            probe?.enter(context.item.id)
            defer { probe?.leave(context.item.id) }
            let text = String(decoding: try context.readInput("pages/\(context.item.id).txt"), as: UTF8.self)
            if text.contains("FAIL") { throw Failure(description: "page \(context.item.id) asked to fail") }
            if text.contains("KILL") {
                try await Task.sleep(nanoseconds: UInt64(killDelay * 1e9))
                kill(getpid(), SIGKILL)
            }
            if text.contains("SLOW") || probe != nil { try await Task.sleep(nanoseconds: 50_000_000) }
            for format in context.formats {
                try context.write("pages/\(context.item.id).\(format.rawValue)",
                                  bytes: pageBytes(text: text, format: format.rawValue, repeatCount: repeatCount),
                                  format: format)
            }
        })
    }

    static func index(probe: ConcurrencyProbe? = nil) -> Stage {
        .single("index", version: "1", dependencies: ["pages"], inputs: { _ in [.stage("pages")] }, run: { context in
            probe?.enter("index")
            defer { probe?.leave("index") }
            var lines: [String] = []
            for entry in context.dependencyOutputs {
                let bytes = try context.readOutput(entry.path)
                lines.append("\(entry.path) \(bytes.count)")
            }
            try context.write("index.txt", bytes: Array((lines.joined(separator: "\n") + "\n").utf8))
        })
    }

    static func pagesAndIndex(repeatCount: Int = 1, killDelay: Double = 0.05, probe: ConcurrencyProbe? = nil) -> [Stage] {
        [index(probe: probe), pages(repeatCount: repeatCount, killDelay: killDelay, probe: probe)]
    }

    /// A single stage that waits until `gate` opens: keeps a build running while a test looks at it.
    static func waiting(on gate: Gate) -> Stage {
        .single("waiting", version: "1", inputs: { _ in [] }, run: { context in
            await gate.arriveAndWait()
            try context.write("waited.txt", bytes: Array("done\n".utf8))
        })
    }
}

/// Records which items run at the same time, and in which order they start and end.
final class ConcurrencyProbe: @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    private(set) var maximum = 0
    private(set) var log: [String] = []

    func enter(_ name: String) {
        lock.lock(); defer { lock.unlock() }
        running += 1
        maximum = max(maximum, running)
        log.append("start \(name)")
    }

    func leave(_ name: String) {
        lock.lock(); defer { lock.unlock() }
        running -= 1
        log.append("end \(name)")
    }

    var events: [String] { lock.lock(); defer { lock.unlock() }; return log }
    var peak: Int { lock.lock(); defer { lock.unlock() }; return maximum }
}

/// A one-shot gate: a stage arrives and waits; the test waits for the arrival, then opens it.
actor Gate {
    private var arrived = false
    private var open = false
    private var arrivalWaiters: [CheckedContinuation<Void, Never>] = []
    private var openWaiters: [CheckedContinuation<Void, Never>] = []

    func arriveAndWait() async {
        arrived = true
        arrivalWaiters.forEach { $0.resume() }
        arrivalWaiters = []
        if open { return }
        await withCheckedContinuation { openWaiters.append($0) }
    }

    func waitForArrival() async {
        if arrived { return }
        await withCheckedContinuation { arrivalWaiters.append($0) }
    }

    func openGate() {
        open = true
        openWaiters.forEach { $0.resume() }
        openWaiters = []
    }
}
