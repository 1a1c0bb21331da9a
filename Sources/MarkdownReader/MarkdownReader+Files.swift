import DocumentTree
import Foundation

extension MarkdownReader {
    /// An image loader that reads paths relative to `directory` (absolute paths as they are).
    public static func fileImageLoader(relativeTo directory: String) -> ImageLoader {
        { path in
            let full = path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: full) else { return nil }
            return [UInt8](data)
        }
    }

    /// Reads a Markdown file; its images are resolved relative to the file's directory and its
    /// title falls back to the file name.
    /// - Throws: when the file cannot be read or is not UTF-8.
    public static func read(fileAt path: String, textWidth: Length = PageSetup.a4Portrait.textWidth) throws -> Result {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MarkdownFileError(path: path, reason: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MarkdownFileError(path: path, reason: "is not UTF-8 text")
        }
        let directory = (path as NSString).deletingLastPathComponent
        let reader = MarkdownReader(textWidth: textWidth, loadImage: fileImageLoader(relativeTo: directory.isEmpty ? "." : directory))
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return reader.read(text, fallbackTitle: name)
    }
}

/// A Markdown file that could not be read at all.
public struct MarkdownFileError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): error: \(reason)" }
}
