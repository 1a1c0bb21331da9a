import Mustache

/// The Mustache layouts of the site (`Templates/html/*.mustache`), parsed once per item.
struct SiteTemplates: Sendable {
    /// The template files, by name without extension; each is declared as an input of every item.
    static let names = ["layout", "home", "framework", "competence", "programme", "network", "events",
                        "downloads", "toolkit", "verify", "not-found", "languages"]
    /// Other template files the site reads (the site's own CSS rules, the scripts).
    static let assetFiles = ["html/site.css", "html/verify.js", "html/network-filter.js"]

    static func path(of name: String) -> String { "html/\(name).mustache" }

    private let library: MustacheLibrary

    /// - Parameter read: reads a file of the templates folder (through the stage context, so it is hashed).
    /// - Throws: a read error or ``SiteError/badTemplate(_:_:)``.
    init(read: (String) throws -> [UInt8]) throws {
        var library = MustacheLibrary()
        for name in Self.names {
            let text = String(decoding: try read(Self.path(of: name)), as: UTF8.self)
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch {
                throw SiteError.badTemplate(Self.path(of: name), "\(error)")
            }
        }
        self.library = library
    }

    /// Renders the template `name` with `context`.
    /// - Throws: ``SiteError/badTemplate(_:_:)`` when there is no such template.
    func render(_ name: String, _ context: [String: Any]) throws -> String {
        guard let text = library.render(context, withTemplate: name) else {
            throw SiteError.badTemplate(Self.path(of: name), "no such template")
        }
        return text
    }
}
