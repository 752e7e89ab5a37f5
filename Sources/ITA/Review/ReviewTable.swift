import Sheets

/// The frame the review workbook's list sheets share: a title, a header row at row 3 with the
/// columns' widths, then (after the rows) A4 landscape with the header repeated on every page,
/// frozen under the header, an autofilter over the rows.
enum ReviewTable {
    static let headerRow = 3

    static func begin(title: String, headers: [String], widths: [Double], in sheet: SheetHandle, with writer: inout XLSXWriter) throws(SheetsError) {
        _ = try ResultsWorkbook.writeTitleBlock([title], columns: headers.count, in: sheet, with: &writer)
        for (c, header) in headers.enumerated() {
            try writer.setColumnWidth(widths[c], columns: (c + 1)...(c + 1), in: sheet)
            try writer.write(.string(header), at: CellAddress(row: headerRow, column: c + 1), in: sheet, style: ExportStyle.header)
        }
        let lines = zip(headers, widths).map { ExportStyle.lineCount($0, width: $1) }.max() ?? 1
        try writer.setRowHeight(ExportStyle.rowHeight(lines: lines), row: headerRow, in: sheet)
    }

    /// A row's height from its longest wrapped value.
    static func fitRow(_ row: Int, values: [String], widths: [Double], in sheet: SheetHandle, with writer: inout XLSXWriter) throws(SheetsError) {
        let lines = zip(values, widths).map { ExportStyle.lineCount($0, width: $1) }.max() ?? 1
        try writer.setRowHeight(ExportStyle.rowHeight(lines: lines), row: row, in: sheet)
    }

    static func finish(lastRow: Int, columns: Int, in sheet: SheetHandle, with writer: inout XLSXWriter) throws(SheetsError) {
        try writer.setPageSetup(ExportStyle.pageSetup(repeatRows: headerRow...headerRow), in: sheet)
        writer.freezePanes(at: CellAddress(row: headerRow + 1, column: 1), in: sheet)
        if lastRow > headerRow {
            try writer.autofilter(CellRange(start: CellAddress(row: headerRow, column: 1), end: CellAddress(row: lastRow, column: columns)), in: sheet)
        }
    }
}
