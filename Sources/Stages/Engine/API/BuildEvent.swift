/// What the engine reports while it works, for a progress line or a log.
public enum BuildEvent: Sendable, Equatable {
    /// A stage's items are known (after `--lang`, `--country` and `--shard`).
    case stageStarted(stage: String, items: Int)
    /// One item is done.
    case itemFinished(stage: String, item: String, outcome: ItemOutcome)
    /// Every item of the stage is done.
    case stageFinished(stage: String)
    /// One output was written (renamed into place).
    case outputWritten(path: String)
    /// LibreOffice is converting this many documents to PDF.
    case pdfConversionStarted(documents: Int)
    /// An output of a removed record, or one its item no longer makes, was deleted.
    case outputRemoved(path: String)
}

/// How one item ended.
public enum ItemOutcome: Sendable, Equatable {
    /// It ran and wrote this many outputs.
    case built(outputs: Int)
    /// Its inputs and outputs were unchanged: skipped.
    case upToDate
    /// It failed with this message.
    case failed(String)
}
