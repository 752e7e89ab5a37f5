import Sheets

/// The review workbook's findings sheet: every finding of every file of the batch, one row each,
/// in the summary's order, filled in its severity's colour, with an autofilter. The agency cell
/// links back to the submission's summary row; the place links to the exported cell in the
/// agency's own workbook when `--out-dir` wrote one.
struct ReviewFindingsSheet {
    var submissions: [Submission]
    var summaryName: String
    var summaryFirstRow: Int
    var exported: AgencyWorkbooks
    var reviewFolder: String

    static let headers = ["หน่วยงาน", "ไฟล์", "ระดับ", "รหัส", "ตำแหน่ง", "ข้อความ", "วิธีแก้"]
    static let widths: [Double] = [22, 20, 9, 18, 16, 40, 36]
    static let headerRow = ReviewTable.headerRow

    /// Writes the sheet; returns the row of each submission's first finding (nil when it has none).
    func write(in sheet: SheetHandle, with writer: inout XLSXWriter) throws(SheetsError) -> [Int?] {
        let headers = Self.headers
        try ReviewTable.begin(title: "ข้อค้นพบจากการตรวจทุกไฟล์", headers: headers, widths: Self.widths, in: sheet, with: &writer)
        let folder = ReviewSummary.commonFolder(submissions)
        var row = Self.headerRow
        var firstRows: [Int?] = []
        for (s, submission) in submissions.enumerated() {
            let agency = submission.agency ?? submission.files.first.map { ReviewSummary.fileName($0.path) } ?? ""
            firstRows.append(submission.findings.isEmpty ? nil : row + 1)
            for (f, file) in submission.files.enumerated() {
                for finding in file.outcome.findings {
                    row += 1
                    let fill = ExportStyle.severityFill[finding.severity]
                    let body = ExportStyle.filled(ReviewTable.look.body, fill)
                    let values = [agency, String(file.path.dropFirst(folder.count)), finding.severity.label.th, finding.code.rawValue,
                                  finding.place?.description ?? finding.sheet ?? "", finding.message.th, finding.fix.th]
                    try writer.writeInternalLink(text: agency, to: CellAddress(row: summaryFirstRow + s, column: 1), onSheet: summaryName,
                                                 at: CellAddress(row: row, column: 1), in: sheet, style: ExportStyle.filled(ReviewTable.look.link, fill))
                    for c in 1..<values.count {
                        // The place links to the exported cell in the agency's own workbook, when one was written.
                        if c == 4, let target = exported.target(submission: s, file: f, finding: finding, reviewFolder: reviewFolder) {
                            let shown = values[c].isEmpty ? SourceRef.qualified(target.sheet, target.address.a1) : values[c]
                            try writer.writeFileLink(text: shown, file: target.file, to: target.address, onSheet: target.sheet,
                                                     at: CellAddress(row: row, column: c + 1), in: sheet, style: ExportStyle.filled(ReviewTable.look.link, fill))
                            continue
                        }
                        try writer.write(.string(values[c]), at: CellAddress(row: row, column: c + 1), in: sheet,
                                         style: c == 2 ? ExportStyle.filled(ReviewTable.look.bodyCentered, fill) : body)
                    }
                    try ReviewTable.fitRow(row, values: values, widths: Self.widths, in: sheet, with: &writer)
                }
            }
        }
        try ReviewTable.finish(lastRow: row, columns: headers.count, in: sheet, with: &writer)
        return firstRows
    }
}
