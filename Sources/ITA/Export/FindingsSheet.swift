import Sheets
import ThaiText

/// The findings sheet (ผลการตรวจ): one row per finding, filled in its severity's colour. The place
/// is a link to the exported cell the finding concerns when that cell is in this workbook, and
/// the source reference as plain text otherwise.
struct FindingsSheet {
    var workbook: ResultsWorkbook
    var map: ExportMap

    static let sheetName = "ผลการตรวจ"

    func write(with writer: inout XLSXWriter) throws(SheetsError) {
        let look = workbook.look
        let english = look.language == .en
        let sheet = try writer.addSheet(named: look.t(Self.sheetName, "Findings"))
        let severalFiles = workbook.inputs.count > 1
        var headers = [look.t("ระดับ", "Severity"), look.t("รหัส", "Code"), look.t("ตำแหน่ง", "Place"), look.t("ข้อความ", "Message"),
                       look.t("วิธีแก้", "How to fix")]
        // The place is shown whole (a short column as wide as its longest address).
        var bounds: [(min: Double, max: Double, long: Bool)] = [(5, 9, false), (9, 20, false), (8, 34, false), (12, 80, true), (10, 80, true)]
        if severalFiles {
            headers.append(look.t("ไฟล์", "File"))
            bounds.append((8, 24, false))
        }
        let t = workbook.text
        var rows: [(finding: Finding, input: Int, values: [String])] = []
        for (index, input) in workbook.inputs.enumerated() {
            let file = input.path.split(separator: "/").last.map(String.init) ?? input.path
            // A file of one sheet (a CSV, a text): the cell alone is its whole address.
            let oneSheet = input.document?.workbook.sheets.count == 1
            for finding in input.findings {
                var values = [english ? finding.severity.label.en : finding.severity.label.th, finding.code.rawValue,
                              finding.place.map { oneSheet && $0.page == nil ? $0.address.a1 : $0.text(english ? .en : .th) } ?? finding.sheet ?? "",
                              t(english ? finding.message.en : finding.message.th), t(english ? finding.fix.en : finding.fix.th)]
                if severalFiles { values.append(file) }
                rows.append((finding, index, values))
            }
        }
        let needs = headers.indices.map { c in
            var natural = look.unitsFor(headers[c], bold: true), amount = 0.0
            for row in rows.prefix(ResultsWorkbook.widthSample) {
                natural = max(natural, look.unitsFor(row.values[c]))
                amount += FontMetrics.points(row.values[c], size: look.fontSize)
            }
            // The place whole on one line (office programs do not wrap a link), as far as its bound allows.
            let least = c == 2 ? min(bounds[c].max, max(bounds[c].min, natural)) : bounds[c].min
            return ExportLook.ColumnNeed(min: least, max: bounds[c].max, natural: natural, long: bounds[c].long, amount: amount)
        }
        // Widths that make the rows shortest (the messages and fixes are most of the text).
        let measured = rows.prefix(ResultsWorkbook.widthSample).map { $0.values.map { TextLayout.Measured($0) } }
        let widths = look.widthCandidates(look.columnWidths(needs), needs: needs, rows: measured,
                                          header: headers.map { TextLayout.Measured($0, bold: true) }, wholeHeaders: headers)[0]

        let title = try ResultsWorkbook.writeTitleBlock([t(look.t("ผลการตรวจตามแบบของ ITA \(workbook.template.itaYear)",
                                                                   "Findings against the ITA \(workbook.template.itaYear) forms"))],
                                                        columns: headers.count, width: widths.reduce(0, +), look: look, in: sheet, with: &writer)
        let headerRow = title.row
        for (c, header) in headers.enumerated() {
            try writer.write(.string(header), at: CellAddress(row: headerRow, column: c + 1), in: sheet, style: look.header)
            try writer.setColumnWidth(widths[c], columns: (c + 1)...(c + 1), in: sheet)
        }
        let headerHeight = look.rowHeight(lines: zip(headers, widths).map { look.lineCount($0, units: $1, bold: true) }.max() ?? 1)
        try writer.setRowHeight(headerHeight, row: headerRow, in: sheet)
        if rows.isEmpty {
            let range = CellRange(start: CellAddress(row: headerRow + 1, column: 1), end: CellAddress(row: headerRow + 1, column: headers.count))
            try writer.merge(range, value: .string(look.t("ไม่พบปัญหา", "No problems found")), in: sheet, style: look.bodyCentered)
            try writer.setRowHeight(look.rowHeight(lines: 1), row: headerRow + 1, in: sheet)
        }
        let maxLines = look.maxLines(headerHeight: headerHeight)
        for (i, row) in rows.enumerated() {
            let r = headerRow + 1 + i
            let fill = ExportStyle.severityFill[row.finding.severity]
            let body = ExportStyle.filled(look.body, fill)
            for (c, value) in row.values.enumerated() {
                let address = CellAddress(row: r, column: c + 1)
                if c == 2, let target = map.target(for: row.finding, input: row.input) {
                    // The source place as the text; the link opens the exported cell.
                    let shown = value.isEmpty ? SourceRef.qualified(target.sheet, target.address.a1) : value
                    try writer.writeInternalLink(text: shown, to: target.address, onSheet: target.sheet, at: address, in: sheet,
                                                 style: ExportStyle.filled(look.link, fill))
                } else {
                    try writer.write(.string(value), at: address, in: sheet, style: c == 0 ? ExportStyle.filled(look.bodyCentered, fill) : body)
                }
            }
            let lines = zip(row.values, widths).map { look.lineCount($0, units: $1) }.max() ?? 1
            try writer.setRowHeight(look.rowHeight(lines: min(lines, maxLines)), row: r, in: sheet)
        }
        try writer.setPageSetup(look.pageSetup(repeatRows: headerRow...headerRow), in: sheet)
        writer.freezePanes(at: CellAddress(row: headerRow + 1, column: 1), in: sheet)
        if !rows.isEmpty {
            try writer.autofilter(CellRange(start: CellAddress(row: headerRow, column: 1),
                                            end: CellAddress(row: headerRow + rows.count, column: headers.count)), in: sheet)
        }
    }
}
