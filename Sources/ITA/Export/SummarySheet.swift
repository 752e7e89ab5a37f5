import Sheets
import ThaiText

/// The summary sheet (สรุป): an overview (measures planned and reported, by status; findings by
/// severity), the measures per responsible unit and status as counts in cells, and two column
/// charts drawn from those cells (per unit, per status) in TH SarabunPSK.
struct SummarySheet {
    var workbook: ResultsWorkbook

    static let sheetName = "สรุป"
    static let unknownUnit = "ไม่ระบุหน่วยงาน"
    static let unknownStatus = "ไม่ระบุสถานะ"

    /// Measures per unit and per status.
    struct Counts {
        struct Unit {
            var name: String
            var total = 0
            /// done, in progress, not started, unknown.
            var byStatus = [0, 0, 0, 0]
        }

        var planned = 0
        var reported = 0
        var byStatus = [0, 0, 0, 0]
        var units: [Unit] = []
        var hasResults: Bool { reported > 0 }
    }

    static func statusIndex(_ status: MeasureStatus?) -> Int {
        switch status {
        case .done: 0
        case .inProgress: 1
        case .notStarted, .notYetDue: 2
        case nil: 3
        }
    }

    /// Counts over every document: the results tables' measures when a document has results
    /// (a result without units takes those of its paired plan measure), else its plan's (when
    /// no document has results).
    static func counts(_ documents: [ITADocument]) -> Counts {
        var counts = Counts()
        var unitIndex: [String: Int] = [:]
        // A plan sent as a file of its own beside its results: its measures are those reported,
        // so units and statuses are counted from the results alone (each measure once).
        let anyResults = documents.contains { $0.tables.contains { $0.kind == .results } }
        for document in documents {
            let plans = document.tables.filter { $0.kind == .plan }
            let results = document.tables.filter { $0.kind == .results }
            counts.planned += plans.reduce(0) { $0 + $1.measures.count }
            counts.reported += results.reduce(0) { $0 + $1.measures.count }
            if anyResults, results.isEmpty { continue }
            // Plan units by result index, through the pairs (the first results and plan tables).
            var planUnits: [Int: [ResponsibleUnit]] = [:]
            if let plan = document.plan {
                for match in document.matches where plan.measures.indices.contains(match.plan) {
                    planUnits[match.result] = plan.measures[match.plan].responsible
                }
            }
            let counted: [(Measure, [ResponsibleUnit])]
            if results.isEmpty {
                counted = plans.flatMap(\.measures).map { ($0, $0.responsible) }
            } else {
                counted = results.enumerated().flatMap { t, table in
                    table.measures.enumerated().map { i, m in
                        (m, m.responsible.isEmpty && t == 0 ? planUnits[i] ?? [] : m.responsible)
                    }
                }
            }
            for (measure, units) in counted {
                let status = statusIndex(measure.status)
                if !results.isEmpty { counts.byStatus[status] += 1 }
                var names: [String] = []
                for unit in units {
                    let name = unit.canonical ?? unit.written.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !name.isEmpty, !names.contains(name) { names.append(name) }
                }
                if names.isEmpty { names = [unknownUnit] }
                for name in names {
                    let index = unitIndex[name] ?? {
                        counts.units.append(Counts.Unit(name: name))
                        unitIndex[name] = counts.units.count - 1
                        return counts.units.count - 1
                    }()
                    counts.units[index].total += 1
                    counts.units[index].byStatus[status] += 1
                }
            }
        }
        // Most measures first; the unknown unit last; ties in first-seen order.
        let order = Dictionary(uniqueKeysWithValues: counts.units.enumerated().map { ($1.name, $0) })
        counts.units.sort { a, b in
            if (a.name == unknownUnit) != (b.name == unknownUnit) { return b.name == unknownUnit }
            if a.total != b.total { return a.total > b.total }
            return order[a.name]! < order[b.name]!
        }
        return counts
    }

    /// One printed page: the title, the overview (measures planned and reported, findings by
    /// severity) in one row, the measures per unit and status below it, and beside both the
    /// two charts drawn from those cells, one above the other.
    func write(with writer: inout XLSXWriter) throws(SheetsError) {
        let documents = workbook.documents
        let counts = Self.counts(documents)
        let look = workbook.look
        let t = workbook.text
        let sheet = try writer.addSheet(named: look.t(Self.sheetName, "Summary"))
        let name = writer.name(of: sheet)
        let language = look.language
        // Headers broken where a Thai reader would, two lines at most in the narrow count columns.
        let statusHeaders = language == .en ? ["Done", "In progress", "Not started", "No status"]
            : ["ดำเนินการ\nแล้ว", "อยู่ระหว่าง\nดำเนินการ", "ยังไม่\nดำเนินการ", "ไม่ระบุ\nสถานะ"]
        // Table columns: the label, then five counts; a narrow gap; then the charts' column.
        // The tables two points smaller than the body, so that the charts beside them get room.
        let size = look.fontSize - 2
        func sized(_ style: CellStyle) -> CellStyle {
            var copy = style
            copy.fontSize = size
            return copy
        }
        let labelWidth = 13.0, countWidth = 7.0, gap = 0.5
        let tableColumns = 6
        let chartColumn = tableColumns + 2
        let chartWidth = max(8, look.pageUnits(columns: chartColumn) - labelWidth - 5 * countWidth - gap)
        try writer.setColumnWidth(labelWidth, columns: 1...1, in: sheet)
        try writer.setColumnWidth(countWidth, columns: 2...tableColumns, in: sheet)
        try writer.setColumnWidth(gap, columns: (tableColumns + 1)...(tableColumns + 1), in: sheet)
        try writer.setColumnWidth(chartWidth, columns: chartColumn...chartColumn, in: sheet)
        let widths = [labelWidth] + Array(repeating: countWidth, count: 5)

        let lines = workbook.titleLines(look.t("สรุปผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", "Summary of the measures"),
                                        document: documents.first)
        let title = try ResultsWorkbook.writeTitleBlock(lines, columns: chartColumn,
            width: widths.reduce(0, +) + gap + chartWidth, look: look, in: sheet, with: &writer)
        var row = title.row
        var used = title.height
        func count(_ n: Int, _ r: Int, _ c: Int, bold: Bool = false) throws(SheetsError) {
            var style = sized(workbook.numberStyle)
            style.bold = bold
            try writer.write(.number(Double(n)), at: CellAddress(row: r, column: c), in: sheet, style: style)
        }
        func label(_ s: String, _ r: Int, _ c: Int, style: CellStyle) throws(SheetsError) {
            try writer.write(.string(t(s)), at: CellAddress(row: r, column: c), in: sheet, style: style)
        }
        /// A header row: its height from the longest wrapped header.
        func headerRow(_ headers: [String]) throws(SheetsError) {
            for (c, header) in headers.enumerated() { try label(header, row, c + 1, style: sized(look.header)) }
            let lines = zip(headers, widths).map { look.lineCount($0, units: $1, bold: true, size: size) }.max() ?? 1
            try setHeight(look.rowHeight(lines: lines, size: size))
        }
        func setHeight(_ height: Double) throws(SheetsError) {
            try writer.setRowHeight(height, row: row, in: sheet)
            used += height
            row += 1
        }
        let firstTableRow = row

        // Overview in one row.
        let findings = workbook.findings
        var overview: [(String, Int)] = [(look.t("มาตรการ\nตามแผน", "Planned"), counts.planned)]
        if counts.hasResults { overview.append((look.t("รายงานผล", "Reported"), counts.reported)) }
        overview += [(look.t("ข้อผิดพลาด", "Errors"), findings.filter { $0.severity == .error }.count),
                     (look.t("คำเตือน", "Warnings"), findings.filter { $0.severity == .warning }.count),
                     (look.t("ข้อสังเกต", "Notes"), findings.filter { $0.severity == .info }.count)]
        try headerRow([look.t("ภาพรวม", "Overview")] + overview.map(\.0))
        try label(look.t("จำนวน", "Count"), row, 1, style: sized(look.body))
        for (i, item) in overview.enumerated() { try count(item.1, row, 2 + i) }
        try setHeight(look.rowHeight(lines: 1, size: size))

        // Per unit, per status; the last row counts each measure once.
        let unitHeaders = [look.t("หน่วยงานที่รับผิดชอบ", "Responsible unit"), look.t("จำนวน\nมาตรการ", "Measures")]
            + (counts.hasResults ? statusHeaders : [])
        try headerRow(unitHeaders)
        let statusHeaderRow = row - 1
        let firstUnitRow = row
        for unit in counts.units {
            let name = unit.name == Self.unknownUnit ? look.t(Self.unknownUnit, "No unit given") : unit.name
            try label(name, row, 1, style: sized(look.body))
            try count(unit.total, row, 2)
            if counts.hasResults { for (i, n) in unit.byStatus.enumerated() { try count(n, row, 3 + i) } }
            try setHeight(look.rowHeight(lines: look.lineCount(t(name), units: labelWidth, size: size), size: size))
        }
        let lastUnitRow = row - 1
        let totalLabel = look.t("ทุกมาตรการ", "All measures")
        try label(totalLabel, row, 1, style: sized(look.totalLabel))
        try count(counts.hasResults ? counts.reported : counts.planned, row, 2, bold: true)
        let totalRow = row
        if counts.hasResults { for (i, n) in counts.byStatus.enumerated() { try count(n, row, 3 + i, bold: true) } }
        try setHeight(look.rowHeight(lines: look.lineCount(t(totalLabel), units: labelWidth, bold: true, size: size), size: size))

        // The charts beside the tables, one above the other, within what is left of the page.
        // Both are bars across: a category's label (a unit's name, a status) on a line of its own
        // beside its bar, however many there are, where columns would leave each label a few
        // letters' width. Each spans the charts' column exactly (libxlsxwriter counts a column
        // unit 7 pixels, the office programs the body font's digit: only a chart ending on the
        // column's edge is as wide in both), and the rows it is given.
        // On the first page whatever the tables' length: a table of many units goes on to the next
        // page, a chart cut by a page break would not be read.
        let available = look.printableHeight - title.height - 8
        // Each chart with the lines of its labels (a unit's name on one line, a status on its header's).
        var charts: [(chart: ColumnChart, lines: Int)] = []
        // The summary's charts: bars across, their labels of 10 points.
        func styleForSummary(_ chart: inout ColumnChart, max: Int) {
            Self.style(&chart, max: max)
            chart.horizontal = true
            chart.fontSize = 10
        }
        if !counts.units.isEmpty {
            var chart = ColumnChart(
                title: t(look.t("มาตรการตามหน่วยงาน", "By unit")),
                categories: .init(sheet: name, range: CellRange(start: CellAddress(row: firstUnitRow, column: 1), end: CellAddress(row: lastUnitRow, column: 1))),
                values: .init(sheet: name, range: CellRange(start: CellAddress(row: firstUnitRow, column: 2), end: CellAddress(row: lastUnitRow, column: 2))))
            styleForSummary(&chart, max: counts.units.map(\.total).max() ?? 0)
            chart.categoryLabelsOnOneLine = true  // a unit's name whole beside its bar
            chart.fill = 0x4472C4
            charts.append((chart, counts.units.count))
        }
        if counts.reported > 0 {
            var chart = ColumnChart(
                title: t(look.t("มาตรการตามสถานะ", "By status")),
                categories: .init(sheet: name, range: CellRange(start: CellAddress(row: statusHeaderRow, column: 3), end: CellAddress(row: statusHeaderRow, column: 6))),
                values: .init(sheet: name, range: CellRange(start: CellAddress(row: totalRow, column: 3), end: CellAddress(row: totalRow, column: 6))))
            styleForSummary(&chart, max: counts.byStatus.max() ?? 0)
            chart.fill = 0x70AD47
            charts.append((chart, statusHeaders.map { $0.split(separator: "\n").count }.reduce(0, +)))
        }
        // Rows below the tables, when the charts need more height than the tables take.
        while used - title.height < available - 1 {
            try setHeight(min(look.lineHeight, available - (used - title.height)))
        }
        // The height shared by the labels' lines, each chart's title and axis counted as four.
        let gapPixels = 8
        let pixels = Int((available - 16) * 4 / 3) - gapPixels * (charts.count - 1)
        let shares = charts.map { Double($0.lines + 4) }
        var top = 0
        for (chart, share) in zip(charts.map(\.chart), shares) {
            var chart = chart
            chart.widthPixels = Self.libxlsxwriterPixels(chartWidth)
            chart.heightPixels = Int(Double(pixels) * share / shares.reduce(0, +))
            try writer.addColumnChart(chart, at: CellAddress(row: firstTableRow, column: chartColumn), offsetY: top, in: sheet)
            top += chart.heightPixels + gapPixels
        }
        try writer.setPageSetup(look.pageSetup(repeatRows: nil), in: sheet)
    }

    /// The pixels libxlsxwriter 1.1.4 counts for a column `width` units wide (its Calibri 11 rule).
    static func libxlsxwriterPixels(_ width: Double) -> Int { width < 1 ? Int(width * 12 + 0.5) : Int(width * 7 + 0.5) + 5 }

    static func style(_ chart: inout ColumnChart, max: Int) {
        chart.fontName = ExportStyle.fontName
        chart.fontSize = 9
        chart.dataLabels = true
        chart.wholeNumbers = true
        chart.majorUnit = Double(Swift.max(1, Int((Double(max) / 6).rounded(.up))))
    }
}
