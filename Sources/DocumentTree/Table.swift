/// A table: columns with widths, header rows repeated on every page, body rows, cell spans,
/// shading and fixed row heights (for forms with boxes to write in).
public struct Table: Sendable, Hashable {
    public var columns: [TableColumn]
    /// Rows repeated at the top of every page the table spans.
    public var headerRows: [TableRow]
    public var bodyRows: [TableRow]
    public var caption: [Inline]
    /// A table style name from the house style; nil is the default grid style.
    public var style: String?

    public init(columns: [TableColumn], headerRows: [TableRow] = [], bodyRows: [TableRow], caption: [Inline] = [], style: String? = nil) {
        self.columns = columns
        self.headerRows = headerRows
        self.bodyRows = bodyRows
        self.caption = caption
        self.style = style
    }
}

/// A column's share of the table width.
public struct TableColumn: Sendable, Hashable {
    /// Relative weight: a column of weight 2 is twice as wide as one of weight 1.
    public var weight: Double
    public var alignment: Alignment
    public init(weight: Double = 1, alignment: Alignment = .start) {
        self.weight = weight
        self.alignment = alignment
    }
}

public struct TableRow: Sendable, Hashable {
    /// The cells that start in this row. Positions covered by a span from a cell above or to
    /// the left are left out, as in HTML; `TableGrid` works out where each cell sits.
    public var cells: [TableCell]
    /// A fixed height (rows of a form to sign or write in); nil grows with the content.
    public var height: Length?
    public init(cells: [TableCell], height: Length? = nil) {
        self.cells = cells
        self.height = height
    }
}

public struct TableCell: Sendable, Hashable {
    public var blocks: [Block]
    public var columnSpan: Int
    public var rowSpan: Int
    /// Background colour; nil takes the table style's.
    public var shading: Color?
    public var verticalAlignment: VerticalAlignment

    public init(blocks: [Block], columnSpan: Int = 1, rowSpan: Int = 1, shading: Color? = nil, verticalAlignment: VerticalAlignment = .top) {
        self.blocks = blocks
        self.columnSpan = max(1, columnSpan)
        self.rowSpan = max(1, rowSpan)
        self.shading = shading
        self.verticalAlignment = verticalAlignment
    }

    /// A cell of one paragraph of plain text.
    public init(text: String, columnSpan: Int = 1, rowSpan: Int = 1, shading: Color? = nil) {
        self.init(blocks: [.paragraph(Paragraph(text: text))], columnSpan: columnSpan, rowSpan: rowSpan, shading: shading)
    }
}

public enum VerticalAlignment: String, Sendable, Hashable {
    case top, middle, bottom
}
