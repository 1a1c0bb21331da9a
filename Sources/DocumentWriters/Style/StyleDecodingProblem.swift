/// Thrown while reading a style file; the loader turns it into a `StyleFileError` at the key's position.
struct StyleDecodingProblem: Error {
    enum Kind {
        /// The key at the end of the path is not one the mapping knows.
        case unknownKey(String, known: [String])
        /// The value at the path is wrong; the message says why.
        case invalidValue(String)
    }
    /// The keys from the root of the file to the value in question.
    var keyPath: [String]
    var kind: Kind
}
