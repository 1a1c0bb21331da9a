/// The verification index and public keys the certificates stage made, found by their contents
/// (see ``PublishedFiles/verificationFile(_:)``), with where the site publishes them.
struct VerificationFiles {
    /// Build path → site path.
    var copies: [(source: String, target: String)] = []
    var indexPath: String?
    var keySetPath: String?

    /// Reads the JSON outputs of the certificates stage through `context` (so they are hashed).
    init(context: StageContext) throws {
        let candidates = context.dependencyOutputs.filter {
            PublishedFiles.certificateStages.contains($0.stage) && $0.path.hasSuffix(".json")
        }
        for entry in candidates {
            let bytes = try context.readOutput(entry.path)
            let name = String(entry.path.split(separator: "/").last ?? "")
            switch PublishedFiles.verificationFile(bytes) {
            case .index?:
                guard indexPath == nil else { continue }
                indexPath = "verify/verification-index.json"
                copies.append((entry.path, "verify/verification-index.json"))
            case .keySet?:
                guard keySetPath == nil else { continue }
                keySetPath = "verify/keys.json"
                copies.append((entry.path, "verify/keys.json"))
            case .key?:
                copies.append((entry.path, "keys/\(name)"))
            case nil:
                continue
            }
        }
    }
}
