/// Why the website or toolkit could not be made.
enum SiteError: Error, CustomStringConvertible {
    /// A layout that does not parse or does not exist: the file and the parser's reason.
    case badTemplate(String, String)
    /// A published file of another stage that cannot be read.
    case unreadableOutput(String, String)

    var description: String {
        switch self {
        case .badTemplate(let path, let reason): "Templates/\(path): \(reason)"
        case .unreadableOutput(let path, let reason): "\(path): \(reason)"
        }
    }
}
