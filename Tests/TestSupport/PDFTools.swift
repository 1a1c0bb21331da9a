import Foundation

/// The text of a PDF as `pdftotext -layout` extracts it (poppler-utils).
public enum PDFText {
    /// The text of pages `first`…`last` (all pages by default).
    /// - Throws: `XCTSkip` when pdftotext is absent; `ProcessRunnerError` when it fails.
    public static func text(of pdf: URL, firstPage: Int? = nil, lastPage: Int? = nil) throws -> String {
        let tool = try TestSkip.requireTool("pdftotext", package: "poppler-utils")
        var arguments = ["-layout", "-enc", "UTF-8"]
        if let firstPage { arguments += ["-f", "\(firstPage)"] }
        if let lastPage { arguments += ["-l", "\(lastPage)"] }
        let result = try ProcessRunner.run(tool, arguments + [pdf.path, "-"], timeout: 120)
        guard result.succeeded else {
            throw ProcessRunnerError(description: "pdftotext \(pdf.lastPathComponent) failed (\(result.exitStatus)): \(result.standardError)")
        }
        return result.standardOutput
    }

    /// The text with every run of whitespace (line ends, layout spaces) folded to one space, so
    /// phrases broken across lines can be found.
    public static func normalizedText(of pdf: URL) throws -> String {
        normalize(try text(of: pdf))
    }

    /// Folds runs of whitespace, including no-break spaces, to one space.
    public static func normalize(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Page count and page sizes of a PDF, from `pdfinfo` (poppler-utils).
public struct PDFInfo: Sendable {
    /// A page's size in PostScript points, as printed (landscape pages are wider than tall).
    public struct PageSize: Sendable, Equatable, CustomStringConvertible {
        public var width: Double
        public var height: Double
        public var description: String { "\(width) × \(height) pt" }
        public var isLandscape: Bool { width > height }

        public init(width: Double, height: Double) {
            self.width = width
            self.height = height
        }

        /// True for A4 (595.28 × 841.89 pt) in either orientation, within `tolerance` points.
        public func isA4(tolerance: Double = 1) -> Bool {
            let (short, long) = (min(width, height), max(width, height))
            return abs(short - 595.28) <= tolerance && abs(long - 841.89) <= tolerance
        }
    }

    public var pageCount: Int
    /// One size per page, in page order.
    public var pageSizes: [PageSize]
    /// The document title the PDF records, if any.
    public var title: String?

    /// Reads `pdfinfo -f 1 -l <last> file`.
    /// - Throws: `XCTSkip` when pdfinfo is absent; `ProcessRunnerError` when it fails.
    public init(pdf: URL) throws {
        let tool = try TestSkip.requireTool("pdfinfo", package: "poppler-utils")
        let result = try ProcessRunner.run(tool, ["-f", "1", "-l", "100000", pdf.path], timeout: 60)
        guard result.succeeded else {
            throw ProcessRunnerError(description: "pdfinfo \(pdf.lastPathComponent) failed (\(result.exitStatus)): \(result.standardError)")
        }
        var pageCount = 0
        var sizes: [PageSize] = []
        var title: String?
        for line in result.standardOutput.split(separator: "\n") {
            let text = String(line)
            if text.hasPrefix("Pages:") {
                pageCount = Int(text.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0
            } else if text.hasPrefix("Title:") {
                title = text.dropFirst(6).trimmingCharacters(in: .whitespaces)
            } else if text.hasPrefix("Page "), text.contains(" size: "), let size = Self.parseSize(text) {
                sizes.append(size)
            }
        }
        self.pageCount = pageCount
        self.pageSizes = sizes
        self.title = title
    }

    /// `Page    1 size: 595.276 x 841.89 pts (A4)` → 595.276 × 841.89.
    static func parseSize(_ line: String) -> PageSize? {
        guard let range = line.range(of: " size: ") else { return nil }
        let words = line[range.upperBound...].split(separator: " ")
        guard words.count >= 3, words[1] == "x", let width = Double(words[0]), let height = Double(words[2]) else { return nil }
        return PageSize(width: width, height: height)
    }
}

/// PNG renderings of PDF pages (`pdftoppm`), and how much ink a page carries.
public enum PNGRender {
    /// Renders pages 1…`pages` at `resolution` dpi into `directory`; returns the PNG files in page order.
    /// - Throws: `XCTSkip` when pdftoppm is absent.
    public static func render(pdf: URL, pages: Int = 1, resolution: Int = 50, into directory: URL) throws -> [URL] {
        let tool = try TestSkip.requireTool("pdftoppm", package: "poppler-utils")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let prefix = directory.appendingPathComponent(pdf.deletingPathExtension().lastPathComponent).path
        let result = try ProcessRunner.run(tool, ["-png", "-r", "\(resolution)", "-f", "1", "-l", "\(pages)", pdf.path, prefix], timeout: 120)
        guard result.succeeded else {
            throw ProcessRunnerError(description: "pdftoppm \(pdf.lastPathComponent) failed (\(result.exitStatus)): \(result.standardError)")
        }
        let stem = pdf.deletingPathExtension().lastPathComponent
        let files = (try FileManager.default.contentsOfDirectory(atPath: directory.path))
            .filter { $0.hasPrefix(stem + "-") && $0.hasSuffix(".png") }
            .sorted { pageNumber($0) < pageNumber($1) }
        return files.map { directory.appendingPathComponent($0) }
    }

    private static func pageNumber(_ name: String) -> Int {
        Int(name.dropLast(4).split(separator: "-").last ?? "") ?? 0
    }

    /// The share (0…1) of pixels darker than near-white on page `page`, rendered in grey at a
    /// low resolution: 0 means a blank page.
    public static func inkCoverage(of pdf: URL, page: Int = 1, resolution: Int = 20) throws -> Double {
        let tool = try TestSkip.requireTool("pdftoppm", package: "poppler-utils")
        let directory = try TemporaryDirectory(prefix: "ink")
        defer { directory.remove() }
        let prefix = directory.file("page").path
        let result = try ProcessRunner.run(tool, ["-gray", "-r", "\(resolution)", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdf.path, prefix], timeout: 120)
        guard result.succeeded else {
            throw ProcessRunnerError(description: "pdftoppm \(pdf.lastPathComponent) failed (\(result.exitStatus)): \(result.standardError)")
        }
        let bytes = [UInt8](try Data(contentsOf: directory.file("page.pgm")))
        guard let pixels = grayPixels(ofPGM: bytes), !pixels.isEmpty else {
            throw ProcessRunnerError(description: "pdftoppm wrote an unreadable PGM for \(pdf.lastPathComponent)")
        }
        return Double(pixels.filter { $0 < 240 }.count) / Double(pixels.count)
    }

    /// The pixel bytes of a binary (P5, 8-bit) PGM image.
    static func grayPixels(ofPGM bytes: [UInt8]) -> ArraySlice<UInt8>? {
        // Header: "P5", width, height, maxval, each separated by whitespace, then one whitespace byte.
        var fields: [Int] = []
        var index = 2
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "P"), bytes[1] == UInt8(ascii: "5") else { return nil }
        while fields.count < 3, index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
            var value = 0
            var digits = 0
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
                digits += 1
            }
            guard digits > 0 else { return nil }
            fields.append(value)
        }
        index += 1
        let count = fields[0] * fields[1]
        guard fields[2] < 256, index + count <= bytes.count else { return nil }
        return bytes[index..<(index + count)]
    }
}
