import Foundation

extension BuildEngine {
    /// Joins, for every item built in this run whose stage asks for it
    /// (``Stage/combiningPDFs(_:)``), the item's PDFs into one with `pdfunite`, writes it
    /// atomically and adds it to the item's record. Runs after the PDF pass.
    /// An item whose combined PDF cannot be made is marked incomplete (it rebuilds next time).
    func combinePDFs(for built: [WorkUnit], records: inout [String: [String: ItemRecord]], output: OutputDirectory,
                     firstWrite: FirstWrite, events: @Sendable (BuildEvent) -> Void) async -> [ItemFailure] {
        var jobs: [(unit: WorkUnit, bundle: PDFBundle)] = []
        for unit in built {
            guard let plan = unit.stage.pdfBundles else { continue }
            jobs += plan(unit.item).map { (unit, $0) }
        }
        if jobs.isEmpty { return [] }
        let uniter: PDFUniter
        do {
            uniter = try PDFUniter.locate(environment: ProcessInfo.processInfo.environment)
        } catch {
            for job in jobs { records[job.unit.stage.name]?[job.unit.item.id]?.inputsHash = "" }
            return [ItemFailure(stage: "pdf", item: "", message: "\(error)")]
        }
        var failures: [ItemFailure] = []
        for (unit, bundle) in jobs {
            let stage = unit.stage.name, item = unit.item.id
            guard let record = records[stage]?[item] else { continue }
            do {
                if let reason = OutputPath.problem(with: bundle.path) {
                    throw BuildError.badOutputPath(stage: stage, path: bundle.path, reason: reason)
                }
                let made = Set(record.outputs.filter { $0.format == BuildFormat.pdf.rawValue }.map(\.path))
                let missing = bundle.parts.filter { !made.contains($0) }
                guard missing.isEmpty, !bundle.parts.isEmpty else {
                    throw BuildError.pdfConversionFailed(missing: missing.isEmpty ? [bundle.path] : missing,
                                                         log: "the combined PDF \(bundle.path) needs these PDFs of the item")
                }
                let bytes = try await uniter.join(bundle.parts.map { output.url($0) }, displayPath: bundle.path,
                                                  workDirectory: output.url(".cache/pdf-unite"))
                try firstWrite.prepare(output)
                try output.writeAtomically(bundle.path, bytes: bytes)
                let entry = ManifestEntry(path: bundle.path, stage: stage, item: unit.stage.isPerItem ? item : nil,
                                          language: bundle.language ?? unit.item.language, format: BuildFormat.pdf.rawValue,
                                          size: bytes.count, sha256: ContentHash.hex(bytes), inputsHash: record.inputsHash)
                records[stage]?[item]?.outputs.removeAll { $0.path == bundle.path }
                records[stage]?[item]?.outputs.append(entry)
                records[stage]?[item]?.outputs.sort { $0.path < $1.path }
                events(.outputWritten(path: bundle.path))
            } catch {
                records[stage]?[item]?.inputsHash = ""
                failures.append(ItemFailure(stage: stage, item: item, message: "\(error)"))
            }
        }
        return failures
    }
}
