import Foundation

/// What every stage may see of the world: where inputs and templates are, the loaded project
/// (an opaque payload the command line fills), and the settings that change outputs.
public struct StageEnvironment: Sendable {
    /// The input directory (`Input/`); ``InputRef/input(_:)`` paths are relative to it.
    public var inputDirectory: URL
    /// The templates directory (`Templates/`); ``InputRef/template(_:)`` paths are relative to it.
    public var templatesDirectory: URL
    /// The loaded project, house style, labels…: whatever the caller built the stages for.
    public var payload: any Sendable
    /// Seconds since 1970 stamped into documents (from `SOURCE_DATE_EPOCH` when set).
    public var timestamp: Int
    /// Settings that change every output (the timestamp, a generator name…); hashed into every
    /// item, so changing one rebuilds everything. Keys are sorted when hashed.
    public var settings: [String: String]

    public init(inputDirectory: URL, templatesDirectory: URL, payload: any Sendable = (),
                timestamp: Int, settings: [String: String] = [:]) {
        self.inputDirectory = inputDirectory
        self.templatesDirectory = templatesDirectory
        self.payload = payload
        self.timestamp = timestamp
        self.settings = settings
    }

    /// The payload as the type the stage expects.
    /// - Throws: ``BuildError/wrongPayload(expected:found:)`` when the caller filled in something else.
    public func payload<T>(as type: T.Type) throws -> T {
        guard let value = payload as? T else {
            throw BuildError.wrongPayload(expected: String(describing: T.self),
                                          found: String(describing: Swift.type(of: payload)))
        }
        return value
    }
}
