/// The sections of the site, in the order of the main navigation, with their folder and label key.
enum SiteSection: String, Sendable, CaseIterable {
    case home, framework, programme, network, events, downloads, toolkit, verify

    /// The folder below the language folder (none for the home page).
    var folders: [String] { self == .home ? [] : [rawValue] }

    /// The label key of the section's name (`site.nav.framework`).
    var labelKey: String { "site.nav.\(rawValue)" }
}
