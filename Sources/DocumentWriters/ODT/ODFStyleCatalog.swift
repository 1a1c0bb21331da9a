import DocumentTree

/// The named styles of `styles.xml` that the body refers to: the house style's own, under
/// encoded names, plus the few this writer adds (table cells, lists, links, check boxes).
struct ODFStyleCatalog {
    let house: HouseStyle

    // Paragraph styles the writer adds to the house style's.
    static let tableContents = "Table_20_Contents"
    static let tableHeading = "Table_20_Heading"
    static let horizontalRule = "Horizontal_20_Line"
    static let tightListItem = "List_20_Tight"
    static let figure = "Figure"
    /// An empty paragraph of almost no height that starts a page style before a table of contents.
    static let pageStart = "Page_20_Start"

    // Character styles the writer adds to the house style's (unless it defines them itself).
    static let strikethrough = "Strikethrough"
    static let superscript = "Superscript"
    static let `subscript` = "Subscript"
    static let checkbox = "Checkbox"
    static let internetLink = "Internet_20_link"
    /// Table-of-contents entries: linked, but set like the text around them.
    static let indexLink = "Index_20_Link"

    static let bulletList = "Bullet_20_List"
    static let numberedList = "Numbered_20_List"

    /// The font used for check boxes and list bullets: it has ☐ ☒ • ◦ ▪.
    static let symbolFont = "DejaVu Sans"

    /// The encoded name of a house paragraph style, or nil when the house style has no such style.
    func paragraphStyle(_ name: String?) -> String? {
        guard let name, house.paragraphStyles[name] != nil else { return nil }
        return ODFStyleName.encode(name)
    }

    /// The name of the house style's heading style for a level, falling back to the nearest.
    func headingStyle(level: Int) -> String {
        for candidate in stride(from: level, through: 1, by: -1) {
            if let name = paragraphStyle("Heading\(candidate)") { return name }
        }
        return normal
    }

    var normal: String { paragraphStyle("Normal") ?? "Normal" }

    /// The encoded name of a house character style, or nil when there is none.
    func characterStyle(_ name: String) -> String? {
        house.characterStyles[name] == nil ? nil : ODFStyleName.encode(name)
    }

    /// Character style names the writer always defines (the house style's or its own).
    static let strong = "Strong"
    static let emphasis = "Emphasis"
    static let code = "Code"

    /// The style of the table-of-contents entries at a level (`TOC1`…`TOC3`, deeper levels use the last).
    func tocStyle(level: Int) -> String {
        for candidate in stride(from: min(level, 9), through: 1, by: -1) {
            if let name = paragraphStyle("TOC\(candidate)") { return name }
        }
        return normal
    }
}
