import DocumentTree

/// Small constructors for the blocks manuals are made of, so chapters read as content.
enum ManualBlocks {
    /// A heading with a stable anchor.
    static func heading(_ level: Int, _ text: String, id: String? = nil) -> Block {
        .heading(Heading(level: level, content: [.text(text)], id: id))
    }

    /// A paragraph; lead paragraphs (style `Lead`) stay with what follows them.
    static func paragraph(_ text: String, style: String? = nil) -> Block {
        .paragraph(Paragraph([.text(text)], style: style, keepWithNext: style == "Lead"))
    }


    static func bullets(_ items: [String]) -> Block {
        .list(List(kind: .bullet, items: items.map { [.paragraph(Paragraph(text: $0))] }))
    }

    static func bulletBlocks(_ items: [[Inline]]) -> Block {
        .list(List(kind: .bullet, items: items.map { [.paragraph(Paragraph($0))] }))
    }

    /// A cell of small text (dense tables).
    static func cell(_ text: String, shading: Color? = nil, bold: Bool = false, style: String? = nil,
                     columnSpan: Int = 1, alignment: Alignment? = nil) -> TableCell {
        let inline: Inline = bold ? .strong([.text(text)]) : .text(text)
        return TableCell(blocks: [.paragraph(Paragraph([inline], style: style, alignment: alignment))],
                         columnSpan: columnSpan, shading: shading)
    }

    /// A cell of several paragraphs.
    static func cell(lines: [String], style: String? = nil) -> TableCell {
        TableCell(blocks: lines.map { .paragraph(Paragraph(text: $0, style: style)) })
    }

    /// A table with one header row of texts and the given body rows.
    static func table(header: [String], weights: [Double], rows: [TableRow], caption: String? = nil,
                      alignments: [Alignment]? = nil) -> Block {
        let columns = weights.enumerated().map { index, weight in
            TableColumn(weight: weight, alignment: alignments?[index] ?? .start)
        }
        return .table(Table(columns: columns,
                            headerRows: [TableRow(cells: header.map { TableCell(text: $0) })],
                            bodyRows: rows,
                            caption: caption.map { [.text($0)] } ?? []))
    }

    /// A body row of plain-text cells.
    static func row(_ texts: [String]) -> TableRow { TableRow(cells: texts.map { TableCell(text: $0) }) }
}

extension Color {
    /// Light teal: a matrix cell that is covered.
    static let covered = Color(red: 0xCC, green: 0xEB, blue: 0xEE)
    /// Light red: a gap that nothing covers.
    static let gap = Color(red: 0xF8, green: 0xD3, blue: 0xD0)
    /// Light grey: an empty matrix cell.
    static let empty = Color(red: 0xF4, green: 0xF4, blue: 0xF4)
    /// Light blue-grey: a totals row.
    static let totals = Color(red: 0xDD, green: 0xE4, blue: 0xEE)
}
