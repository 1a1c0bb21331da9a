import DocumentTree

extension ODFBodyWriter {
    /// A table as wide as the text, columns sized by their weights, header rows in
    /// `table:table-header-rows` (repeated on every page), spans written out with covered cells.
    func writeTable(_ table: Table, context: Context) {
        guard !table.columns.isEmpty else { return }
        if !table.caption.isEmpty {
            writeParagraph(table.caption, base: catalog.paragraphStyle("Caption") ?? context.paragraphStyle,
                           alignment: nil, keepWithNext: true, context: context)
        }
        tableCount += 1
        let width = availableWidth
        let weights = table.columns.map { $0.weight > 0 && $0.weight.isFinite ? $0.weight : 1 }
        let totalWeight = weights.reduce(0, +)
        let columnWidths = weights.map { Length.mm(width.millimetres * $0 / totalWeight) }

        var masterPage: String?
        var breakBefore = false
        if context.canBreak {
            masterPage = pendingMasterPage
            breakBefore = pendingPageBreak && masterPage == nil
            pendingMasterPage = nil
            pendingPageBreak = false
        }
        xml.start(constant: "table:table")
        xml.attribute(constant: "table:name", "Table" + String(tableCount))
        xml.attribute(constant: "table:style-name", automaticStyles.name(.table(width: width, breakBefore: breakBefore, masterPage: masterPage)))
        for columnWidth in columnWidths {
            xml.start(constant: "table:table-column")
            xml.attribute(constant: "table:style-name", automaticStyles.name(.column(width: columnWidth)))
            xml.end()
        }

        let rows = table.headerRows + table.bodyRows
        let grid = TableGrid(rows: rows, columnCount: table.columns.count)
        let cellContext = Context(paragraphStyle: ODFStyleCatalog.tableContents, alignment: nil, canBreak: false,
                                  allowsFootnotes: context.allowsFootnotes)
        let savedWidth = availableWidth
        if !table.headerRows.isEmpty {
            xml.start(constant: "table:table-header-rows")
            for index in table.headerRows.indices {
                writeRow(rows[index], slots: grid.slots[index], rowIndex: index, rowCount: rows.count,
                         background: catalog.house.table.headerBackground, isHeader: true, table: table,
                         columnWidths: columnWidths, context: cellContext)
            }
            xml.end()
        }
        for bodyIndex in table.bodyRows.indices {
            let index = table.headerRows.count + bodyIndex
            let stripe = bodyIndex % 2 == 1 ? catalog.house.table.stripe : nil
            writeRow(rows[index], slots: grid.slots[index], rowIndex: index, rowCount: rows.count, background: stripe,
                     isHeader: false, table: table, columnWidths: columnWidths, context: cellContext)
        }
        availableWidth = savedWidth
        xml.end()
    }

    private func writeRow(_ row: TableRow, slots: [TableGrid.Slot], rowIndex: Int, rowCount: Int, background: Color?,
                          isHeader: Bool, table: Table, columnWidths: [Length], context: Context) {
        xml.start(constant: "table:table-row")
        if let height = row.height { xml.attribute(constant: "table:style-name", automaticStyles.name(.row(height: height))) }
        var cellContext = context
        if isHeader { cellContext.paragraphStyle = ODFStyleCatalog.tableHeading }
        let padding = catalog.house.table.cellPadding
        for (column, slot) in slots.enumerated() {
            switch slot {
            case .origin(let cell):
                let columnSpan = min(cell.columnSpan, slots.count - column)
                let rowSpan = min(cell.rowSpan, rowCount - rowIndex)
                xml.start(constant: "table:table-cell")
                xml.attribute(constant: "table:style-name", automaticStyles.name(.cell(background: cell.shading ?? background,
                                                                             verticalAlignment: cell.verticalAlignment)))
                xml.attribute(constant: "office:value-type", "string")
                if columnSpan > 1 { xml.attribute(constant: "table:number-columns-spanned", number: columnSpan) }
                if rowSpan > 1 { xml.attribute(constant: "table:number-rows-spanned", number: rowSpan) }
                let spanned = columnWidths[column..<(column + columnSpan)].reduce(0) { $0 + $1.millimetres }
                availableWidth = .mm(max(spanned - 2 * padding, 1))
                let alignment = table.columns[column].alignment
                cellContext.alignment = alignment == .start ? nil : alignment
                if cell.blocks.isEmpty {
                    xml.start(constant: "text:p")
                    xml.attribute(constant: "text:style-name", cellContext.paragraphStyle)
                    xml.end()
                } else {
                    writeBlocks(cell.blocks, context: cellContext)
                }
                xml.end()
            case .covered:
                xml.empty(constant: "table:covered-table-cell")
            case .empty:
                xml.start(constant: "table:table-cell")
                xml.attribute(constant: "table:style-name", automaticStyles.name(.cell(background: background, verticalAlignment: .top)))
                xml.start(constant: "text:p")
                xml.attribute(constant: "text:style-name", cellContext.paragraphStyle)
                xml.end()
                xml.end()
            }
        }
        xml.end()
    }
}
