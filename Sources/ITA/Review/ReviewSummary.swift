import Sheets

/// The summary of a batch, one row per submission: the same table for the review workbook's
/// summary sheet and for `ita batch --format csv`.
public enum ReviewSummary {
    static let statuses: [MeasureStatus] = [.done, .inProgress, .notStarted, .notYetDue]
    /// The status columns are headed with the statuses' own words (`MeasureStatus.label`).
    public static let headers = ["หน่วยงาน", "อำเภอ", "จังหวัด", "ปีงบประมาณ", "ไฟล์แผน", "ไฟล์รายงานผล", "มาตรการตามแผน"]
        + statuses.map(\.label.th) + ["ข้อผิดพลาด", "คำเตือน", "ผลการตรวจ"]
    /// The columns that hold counts (1-based), centred in the workbook.
    static let countColumns = 7...13

    /// A submission's cells; nil where there is nothing to show.
    public static func row(_ submission: Submission) -> [CellValue?] {
        func file(_ index: Int?) -> CellValue? { index.map { .string(submission.files[$0].path) } }
        let status = submission.statusCounts
        var row: [CellValue?] = [
            .string(submission.agency ?? submission.files.first.map { fileName($0.path) } ?? ""),
            submission.district.map(CellValue.string),
            submission.province.map(CellValue.string),
            submission.fiscalYear.map { .number(Double($0)) },
            file(submission.planFile), file(submission.resultsFile),
            .number(Double(submission.plan?.measures.count ?? 0)),
        ]
        row += statuses.map { .number(Double(status[$0] ?? 0)) }
        row += [.number(Double(submission.count(.error))), .number(Double(submission.count(.warning))),
                .string(submission.verdict.label.th)]
        return row
    }

    /// The summary as a sheet (header row, then a row per submission), for the CSV writer.
    public static func sheet(_ submissions: [Submission]) -> Sheet {
        var rows = [Row(index: 1, cells: headers.enumerated().map { Cell(CellAddress(row: 1, column: $0 + 1), .string($1)) })]
        for (i, submission) in submissions.enumerated() {
            let cells = row(submission).enumerated().compactMap { c, value in value.map { Cell(CellAddress(row: i + 2, column: c + 1), $0) } }
            rows.append(Row(index: i + 2, cells: cells))
        }
        return Sheet(name: "summary", rows: rows)
    }

    static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    /// The folder every file of the batch is in (with its final `/`), left out where paths are shown:
    /// `ส่งแล้ว/อำเภอเมือง/plan.xlsx` reads better than the whole path on every row.
    static func commonFolder(_ submissions: [Submission]) -> String {
        let folders = submissions.flatMap(\.files).map { path in path.path.split(separator: "/", omittingEmptySubsequences: false).dropLast() }
        guard var common = folders.first.map(Array.init) else { return "" }
        for folder in folders.dropFirst() {
            common = Array(zip(common, folder).prefix { $0 == $1 }.map(\.0))
        }
        return common.isEmpty ? "" : common.joined(separator: "/") + "/"
    }
}
