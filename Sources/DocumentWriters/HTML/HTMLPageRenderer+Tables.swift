import DocumentTree

/// Tables: a focusable scroll region around `<table>`, `<caption>`, `<colgroup>` widths from the
/// column weights, `<thead>` with `<th scope="col">`, `<tbody>`, spans, shading and fixed heights.
///
/// The HTML table model rejects a column or row in which no cell begins (a span covering a whole
/// column, say); such columns and rows are folded into their neighbours, so every table passes.
extension HTMLPageRenderer {
    mutating func table(_ table: Table, inline mode: InlineMode) {
        tableCount += 1
        let columnCount = table.columns.isEmpty
            ? (table.headerRows + table.bodyRows).map { $0.cells.reduce(0) { $0 + $1.columnSpan } }.max() ?? 0
            : table.columns.count
        let header = TableGrid(rows: table.headerRows, columnCount: columnCount)
        let body = TableGrid(rows: table.bodyRows, columnCount: columnCount)

        var columnHasCell = Array(repeating: false, count: columnCount)
        for grid in [header, body] {
            for row in grid.slots {
                for (column, slot) in row.enumerated() {
                    if case .covered = slot { continue }
                    columnHasCell[column] = true
                }
            }
        }

        let caption = table.caption.plainText
        out.raw("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"")
        out.attribute("aria-label", caption.isEmpty ? "\(labels.table) \(tableCount)" : caption)
        out.raw(">\n<table")
        if let style = table.style, !style.isEmpty { out.attribute("class", "t-" + AnchorID.slug(style)) }
        out.raw(">\n")
        if !table.caption.isEmpty {
            out.raw("<caption")
            if table.caption.containsRightToLeft { out.attribute("dir", "auto") }
            out.raw(">")
            inlines(table.caption, mode: mode)
            out.raw("</caption>\n")
        }
        if !table.columns.isEmpty, columnHasCell.contains(true) {
            columnGroup(table.columns, kept: columnHasCell)
        }
        if !table.headerRows.isEmpty {
            out.raw("<thead>\n")
            rows(header, of: table.headerRows, columns: table.columns, keptColumns: columnHasCell, isHeader: true, mode: mode)
            out.raw("</thead>\n")
        }
        if !table.bodyRows.isEmpty {
            out.raw("<tbody>\n")
            rows(body, of: table.bodyRows, columns: table.columns, keptColumns: columnHasCell, isHeader: false, mode: mode)
            out.raw("</tbody>\n")
        }
        out.raw("</table>\n</div>\n")
    }

    /// `<col style="width:…%">` per column; a folded column's weight goes to the column before it.
    private mutating func columnGroup(_ columns: [TableColumn], kept: [Bool]) {
        var weights: [Double] = []
        for (index, column) in columns.enumerated() {
            let weight = column.weight > 0 && column.weight.isFinite ? column.weight : 1
            if kept[index] || weights.isEmpty {
                weights.append(weight)
            } else {
                weights[weights.count - 1] += weight
            }
        }
        let total = weights.reduce(0, +)
        out.raw("<colgroup>")
        for weight in weights {
            out.raw("<col style=\"width:")
            out.rawString(CSSText.number(weight / total * 100))
            out.raw("%\">")
        }
        out.raw("</colgroup>\n")
    }

    private mutating func rows(_ grid: TableGrid, of rows: [TableRow], columns: [TableColumn], keptColumns: [Bool],
                               isHeader: Bool, mode: InlineMode) {
        let slots = grid.slots
        let rowHasCell = slots.map { row in row.contains { if case .covered = $0 { return false } else { return true } } }
        for (rowIndex, row) in slots.enumerated() where rowHasCell[rowIndex] {
            out.raw("<tr")
            if let height = rows[rowIndex].height, height.millimetres > 0 {
                out.raw(" style=\"height:")
                out.rawString(CSSText.number(height.millimetres))
                out.raw("mm\"")
            }
            out.raw(">")
            for (columnIndex, slot) in row.enumerated() {
                switch slot {
                case .covered:
                    continue
                case .empty:
                    out.raw("<td></td>")
                case .origin(let cell):
                    var columnSpan = 1
                    var nextColumn = columnIndex + 1
                    while nextColumn < grid.columnCount, isCovered(row[nextColumn], byRow: rowIndex, column: columnIndex) {
                        if keptColumns[nextColumn] { columnSpan += 1 }
                        nextColumn += 1
                    }
                    var rowSpan = 1
                    var nextRow = rowIndex + 1
                    while nextRow < slots.count, isCovered(slots[nextRow][columnIndex], byRow: rowIndex, column: columnIndex) {
                        if rowHasCell[nextRow] { rowSpan += 1 }
                        nextRow += 1
                    }
                    let alignment = columnIndex < columns.count ? columns[columnIndex].alignment : .start
                    self.cell(cell, isHeader: isHeader, columnSpan: columnSpan, rowSpan: rowSpan, alignment: alignment, mode: mode)
                }
            }
            out.raw("</tr>\n")
        }
    }

    private func isCovered(_ slot: TableGrid.Slot, byRow row: Int, column: Int) -> Bool {
        if case .covered(let originRow, let originColumn, _) = slot { return originRow == row && originColumn == column }
        return false
    }

    private mutating func cell(_ cell: TableCell, isHeader: Bool, columnSpan: Int, rowSpan: Int, alignment: Alignment, mode: InlineMode) {
        out.raw(isHeader ? "<th scope=\"col\"" : "<td")
        if columnSpan > 1 { out.raw(" colspan=\""); out.number(columnSpan); out.raw("\"") }
        if rowSpan > 1 { out.raw(" rowspan=\""); out.number(rowSpan); out.raw("\"") }
        var classes: [String] = []
        if alignment != .start { classes.append(HTMLNames.alignmentClass(alignment)) }
        if cell.verticalAlignment != .top { classes.append("va-" + cell.verticalAlignment.rawValue) }
        if !classes.isEmpty { out.attribute("class", classes.joined(separator: " ")) }
        if let shading = cell.shading {
            out.raw(" style=\"background-color:")
            out.rawString(shading.rgbHexString)
            out.raw("\"")
        }
        if cell.blocks.count == 1, case .paragraph(let paragraph) = cell.blocks[0], HTMLPageRenderer.isPlain(paragraph) {
            if paragraph.content.containsRightToLeft { out.attribute("dir", "auto") }
            out.raw(">")
            inlines(paragraph.content, mode: mode)
        } else {
            out.raw(">")
            if !cell.blocks.isEmpty { out.newline() }
            blocks(cell.blocks, inline: mode)
        }
        out.raw(isHeader ? "</th>" : "</td>")
    }
}
