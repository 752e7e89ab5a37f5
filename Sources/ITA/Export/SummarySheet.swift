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
    /// (a result without units takes those of its paired plan measure), else its plan's.
    static func counts(_ documents: [ITADocument]) -> Counts {
        var counts = Counts()
        var unitIndex: [String: Int] = [:]
        for document in documents {
            let plans = document.tables.filter { $0.kind == .plan }
            let results = document.tables.filter { $0.kind == .results }
            counts.planned += plans.reduce(0) { $0 + $1.measures.count }
            counts.reported += results.reduce(0) { $0 + $1.measures.count }
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

    func write(with writer: inout XLSXWriter) throws(SheetsError) {
        let documents = workbook.documents
        let counts = Self.counts(documents)
        let sheet = try writer.addSheet(named: Self.sheetName)
        let name = writer.name(of: sheet)
        let statusHeaders = ExportStyle.statusLabels + [Self.unknownStatus]
        let columns = counts.hasResults ? 2 + statusHeaders.count : 2
        let t = workbook.text
        var row = try ResultsWorkbook.writeTitleBlock(
            workbook.titleLines("สรุป" + workbook.template.resultsTitle, document: documents.first), columns: columns, in: sheet, with: &writer) + 1

        let labelWidth = 24.0, countWidth = 9.0
        try writer.setColumnWidth(labelWidth, columns: 1...1, in: sheet)
        try writer.setColumnWidth(countWidth, columns: 2...max(2, columns), in: sheet)
        let height = ExportStyle.rowHeight(lines: 1)
        func count(_ n: Int, _ r: Int, _ c: Int, bold: Bool = false) throws(SheetsError) {
            var style = workbook.numberStyle
            style.bold = bold
            try writer.write(.number(Double(n)), at: CellAddress(row: r, column: c), in: sheet, style: style)
        }
        func label(_ s: String, _ r: Int, _ c: Int, style: CellStyle = ExportStyle.body) throws(SheetsError) {
            try writer.write(.string(t(s)), at: CellAddress(row: r, column: c), in: sheet, style: style)
        }

        // Overview.
        let findings = workbook.findings
        var overview: [(String, Int)] = [("มาตรการตามแผน", counts.planned)]
        if counts.hasResults {
            overview.append(("มาตรการที่รายงานผล", counts.reported))
            overview += zip(statusHeaders, counts.byStatus).map { ("– " + $0, $1) }
        }
        overview += [("ข้อผิดพลาดที่พบ", findings.filter { $0.severity == .error }.count),
                     ("คำเตือน", findings.filter { $0.severity == .warning }.count),
                     ("ข้อสังเกต", findings.filter { $0.severity == .info }.count)]
        try label("ภาพรวม", row, 1, style: ExportStyle.header)
        try label("จำนวน", row, 2, style: ExportStyle.header)
        try writer.setRowHeight(height, row: row, in: sheet)
        row += 1
        let statusRows = counts.hasResults ? (row + 2)...(row + 1 + statusHeaders.count) : nil
        for (text, n) in overview {
            try label(text, row, 1)
            try count(n, row, 2)
            try writer.setRowHeight(height, row: row, in: sheet)
            row += 1
        }
        row += 1

        // Per unit, per status.
        let unitHeaders = ["หน่วยงานที่รับผิดชอบ", "จำนวนมาตรการ"] + (counts.hasResults ? statusHeaders : [])
        for (c, header) in unitHeaders.enumerated() { try label(header, row, c + 1, style: ExportStyle.header) }
        let headerLines = unitHeaders.enumerated().map { c, h in ExportStyle.lineCount(h, width: c == 0 ? labelWidth : countWidth) }.max() ?? 1
        try writer.setRowHeight(ExportStyle.rowHeight(lines: headerLines), row: row, in: sheet)
        row += 1
        let firstUnitRow = row
        for unit in counts.units {
            try label(unit.name, row, 1)
            try count(unit.total, row, 2)
            if counts.hasResults { for (i, n) in unit.byStatus.enumerated() { try count(n, row, 3 + i) } }
            try writer.setRowHeight(ExportStyle.rowHeight(lines: ExportStyle.lineCount(unit.name, width: labelWidth)), row: row, in: sheet)
            row += 1
        }
        let lastUnitRow = row - 1
        let totalLabel = "รวม (มาตรการหนึ่งอาจมีหลายหน่วยงาน)"
        try label(totalLabel, row, 1, style: ExportStyle.totalLabel)
        try count(counts.units.reduce(0) { $0 + $1.total }, row, 2, bold: true)
        if counts.hasResults {
            for i in 0..<statusHeaders.count { try count(counts.units.reduce(0) { $0 + $1.byStatus[i] }, row, 3 + i, bold: true) }
        }
        try writer.setRowHeight(ExportStyle.rowHeight(lines: ExportStyle.lineCount(totalLabel, width: labelWidth)), row: row, in: sheet)
        row += 2

        // libxlsxwriter places a chart by pixels, counting a column unit as 7 pixels (Calibri 11)
        // and a row as 20; with TH SarabunPSK as the default font a unit is wider in every office
        // program. So the chart is sized in libxlsxwriter's pixels to span exactly the table's
        // columns, and its rows get an explicit height so that they are 20 pixels everywhere.
        let chartWidth = Self.libxlsxwriterPixels(labelWidth) + (columns - 1) * Self.libxlsxwriterPixels(countWidth)
        func placeChart(_ chart: inout ColumnChart) throws(SheetsError) {
            row += 1  // a blank row at the top of the chart's page
            chart.widthPixels = chartWidth
            chart.heightPixels = Self.chartRows * 20
            for r in row..<(row + Self.chartRows + 1) { try writer.setRowHeight(15, row: r, in: sheet) }
            try writer.addColumnChart(chart, at: CellAddress(row: row, column: 1), in: sheet)
            row += Self.chartRows + 2
        }

        // Charts from the cells above, each on its own printed page.
        var breaks: [Int] = []
        if !counts.units.isEmpty {
            breaks.append(row)
            var chart = ColumnChart(
                title: t("จำนวนมาตรการตามหน่วยงานที่รับผิดชอบ"),
                categories: .init(sheet: name, range: CellRange(start: CellAddress(row: firstUnitRow, column: 1), end: CellAddress(row: lastUnitRow, column: 1))),
                values: .init(sheet: name, range: CellRange(start: CellAddress(row: firstUnitRow, column: 2), end: CellAddress(row: lastUnitRow, column: 2))))
            Self.style(&chart, max: counts.units.map(\.total).max() ?? 0)
            chart.valueAxisTitle = t("จำนวนมาตรการ")
            chart.fill = 0x4472C4
            try placeChart(&chart)
        }
        if let statusRows, counts.reported > 0 {
            breaks.append(row)
            var chart = ColumnChart(
                title: t("จำนวนมาตรการตามสถานะการดำเนินการ"),
                categories: .init(sheet: name, range: CellRange(start: CellAddress(row: statusRows.lowerBound, column: 1), end: CellAddress(row: statusRows.upperBound, column: 1))),
                values: .init(sheet: name, range: CellRange(start: CellAddress(row: statusRows.lowerBound, column: 2), end: CellAddress(row: statusRows.upperBound, column: 2))))
            Self.style(&chart, max: counts.byStatus.max() ?? 0)
            chart.valueAxisTitle = t("จำนวนมาตรการ")
            chart.fill = 0x70AD47
            try placeChart(&chart)
        }
        try writer.setPageSetup(ExportStyle.pageSetup(repeatRows: nil), in: sheet)
        try writer.setPageBreaks(beforeRows: breaks, in: sheet)
    }

    /// Rows of 15 points (20 pixels) a chart covers.
    static let chartRows = 22

    /// The pixels libxlsxwriter 1.1.4 counts for a column `width` units wide (its Calibri 11 rule).
    static func libxlsxwriterPixels(_ width: Double) -> Int { width < 1 ? Int(width * 12 + 0.5) : Int(width * 7 + 0.5) + 5 }

    static func style(_ chart: inout ColumnChart, max: Int) {
        chart.fontName = ExportStyle.fontName
        chart.fontSize = 14
        chart.dataLabels = true
        chart.wholeNumbers = true
        chart.majorUnit = Double(Swift.max(1, Int((Double(max) / 8).rounded(.up))))
    }
}
