/// A problem in a house style file, with where it is: `style.yaml:12:5: error: …`.
public struct StyleFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// 1-based; 0 when the problem is with the file as a whole.
    public var line: Int
    public var column: Int
    public var message: String

    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(path):\(line):\(column): error: \(message)" : "\(path): error: \(message)"
    }
}
