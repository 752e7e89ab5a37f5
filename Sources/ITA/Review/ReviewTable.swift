import Sheets

/// The frame the review workbook's list sheets share: a title, a header row at row 3 with the
/// columns' widths, then (after the rows) A4 landscape with the header repeated on every page,
/// frozen under the header, an autofilter over the rows.
enum ReviewTable {
    static let headerRow = 3

    /// The review workbook's look: the export's, in TH SarabunPSK 16.
    static let look = ExportLook.standard

    /// A4 landscape, one page wide: a reviewer's list is read across, however many columns.
    static var pageSetup: PageSetup {
        var setup = look.pageSetup(repeatRows: headerRow...headerRow)
        setup.fitToPagesWide = 1
        return setup
    }

    static func begin(title: String, headers: [String], widths: [Double], in sheet: SheetHandle, with writer: inout XLSXWriter) throws(SheetsError) {
        _ = try ResultsWorkbook.writeTitleBlock([title], columns: headers.count, width: widths.reduce(0, +), look: look, in: sheet, with: &writer)
        for (c, header) in headers.enumerated() {
            try writer.setColumnWidth(widths[c], columns: (c + 1)...(c + 1), in: sheet)
            try writer.write(.string(header), at: CellAddress(row: headerRow, column: c + 1), in: sheet, style: look.header)
        }
        try fitRow(headerRow, values: headers, widths: widths, in: sheet, with: &writer)
    }

    /// A row's height from its longest wrapped value.
    static func fitRow(_ row: Int, values: [String], widths: [Double], in sheet: SheetHandle, with writer: inout XLSXWriter) throws(SheetsError) {
        let lines = zip(values, widths).map { look.lineCount($0, units: $1) }.max() ?? 1
        try writer.setRowHeight(look.rowHeight(lines: lines), row: row, in: sheet)
    }

    static func finish(lastRow: Int, columns: Int, in sheet: SheetHandle, with writer: inout XLSXWriter) throws(SheetsError) {
        try writer.setPageSetup(pageSetup, in: sheet)
        writer.freezePanes(at: CellAddress(row: headerRow + 1, column: 1), in: sheet)
        if lastRow > headerRow {
            try writer.autofilter(CellRange(start: CellAddress(row: headerRow, column: 1), end: CellAddress(row: lastRow, column: columns)), in: sheet)
        }
    }
}
