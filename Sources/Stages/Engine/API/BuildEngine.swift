import Foundation

/// Runs stages into an output folder: in dependency order, independent items in parallel (at
/// most ``BuildOptions/jobs`` at once), skipping what the cache shows up to date, writing every
/// output atomically, and recording them all in `manifest.json`.
public struct BuildEngine: Sendable {
    /// The stages in dependency order.
    public let stages: [Stage]

    /// - Throws: ``BuildError`` when two stages share a name, a dependency is unknown, or the
    ///   dependencies form a cycle.
    public init(stages: [Stage]) throws {
        self.stages = try StageGraph(stages).ordered
    }

    /// Builds the selected stages.
    ///
    /// Items that fail are reported in the summary (their earlier outputs stay untouched); the build
    /// stops starting new items after the first failure or when the task is cancelled (Ctrl-C),
    /// lets running items finish and commit, and always leaves the cache and manifest consistent
    /// with the files. Outputs of records that no longer exist are removed only by a successful build.
    /// - Throws: ``BuildError`` when the build cannot start (unknown `--only` stage, LibreOffice
    ///   missing for PDF, output folder locked by another build) or its bookkeeping cannot be saved.
    public func build(environment: StageEnvironment, options: BuildOptions,
                      events: @escaping @Sendable (BuildEvent) -> Void = { _ in }) async throws -> BuildSummary {
        let clock = ContinuousClock()
        let started = clock.now
        let graph = try StageGraph(stages)
        let selected = try graph.selection(options.onlyStages)
        let converter = options.formats.contains(.pdf)
            ? try PDFConverter.locate(explicitPath: options.sofficePath, environment: ProcessInfo.processInfo.environment)
            : nil
        do {
            try FileManager.default.createDirectory(at: options.outputDirectory, withIntermediateDirectories: true)
        } catch {
            throw BuildError.io(path: options.outputDirectory.path, reason: "cannot create the output folder: \(error.localizedDescription)")
        }
        let lock = try BuildLock(directory: options.outputDirectory)
        defer { withExtendedLifetime(lock) {} }

        let output = OutputDirectory(root: options.outputDirectory)
        let recovering = output.exists(OutputDirectory.incompleteMarker)
        if recovering { output.removeTemporaryFiles() }
        let previous = BuildCache.load(from: output)
        let firstWrite = FirstWrite()
        let runner = UnitRunner(environment: environment, formats: options.stageFormats, force: options.force,
                                verifyOutputs: options.verifyOutputs || recovering, output: output,
                                fileHashes: FileHashes(), firstWrite: firstWrite, events: events)

        var scheduler = Scheduler(selected: selected, records: previous.stages, environment: environment,
                                  options: options, events: events)
        var built: [WorkUnit] = []
        var upToDate = 0
        var interrupted = false
        scheduler.start()
        await withTaskGroup(of: UnitResult.self) { group in
            var running = 0
            while true {
                if Task.isCancelled { interrupted = true }
                while running < max(1, options.jobs), !interrupted, !scheduler.isStopped, let unit = scheduler.nextUnit() {
                    group.addTask { await runner.run(unit) }
                    running += 1
                }
                guard running > 0, let result = await group.next() else { break }
                running -= 1
                switch result {
                case .built(let unit, _): built.append(unit)
                case .upToDate: upToDate += 1
                case .cancelled: interrupted = true
                case .failed: break
                }
                scheduler.finish(result)
            }
        }
        if Task.isCancelled { interrupted = true }

        var failures = scheduler.failures
        var records = scheduler.records
        if let converter, failures.isEmpty, !interrupted {
            failures += await makePDFs(for: built, records: &records, converter: converter, output: output,
                                       firstWrite: firstWrite, events: events)
            if failures.isEmpty {
                failures += await combinePDFs(for: built, records: &records, output: output, firstWrite: firstWrite, events: events)
            }
        }
        let succeeded = failures.isEmpty && !interrupted

        // What to remove: outputs a rebuilt item no longer makes; after a successful build only,
        // the outputs of records that are gone (items removed from the input, stages removed).
        var unwanted: Set<String> = []
        for unit in built {
            let now = Set(records[unit.stage.name]?[unit.item.id]?.outputs.map(\.path) ?? [])
            unwanted.formUnion((unit.previous?.outputs ?? []).map(\.path).filter { !now.contains($0) })
        }
        for (stage, items) in scheduler.vanished {
            for (id, record) in items {
                if succeeded {
                    unwanted.formUnion(record.outputs.map(\.path))
                } else {
                    records[stage, default: [:]][id] = record
                }
            }
        }
        for (stage, items) in records where items.isEmpty { records[stage] = nil }
        if succeeded, options.onlyStages.isEmpty {
            for stage in records.keys where !graph.names.contains(stage) {
                unwanted.formUnion(records[stage]?.values.flatMap(\.outputs).map(\.path) ?? [])
                records[stage] = nil
            }
        }
        var cache = BuildCache(stages: records, manifestSHA256: previous.manifestSHA256,
                               manifestShard: options.shard?.description)
        let index = OutputIndex(records)
        failures += index.conflicts
        var removed: [String] = []
        for path in unwanted.sorted() where !index.contains(path) {
            output.remove(path)
            removed.append(path)
            events(.outputRemoved(path: path))
        }
        // The manifest marks what this build wrote, so it changes whenever an output was written or
        // removed; a build that changed nothing leaves it (and the cache) alone, unless the manifest
        // is not the one the cache says was written (deleted or edited since, or an older cache).
        let writtenPaths = built.flatMap { unit in records[unit.stage.name]?[unit.item.id]?.outputs.map(\.path) ?? [] }
        let changed = firstWrite.happened || !removed.isEmpty || recovering || cache.stages != previous.stages
            || cache.manifestShard != previous.manifestShard
        if changed || output.sha256(of: Manifest.relativePath) != previous.manifestSHA256 {
            // Both files are written in pieces as they are encoded: at a hundred thousand outputs
            // they are tens of megabytes each, which the build's peak memory need not hold.
            // The manifest goes to its temporary file first (its hash goes into the cache) and
            // replaces the old one after the cache, as before.
            let written = Set(writtenPaths)
            let manifestTemporary = try output.writeTemporary(for: Manifest.relativePath, pieces: { emit in
                try ManifestText.encode(outputs: index.entries, shard: options.shard, formatVersion: Manifest.currentFormatVersion,
                                        rebuilt: { written.contains($0.path) ? true : nil }, emit: emit)
            })
            cache.manifestSHA256 = manifestTemporary.sha256
            do {
                try output.writeIfChanged(BuildCache.relativePath, pieces: { emit in try cache.encode(emit: emit) })
            } catch {
                output.discard(manifestTemporary.path)
                throw error
            }
            try output.commitIfChanged(manifestTemporary, to: Manifest.relativePath)
            if output.exists(BuildCache.formerPath) { output.remove(BuildCache.formerPath) }
        }
        output.clearIncomplete()

        let status: BuildSummary.Status = !failures.isEmpty ? .failed(failures) : interrupted ? .interrupted : .succeeded
        let elapsed = clock.now - started
        return BuildSummary(
            status: status, builtItems: built.map(\.label).sorted(), upToDateItems: upToDate,
            writtenOutputs: writtenPaths.sorted(), removedOutputs: removed,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// Converts the ODT (else DOCX) outputs of the items built in this run to PDF in one
    /// LibreOffice batch, writes each PDF beside its source and adds it to the item's record.
    /// An item whose PDF is missing keeps its other outputs but is marked incomplete (it rebuilds next time).
    private func makePDFs(for built: [WorkUnit], records: inout [String: [String: ItemRecord]],
                          converter: PDFConverter, output: OutputDirectory, firstWrite: FirstWrite,
                          events: @Sendable (BuildEvent) -> Void) async -> [ItemFailure] {
        var jobs: [(stage: String, item: String, source: ManifestEntry)] = []
        for unit in built {
            guard let record = records[unit.stage.name]?[unit.item.id] else { continue }
            let odt = record.outputs.filter { $0.format == BuildFormat.odt.rawValue }
            let sources = odt.isEmpty ? record.outputs.filter { $0.format == BuildFormat.docx.rawValue } : odt
            jobs += sources.map { (unit.stage.name, unit.item.id, $0) }
        }
        if jobs.isEmpty { return [] }
        events(.pdfConversionStarted(documents: jobs.count))
        let work = output.url(".cache/pdf-work")
        try? FileManager.default.removeItem(at: work)
        defer { try? FileManager.default.removeItem(at: work) }
        let pdfs: [[UInt8]?]
        let log: String
        do {
            (pdfs, log) = try await converter.convert(jobs.map { (output.url($0.source.path), $0.source.path) }, workDirectory: work)
        } catch {
            for job in jobs { records[job.stage]?[job.item]?.inputsHash = "" }
            return [ItemFailure(stage: "pdf", item: "", message: "\(error)")]
        }
        var missing: [String] = []
        for (job, pdf) in zip(jobs, pdfs) {
            let path = OutputPath.pdf(for: job.source.path)
            do {
                guard let pdf else { throw BuildError.pdfConversionFailed(missing: [job.source.path], log: "") }
                try firstWrite.prepare(output)
                try output.writeAtomically(path, bytes: pdf)
                var entry = job.source
                entry.path = path
                entry.format = BuildFormat.pdf.rawValue
                entry.size = pdf.count
                entry.sha256 = ContentHash.hex(pdf)
                records[job.stage]?[job.item]?.outputs.removeAll { $0.path == path }
                records[job.stage]?[job.item]?.outputs.append(entry)
                records[job.stage]?[job.item]?.outputs.sort { $0.path < $1.path }
                events(.outputWritten(path: path))
            } catch {
                missing.append(job.source.path)
                records[job.stage]?[job.item]?.inputsHash = ""
            }
        }
        if missing.isEmpty { return [] }
        return [ItemFailure(stage: "pdf", item: "", message: "\(BuildError.pdfConversionFailed(missing: missing, log: log))")]
    }
}
