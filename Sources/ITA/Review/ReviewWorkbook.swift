import Foundation
import Sheets

/// The reviewer's workbook of a batch (`ita batch -o REVIEW.xlsx`): a summary sheet with one row
/// per submission and its verdict, each row linked to its findings (or, with none, to its files); an overview sheet with the
/// counts of verdicts and of measure statuses and a chart of each; a findings sheet with every
/// finding of every file, filterable; a files sheet with where each file went and why.
public struct ReviewWorkbook: Sendable {
    /// The submissions reviewed, one summary row each.
    public var submissions: [Submission]
    /// The template whose years and item codes head the sheets.
    public var template: Template
    /// A fixed creation time gives byte-stable output (tests); nil means now.
    public var created: SpreadsheetDate?
    /// The agencies' own workbooks (`--out-dir`), whose cells the findings link to.
    public var exported: AgencyWorkbooks

    /// A review of `submissions`; `exported` names the agencies' own workbooks when they were written.
    public init(submissions: [Submission], template: Template, created: SpreadsheetDate? = nil, exported: AgencyWorkbooks = AgencyWorkbooks()) {
        self.submissions = submissions
        self.template = template
        self.created = created
        self.exported = exported
    }

    static let summaryName = "สรุปการตรวจ"
    static let overviewName = "ภาพรวม"
    static let findingsName = "ข้อค้นพบ"
    /// The summary's header row; submissions follow it.
    static let headerRow = ReviewTable.headerRow

    /// Rows of 15 points (20 pixels) a chart covers.
    static let chartRows = 22

    static let verdictFill: [Verdict: UInt32] = [.pass: 0xC6EFCE, .needsFix: 0xFFEB9C, .incomplete: 0xF8CBAD, .unreadable: 0xD9D9D9]

    /// Writes the workbook to `path` (a temporary file renamed into place, so a failure leaves no half file).
    public func write(to path: String) throws(SheetsError) {
        var writer = try XLSXWriter(path: path)
        try writer.setDefaultFont(name: ExportStyle.fontName, size: ReviewTable.look.fontSize)
        let summary = try writer.addSheet(named: Self.summaryName)
        let overview = try writer.addSheet(named: Self.overviewName)
        let findings = try writer.addSheet(named: Self.findingsName)
        let files = try writer.addSheet(named: ReviewFilesSheet.name)
        let reviewFolder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let firstFindingRow = try ReviewFindingsSheet(submissions: submissions, summaryName: Self.summaryName, summaryFirstRow: Self.headerRow + 1,
                                                      exported: exported, reviewFolder: reviewFolder).write(in: findings, with: &writer)
        let firstFileRow = try ReviewFilesSheet(submissions: submissions).write(in: files, with: &writer)
        // Each row links to its details: its findings, or (with none) where its files went.
        let details = zip(firstFindingRow, firstFileRow).map { finding, file in
            finding.map { (Self.findingsName, $0) } ?? (ReviewFilesSheet.name, file)
        }
        try writeSummary(in: summary, details: details, with: &writer)
        try writeOverview(in: overview, with: &writer)
        writer.activate(summary)
        try writer.setProperties(DocumentProperties(
            title: "ผลการตรวจแผนและรายงานผล ITA \(template.itaYear)", subject: "ITA \(template.planItem) / \(template.resultsItem)",
            author: nil, company: nil, keywords: "ITA, \(template.planItem), \(template.resultsItem)", comments: "ITA Toolkit", created: created))
        try writer.close()
    }

    /// `details[i]`: the sheet and row submission i's agency cell links to.
    func writeSummary(in sheet: SheetHandle, details: [(sheet: String, row: Int)], with writer: inout XLSXWriter) throws(SheetsError) {
        let headers = ReviewSummary.headers
        let widths: [Double] = [30, 11, 11, 11, 18, 18, 8, 8, 9, 8, 8, 8, 7, 11]
        let title = "ผลการตรวจแผนมาตรการ (\(template.planItem)) และรายงานผล (\(template.resultsItem)) ITA \(template.itaYear) — \(submissions.count) ชุด"
        try ReviewTable.begin(title: title, headers: headers, widths: widths, in: sheet, with: &writer)
        for (i, submission) in submissions.enumerated() {
            let r = Self.headerRow + 1 + i
            var values = ReviewSummary.row(submission)
            // File names only: the paths are in the files and findings sheets and the CSV.
            for c in [4, 5] { if case .string(let path)? = values[c] { values[c] = .string(ReviewSummary.fileName(path)) } }
            var lines = 1
            for (c, value) in values.enumerated() {
                let address = CellAddress(row: r, column: c + 1)
                if case .string(let text)? = value { lines = max(lines, ReviewTable.look.lineCount(text, units: widths[c])) }
                if c == 0, case .string(let agency)? = value {
                    try writer.writeInternalLink(text: agency, to: CellAddress(row: details[i].row, column: 1), onSheet: details[i].sheet,
                                                 at: address, in: sheet, style: ReviewTable.look.link)
                } else if c == headers.count - 1, let value {
                    try writer.write(value, at: address, in: sheet,
                                     style: ExportStyle.filled(ReviewTable.look.bodyCentered, Self.verdictFill[submission.verdict]))
                } else if let value {
                    let centred = ReviewSummary.countColumns.contains(c + 1) || c == 3
                    try writer.write(value, at: address, in: sheet, style: centred ? ReviewTable.look.number : ReviewTable.look.body)
                } else {
                    try writer.writeBlank(at: address, in: sheet, style: ReviewTable.look.body)
                }
            }
            try writer.setRowHeight(ReviewTable.look.rowHeight(lines: lines), row: r, in: sheet)
        }
        try ReviewTable.finish(lastRow: Self.headerRow + submissions.count, columns: headers.count, in: sheet, with: &writer)
    }

    /// Two small tables (verdicts, measure statuses) and a column chart of each.
    func writeOverview(in sheet: SheetHandle, with writer: inout XLSXWriter) throws(SheetsError) {
        let name = Self.overviewName
        try writer.setColumnWidth(24, columns: 1...1, in: sheet)
        try writer.setColumnWidth(12, columns: 2...2, in: sheet)
        var row = try ResultsWorkbook.writeTitleBlock(["ภาพรวมผลการตรวจ \(submissions.count) ชุดเอกสาร"], columns: 2, width: 36,
                                                      look: ReviewTable.look, in: sheet, with: &writer).row + 1
        var statusTotals = [Int](repeating: 0, count: ReviewSummary.statuses.count)
        for submission in submissions {
            let counts = submission.statusCounts
            for (i, status) in ReviewSummary.statuses.enumerated() { statusTotals[i] += counts[status] ?? 0 }
        }
        let verdicts = Verdict.allCases.reversed()
        let tables: [(header: String, rows: [(String, Int)], fill: UInt32, title: String)] = [
            ("ผลการตรวจ", verdicts.map { v in (v.label.th, submissions.filter { $0.verdict == v }.count) }, 0x4472C4, "จำนวนชุดเอกสารตามผลการตรวจ"),
            ("สถานะการดำเนินการ", zip(ReviewSummary.statuses, statusTotals).map { (ExportStyle.statusLabel($0), $1) }, 0x70AD47,
             "จำนวนมาตรการตามสถานะการดำเนินการ"),
        ]
        var ranges: [(CellRange, CellRange, UInt32, String, Int)] = []
        for table in tables {
            try writer.write(.string(table.header), at: CellAddress(row: row, column: 1), in: sheet, style: ReviewTable.look.header)
            try writer.write(.string("จำนวน"), at: CellAddress(row: row, column: 2), in: sheet, style: ReviewTable.look.header)
            try writer.setRowHeight(ReviewTable.look.rowHeight(lines: 1), row: row, in: sheet)
            let first = row + 1
            for (label, count) in table.rows {
                row += 1
                try writer.setRowHeight(ReviewTable.look.rowHeight(lines: 1), row: row, in: sheet)
                try writer.write(.string(label), at: CellAddress(row: row, column: 1), in: sheet, style: ReviewTable.look.body)
                try writer.write(.number(Double(count)), at: CellAddress(row: row, column: 2), in: sheet, style: ReviewTable.look.number)
            }
            ranges.append((CellRange(start: CellAddress(row: first, column: 1), end: CellAddress(row: row, column: 1)),
                           CellRange(start: CellAddress(row: first, column: 2), end: CellAddress(row: row, column: 2)),
                           table.fill, table.title, table.rows.map(\.1).max() ?? 0))
            row += 2
        }
        for (categories, values, fill, title, most) in ranges {
            var chart = ColumnChart(title: title, categories: .init(sheet: name, range: categories), values: .init(sheet: name, range: values))
            SummarySheet.style(&chart, max: most)
            chart.valueAxisTitle = "จำนวน"
            chart.fill = fill
            chart.widthPixels = 640
            chart.heightPixels = Self.chartRows * 20
            for r in row..<(row + Self.chartRows + 1) { try writer.setRowHeight(15, row: r, in: sheet) }
            try writer.addColumnChart(chart, at: CellAddress(row: row, column: 1), in: sheet)
            row += Self.chartRows + 2
        }
        var setup = ReviewTable.look.pageSetup(repeatRows: nil)
        setup.landscape = false
        try writer.setPageSetup(setup, in: sheet)
    }
}
