import DocumentTree

extension WordDocumentWriter {
    /// A `w:tbl`: grid from the column weights over the available width, header rows that repeat
    /// on every page, spans from `TableGrid`, shading, zebra stripes and fixed row heights.
    func writeTable(_ table: Table, _ context: BlockContext) {
        guard !table.columns.isEmpty else { return }
        let tableStyle = state.style.table
        if !table.caption.isEmpty {
            writeParagraph(table.caption, properties: ParagraphProperties(style: "Caption", keepWithNext: true), context)
        }
        let columnWidths = Self.columnWidths(table.columns, total: context.width.twips)
        let rows = table.headerRows + table.bodyRows
        // Only spans need the grid: without them the cell in slot `column` is the row's
        // `column`-th (most tables of a manual, whose grid was ~15 % of writing their cells).
        let hasSpans = rows.contains { row in row.cells.contains { $0.rowSpan > 1 || $0.columnSpan > 1 } }
        let grid: TableGrid? = hasSpans ? TableGrid(rows: rows, columnCount: table.columns.count) : nil
        let columnCount = table.columns.count
        let padding = Length.mm(tableStyle.cellPadding).twips

        xml.start(constant: "w:tbl")
        // Constant names and markup (the same bytes as elements built from attribute lists).
        xml.markup("<w:tblPr>")
        xml.start(constant: "w:tblW")
        xml.attribute(constant: "w:w", number: columnWidths.reduce(0, +))
        xml.attribute(constant: "w:type", "dxa")
        xml.end()
        let borderSize = max(2, min(96, Int((tableStyle.borderWidth * 8).rounded())))
        xml.markup("<w:tblBorders>")
        for side in Self.borderSides {
            xml.start(constant: side, attributes: " w:val=\"single\"")
            xml.attribute(constant: "w:sz", number: borderSize)
            xml.attribute(constant: "w:space", number: 0)
            xml.attribute(constant: "w:color", color: tableStyle.border)
            xml.end()
        }
        xml.markup("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>")
        for side in Self.marginSides {
            xml.start(constant: side)
            xml.attribute(constant: "w:w", number: padding)
            xml.attribute(constant: "w:type", "dxa")
            xml.end()
        }
        xml.markup("</w:tblCellMar>")
        if table.headerRows.isEmpty {
            xml.markup("<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>")
        } else {
            xml.markup("<w:tblLook w:val=\"0020\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>")
        }
        xml.start(constant: "w:tblGrid")
        for width in columnWidths { xml.empty(constant: "w:gridCol", "w:w", number: width) }
        xml.end()
        let headerCount = table.headerRows.count
        for (rowIndex, row) in rows.enumerated() {
            let isHeader = rowIndex < headerCount
            let stripe: Color? = (!isHeader && (rowIndex - headerCount) % 2 == 1) ? tableStyle.stripe : nil
            xml.start(constant: "w:tr")
            if isHeader || row.height != nil {
                xml.markup("<w:trPr><w:cantSplit/>")
                if let height = row.height {
                    xml.start(constant: "w:trHeight")
                    xml.attribute(constant: "w:val", number: height.twips)
                    xml.attribute(constant: "w:hRule", "exact")
                    xml.end()
                }
                xml.markup(isHeader ? "<w:tblHeader/></w:trPr>" : "</w:trPr>")
            }
            var column = 0
            while column < columnCount {
                let slot: TableGrid.Slot
                if let grid {
                    slot = grid.slots[rowIndex][column]
                } else {
                    slot = column < row.cells.count ? .origin(row.cells[column]) : .empty
                }
                switch slot {
                case .origin(let cell):
                    let span = min(cell.columnSpan, columnCount - column)
                    let width = columnWidths[column..<(column + span)].reduce(0, +)
                    let merge: String? = cell.rowSpan > 1 && rowIndex + 1 < rows.count ? "restart" : nil
                    writeCell(cell, span: span, width: width, verticalMerge: merge, isHeader: isHeader, stripe: stripe,
                              alignment: table.columns[column].alignment, padding: padding, context)
                    column += span
                case .covered(let originRow, let originColumn, let isFirstColumnOfSpan):
                    guard isFirstColumnOfSpan, originRow != rowIndex, case .origin(let origin)? = grid?.slots[originRow][originColumn] else {
                        column += 1
                        continue
                    }
                    let span = min(origin.columnSpan, columnCount - column)
                    let width = columnWidths[column..<(column + span)].reduce(0, +)
                    writeCell(TableCell(blocks: [], shading: origin.shading, verticalAlignment: origin.verticalAlignment), span: span,
                              width: width, verticalMerge: "continue", isHeader: isHeader, stripe: stripe,
                              alignment: table.columns[column].alignment, padding: padding, context)
                    column += span
                case .empty:
                    writeCell(TableCell(blocks: []), span: 1, width: columnWidths[column], verticalMerge: nil, isHeader: isHeader,
                              stripe: stripe, alignment: table.columns[column].alignment, padding: padding, context)
                    column += 1
                }
            }
            xml.end()
        }
        xml.end()
        // Word merges two tables in a row into one and wants a cell, note or section to end
        // with a paragraph: an empty compact one after every table settles both.
        writeParagraph([], properties: ParagraphProperties(), BlockContext(width: context.width, compact: true))
    }

    private func writeCell(_ cell: TableCell, span: Int, width: Int, verticalMerge: String?, isHeader: Bool, stripe: Color?,
                           alignment: Alignment, padding: Int, _ context: BlockContext) {
        let tableStyle = state.style.table
        // No `w:tcW`: in a fixed-layout table the `w:tblGrid` already gives every column its
        // width (ECMA-376 §17.18.87, and a cell without one takes its grid columns'), so the
        // preferred width repeated in every cell was about a fifth of a manual's body XML.
        // `w:tcPr` only when a property is left to say.
        let fill = cell.shading ?? (isHeader ? tableStyle.headerBackground : stripe)
        if span > 1 || verticalMerge != nil || fill != nil || cell.verticalAlignment != .top {
            xml.markup("<w:tc><w:tcPr>")
            if span > 1 { xml.empty(constant: "w:gridSpan", "w:val", number: span) }
            if let verticalMerge {
                if verticalMerge == "continue" { xml.markup("<w:vMerge/>") } else { xml.empty(constant: "w:vMerge", "w:val", verticalMerge) }
            }
            if let fill {
                xml.start(constant: "w:shd", attributes: " w:val=\"clear\" w:color=\"auto\"")
                xml.attribute(constant: "w:fill", color: fill)
                xml.end()
            }
            switch cell.verticalAlignment {
            case .top: break
            case .middle: xml.markup("<w:vAlign w:val=\"center\"/>")
            case .bottom: xml.markup("<w:vAlign w:val=\"bottom\"/>")
            }
            xml.markup("</w:tcPr>")
        } else {
            xml.markup("<w:tc>")
        }
        // The `w:tc` opened above as markup is closed as markup below.
        var cellContext = BlockContext(paragraphStyle: context.paragraphStyle, width: .mm(Double(max(width - 2 * padding, 144)) * 25.4 / 1440),
                                       alignment: alignment)
        // Cells have their own padding: no space after their paragraphs.
        cellContext.compact = true
        if isHeader {
            cellContext.runFormat.bold = true
            cellContext.runFormat.color = tableStyle.headerText
        }
        if cell.blocks.isEmpty {
            writeParagraph([], properties: ParagraphProperties(alignment: alignment), BlockContext(width: cellContext.width, compact: true))
        } else {
            writeBlocks(cell.blocks, cellContext)
        }
        xml.markup("</w:tc>")
    }

    private static let borderSides: [StaticString] = ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"]
    private static let marginSides: [StaticString] = ["w:top", "w:left", "w:bottom", "w:right"]

    /// Column widths in twips: the weights shared out over `total`, the rounding left-over
    /// going to the last column so the grid adds up exactly.
    static func columnWidths(_ columns: [TableColumn], total: Int) -> [Int] {
        let weights = columns.map { $0.weight > 0 && $0.weight.isFinite ? $0.weight : 1 }
        let sum = weights.reduce(0, +)
        var widths = weights.map { Int((Double(total) * $0 / sum).rounded(.down)) }
        if let last = widths.indices.last { widths[last] += total - widths.reduce(0, +) }
        return widths
    }
}
