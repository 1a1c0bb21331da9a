/// Where each cell of a table sits once row and column spans are taken into account.
///
/// Rows list only the cells that start in them (as in HTML). ODF needs covered cells written out
/// and DOCX needs vertical-merge continuations, so both writers ask the grid what fills each slot.
public struct TableGrid: Sendable {
    public enum Slot: Sendable, Hashable {
        /// The cell that starts here (row and column within the table's rows).
        case origin(TableCell)
        /// Covered by the span of the cell starting at (row, column); `isFirstColumnOfSpan` tells
        /// whether this slot is in the cell's first column (where DOCX writes a `vMerge` continuation).
        case covered(byRow: Int, column: Int, isFirstColumnOfSpan: Bool)
        /// Nothing there: the row has fewer cells than the table has columns.
        case empty
    }

    /// `slots[row][column]`, rows in table order (header rows first).
    public let slots: [[Slot]]
    public let columnCount: Int

    public init(rows: [TableRow], columnCount: Int) {
        var grid: [[Slot?]] = Array(repeating: Array(repeating: nil, count: columnCount), count: rows.count)
        for (rowIndex, row) in rows.enumerated() {
            var column = 0
            for cell in row.cells {
                while column < columnCount, grid[rowIndex][column] != nil { column += 1 }
                guard column < columnCount else { break }
                let lastColumn = min(column + cell.columnSpan, columnCount)
                let lastRow = min(rowIndex + cell.rowSpan, rows.count)
                for r in rowIndex..<lastRow {
                    for c in column..<lastColumn where grid[r][c] == nil {
                        grid[r][c] = (r == rowIndex && c == column)
                            ? .origin(cell)
                            : .covered(byRow: rowIndex, column: column, isFirstColumnOfSpan: c == column)
                    }
                }
                column = lastColumn
            }
        }
        self.slots = grid.map { $0.map { $0 ?? .empty } }
        self.columnCount = columnCount
    }

    public init(table: Table) {
        self.init(rows: table.headerRows + table.bodyRows, columnCount: table.columns.count)
    }
}
