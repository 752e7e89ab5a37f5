import Sheets

/// The review workbook's files sheet: every file of the batch, the submission it went to, what it
/// holds and why it was put there, so that a reviewer can check the grouping.
struct ReviewFilesSheet {
    var submissions: [Submission]

    static let name = "ไฟล์"
    static let headers = ["หน่วยงาน", "ไฟล์", "เอกสาร", "เหตุที่จัดไว้ในชุดนี้"]
    static let widths: [Double] = [26, 36, 14, 60]
    static let headerRow = 3

    /// Writes the sheet; returns the row of each submission's first file.
    func write(in sheet: SheetHandle, with writer: inout XLSXWriter) throws(SheetsError) -> [Int] {
        _ = try ResultsWorkbook.writeTitleBlock(["ไฟล์ที่ตรวจและการจัดเป็นชุดเอกสารของหน่วยงาน"], columns: Self.headers.count, in: sheet, with: &writer)
        for (c, header) in Self.headers.enumerated() {
            try writer.setColumnWidth(Self.widths[c], columns: (c + 1)...(c + 1), in: sheet)
            try writer.write(.string(header), at: CellAddress(row: Self.headerRow, column: c + 1), in: sheet, style: ExportStyle.header)
        }
        var row = Self.headerRow
        var firstRows: [Int] = []
        for submission in submissions {
            let agency = submission.agency ?? ""
            firstRows.append(row + 1)
            for file in submission.files {
                row += 1
                let values = [agency, file.path, file.holds.label.th, file.placement.th]
                for (c, value) in values.enumerated() {
                    try writer.write(.string(value), at: CellAddress(row: row, column: c + 1), in: sheet, style: ExportStyle.body)
                }
                let lines = zip(values, Self.widths).map { ExportStyle.lineCount($0, width: $1) }.max() ?? 1
                try writer.setRowHeight(ExportStyle.rowHeight(lines: lines), row: row, in: sheet)
            }
        }
        try writer.setPageSetup(ExportStyle.pageSetup(repeatRows: Self.headerRow...Self.headerRow), in: sheet)
        writer.freezePanes(at: CellAddress(row: Self.headerRow + 1, column: 1), in: sheet)
        if row > Self.headerRow {
            try writer.autofilter(CellRange(start: CellAddress(row: Self.headerRow, column: 1),
                                            end: CellAddress(row: row, column: Self.headers.count)), in: sheet)
        }
        return firstRows
    }
}
