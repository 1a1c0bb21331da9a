import Foundation

/// Writes a line to standard error (diagnostics and errors; standard output is for results).
func writeToStandardError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
