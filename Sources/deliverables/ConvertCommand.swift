import ArgumentParser
import DocumentTree
import DocumentWriters
import Foundation
import MarkdownReader

/// `deliverables convert FILE.md --to odt,docx,html`: the writers on any Markdown file, in the house style.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a Markdown file to ODT, DOCX and HTML in the house style.",
        discussion: """
            Reads CommonMark with GitHub tables, strikethrough, autolinks, task lists and footnotes, \
            and YAML front matter (title, subtitle, author, lang, date, description, keywords, toc). \
            Writes FILE.odt, FILE.docx and FILE.html next to the input or into --output. \
            Warnings are printed as file:line:col: warning: …; SOURCE_DATE_EPOCH sets the recorded time.
            """)

    @Argument(help: "The Markdown file to convert.")
    var file: String

    @Option(name: .customLong("to"), help: "Comma-separated output formats: odt, docx, html.")
    var formatList = "odt,docx,html"

    @Option(name: [.short, .customLong("output")], help: "Directory to write into (default: the input file's directory).")
    var outputDirectory: String?

    @Option(help: "House style file (default: Templates/style.yaml of the project).")
    var style: String?

    @Flag(name: .shortAndLong, help: "Print only warnings and errors.")
    var quiet = false

    var formats: [OutputFormat] {
        get throws {
            var result: [OutputFormat] = []
            // Trimmed by hand: Foundation's `trimmingCharacters(in:)` set up its character set on
            // every run (a few hundred microseconds of a small conversion).
            let names = formatList.split(separator: ",").map { name in
                String(name.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed()).lowercased()
            }
            for name in names where !name.isEmpty {
                guard let format = OutputFormat(rawValue: name) else {
                    throw ValidationError("unknown format '\(name)'; choose from \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                if !result.contains(format) { result.append(format) }
            }
            guard !result.isEmpty else { throw ValidationError("--to needs at least one format") }
            return result
        }
    }

    func validate() throws {
        _ = try formats
    }

    func run() throws {
        let styleFile = style ?? HouseStyle.locateDefaultStyleFile()
        let houseStyle: HouseStyle
        if let styleFile {
            do {
                houseStyle = try HouseStyle.load(from: styleFile)
            } catch {
                printError("\(error)")
                throw ExitCode.failure
            }
        } else {
            printError("deliverables: warning: Templates/style.yaml not found; using the built-in house style")
            houseStyle = .default
        }

        let result: MarkdownReader.Result
        do {
            result = try MarkdownReader.read(fileAt: file, textWidth: houseStyle.page.textWidth)
        } catch {
            printError("\(error)")
            throw ExitCode.failure
        }
        for warning in result.warnings { printError(warning.formatted(file: file)) }

        var document = result.document
        for index in document.sections.indices { document.sections[index].pageSetup = houseStyle.page }
        let directory = outputDirectory ?? {
            let parent = (file as NSString).deletingLastPathComponent
            return parent.isEmpty ? "." : parent
        }()
        let baseName = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let options = WriterOptions(style: houseStyle, timestamp: WriterOptions.timestamp())
        do {
            let written = try DocumentExport.write(document, formats: try formats, directory: directory, baseName: baseName, options: options)
            // The process ends right after this: freeing a large tree node by node would only cost time
            // (a few per cent of a big conversion), so the tree is kept until the process exits.
            KeptUntilExit.keep(result)
            KeptUntilExit.keep(document)
            if !quiet { written.forEach { print("wrote \($0)") } }
        } catch let error as DocumentExportError {
            printError("\(error)")
            throw ExitCode.failure
        } catch {
            printError("\(file): error: cannot write: \(error)")
            throw ExitCode.failure
        }
    }

    private func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// Holds values for the rest of the process, so they are not torn down just before it exits.
private final class KeptUntilExit {
    let value: Any
    private init(_ value: Any) { self.value = value }

    static func keep(_ value: Any) {
        _ = Unmanaged.passRetained(KeptUntilExit(value))
    }
}
