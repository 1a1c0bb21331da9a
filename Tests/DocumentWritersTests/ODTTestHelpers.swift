import CLibXML2
import Foundation
import XCTest

/// Test helpers for the ODT writer: unzipping, external validators, XML pretty printing and text
/// extraction, golden files. (To be folded into TestSupport when it lands.)
enum ODTTestHelpers {
    /// `../shared/schemas` beside the package root, if present.
    static var schemasDirectory: URL? {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let schemas = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas")
        return FileManager.default.fileExists(atPath: schemas.path) ? schemas : nil
    }

    /// The path of an executable on PATH, if any.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    struct RunResult {
        var status: Int32
        var output: String
    }

    /// Runs a program and returns its exit status with stdout and stderr together.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    static func temporaryDirectory(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("odt-tests-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes the package and unzips it into `directory` (needs `unzip`).
    static func unzip(_ bytes: [UInt8], into directory: URL) throws -> URL {
        let file = directory.appendingPathComponent("document.odt")
        try Data(bytes).write(to: file)
        guard let unzip = executable("unzip") else { throw XCTSkip("unzip is not installed") }
        let extracted = directory.appendingPathComponent("extracted")
        let result = try run(unzip, ["-o", "-q", file.path, "-d", extracted.path])
        XCTAssertEqual(result.status, 0, result.output)
        return extracted
    }

    /// Re-serialises XML with libxml2's formatter (one element per line where there is no
    /// mixed content), for readable golden files and diffs.
    static func prettyPrinted(_ bytes: [UInt8]) -> String {
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", Int32(XML_PARSE_NONET.rawValue))
                }
            }
        }
        guard let document else { return "<!-- not well-formed -->\n" + String(decoding: bytes, as: UTF8.self) }
        defer { xmlFreeDoc(document) }
        var output: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(document, &output, &size, "UTF-8", 1)
        guard let output else { return "" }
        defer { free(output) }
        return String(decoding: UnsafeBufferPointer(start: output, count: Int(size)), as: UTF8.self)
    }

    /// The text of `content.xml` as a reader sees it: one line per paragraph or heading, with
    /// `text:s`, `text:tab` and `text:line-break` expanded, leaving out the table of contents,
    /// footnotes and fields (which the tree's plain text leaves out too).
    static func bodyText(ofContent bytes: [UInt8]) -> String {
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", Int32(XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue))
                }
            }
        }
        guard let document, let root = xmlDocGetRootElement(document) else { return "" }
        defer { xmlFreeDoc(document) }
        var lines: [String] = []
        var current = ""
        func name(_ node: xmlNodePtr) -> String {
            let local = node.pointee.name.map { String(cString: $0) } ?? ""
            let prefix = node.pointee.ns?.pointee.prefix.map { String(cString: $0) } ?? ""
            return prefix.isEmpty ? local : prefix + ":" + local
        }
        func visit(_ node: xmlNodePtr) {
            var child = node.pointee.children
            while let current = child {
                handle(current)
                child = current.pointee.next
            }
        }
        func handle(_ node: xmlNodePtr) {
            if node.pointee.type == XML_TEXT_NODE {
                if let content = node.pointee.content { current += String(cString: content) }
                return
            }
            guard node.pointee.type == XML_ELEMENT_NODE else { return }
            switch name(node) {
            case "text:table-of-content", "text:note", "text:page-number", "text:page-count", "svg:title", "svg:desc",
                 "office:automatic-styles", "office:font-face-decls":
                return
            case "text:s":
                let count = xmlGetProp(node, "c").map { pointer -> Int in
                    defer { free(pointer) }
                    return Int(String(cString: pointer)) ?? 1
                } ?? 1
                current += String(repeating: " ", count: count)
            case "text:tab": current += "\t"
            case "text:line-break": current += "\n"
            case "text:p", "text:h":
                visit(node)
                lines.append(current)
                current = ""
            default:
                visit(node)
            }
        }
        visit(root)
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// Collapses every run of whitespace to one space.
    static func normalisedWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Compares `actual` with the golden file `Goldens/odt/<name>`; records it when missing or
    /// when `RECORD_SNAPSHOTS=1` is set, and fails saying so.
    static func assertMatchesGolden(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let sourceGolden = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
            .appendingPathComponent("Goldens/odt/\(name)")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        let bundled = Bundle.module.url(forResource: "Goldens/odt/\(name)", withExtension: nil)
        let expectedURL = FileManager.default.fileExists(atPath: sourceGolden.path) ? sourceGolden : bundled
        guard !record, let expectedURL, let expected = try? String(contentsOf: expectedURL, encoding: .utf8) else {
            do {
                try FileManager.default.createDirectory(at: sourceGolden.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: sourceGolden, atomically: true, encoding: .utf8)
                XCTFail("Recorded golden \(sourceGolden.path); check it and run the test again", file: file, line: line)
            } catch {
                XCTFail("Cannot record golden \(sourceGolden.path): \(error)", file: file, line: line)
            }
            return
        }
        guard expected != actual else { return }
        XCTFail("\(name) differs from its golden (RECORD_SNAPSHOTS=1 re-records it):\n" + lineDiff(expected: expected, actual: actual),
                file: file, line: line)
    }

    /// The differing lines, `-` expected and `+` actual, with line numbers (first 40).
    static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        let difference = new.difference(from: old)
        for change in difference {
            switch change {
            case .remove(let offset, let element, _): report.append("-\(offset + 1): \(element)")
            case .insert(let offset, let element, _): report.append("+\(offset + 1): \(element)")
            }
            if report.count >= 40 { report.append("…"); break }
        }
        return report.joined(separator: "\n")
    }
}
