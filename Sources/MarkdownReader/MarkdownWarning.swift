/// Something in the Markdown that was read with a loss (an image that is missing, raw HTML that
/// was dropped, a control character), with where it is in the file.
public struct MarkdownWarning: Sendable, Hashable, CustomStringConvertible {
    /// 1-based line in the Markdown file (front matter included).
    public var line: Int
    /// 1-based column; 1 when only the line is known.
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line:column: warning: message`; prefix the file name for a full diagnostic.
    public var description: String { "\(line):\(column): warning: \(message)" }

    /// `file:line:column: warning: message`, the form compilers and editors understand.
    public func formatted(file: String) -> String { "\(file):\(line):\(column): warning: \(message)" }
}
