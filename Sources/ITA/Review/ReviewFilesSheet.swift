import Sheets

/// The review workbook's files sheet: every file of the batch, the submission it went to, what it
/// holds and why it was put there, so that a reviewer can check the grouping.
struct ReviewFilesSheet {
    var submissions: [Submission]

    static let name = "ไฟล์"
    static let headers = ["หน่วยงาน", "ไฟล์", "เอกสาร", "เหตุที่จัดไว้ในชุดนี้"]
    static let widths: [Double] = [26, 36, 14, 60]
    static let headerRow = ReviewTable.headerRow

    /// Writes the sheet; returns the row of each submission's first file.
    func write(in sheet: SheetHandle, with writer: inout XLSXWriter) throws(SheetsError) -> [Int] {
        try ReviewTable.begin(title: "ไฟล์ที่ตรวจและการจัดเป็นชุดเอกสารของหน่วยงาน", headers: Self.headers, widths: Self.widths, in: sheet, with: &writer)
        let folder = ReviewSummary.commonFolder(submissions)
        var row = Self.headerRow
        var firstRows: [Int] = []
        for submission in submissions {
            let agency = submission.agency ?? ""
            firstRows.append(row + 1)
            for file in submission.files {
                row += 1
                let values = [agency, String(file.path.dropFirst(folder.count)), file.holds.label.th, file.placement.th]
                for (c, value) in values.enumerated() {
                    try writer.write(.string(value), at: CellAddress(row: row, column: c + 1), in: sheet, style: ReviewTable.look.body)
                }
                try ReviewTable.fitRow(row, values: values, widths: Self.widths, in: sheet, with: &writer)
            }
        }
        try ReviewTable.finish(lastRow: row, columns: Self.headers.count, in: sheet, with: &writer)
        return firstRows
    }
}
