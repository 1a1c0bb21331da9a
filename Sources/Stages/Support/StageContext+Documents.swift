import DocumentTree
import DocumentWriters

extension StageContext {
    /// Writes `document` once per selected writer format (ODT, DOCX, HTML) as `<basePath>.<ext>`,
    /// with the house style and the build's timestamp, so every stage renders the same way.
    /// - Parameters:
    ///   - basePath: the output path without extension, relative to `Build/` (`framework/fr/framework`).
    ///   - language: recorded in the manifest.
    /// - Throws: a writer's error.
    public func writeDocument(_ document: Document, to basePath: String, language: String?, style: HouseStyle,
                              htmlStylesheet: HTMLStylesheet = .embedded) throws {
        let options = WriterOptions(style: style, timestamp: environment.timestamp, htmlStylesheet: htmlStylesheet)
        for format in writerFormats {
            let bytes = try Writers.writer(for: format).write(document, options: options)
            try write("\(basePath).\(format.fileExtension)", bytes: bytes, language: language, format: BuildFormat(format))
        }
    }
}
