import Sheets
import ThaiText

/// The findings sheet (ผลการตรวจ): one row per finding (continued on rows of its own when it is
/// longer than a page holds), filled in its severity's colour. The place is a link to the
/// exported cell the finding concerns when that cell is in this workbook, and the source
/// reference as plain text otherwise.
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
        // The severity and the place are shown whole (short columns as wide as their longest value).
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
            // The severity word and the place whole on one line (a Thai word split over two lines
            // reads as two; office programs do not wrap a link), as far as their bounds allow.
            let least = c == 0 || c == 2 ? min(bounds[c].max, max(bounds[c].min, natural)) : bounds[c].min
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
        let firstBodyRow = headerRow + 1
        // Rows laid out as the tables' measures are, but a finding is read at once: one that fits
        // a page goes whole to the next, and only one longer than a page continues on rows of
        // its own, so that nothing is cut off in print.
        let layout = TableLayout(values: rows.map(\.values), widths: widths, headers: headers, look: look,
                                 firstPage: look.printableHeight - title.height, keepsRowsWhole: true,
                                 measured: rows.count <= ResultsWorkbook.widthSample ? measured : nil)
        for (c, header) in headers.enumerated() {
            try writer.write(.string(header), at: CellAddress(row: headerRow, column: c + 1), in: sheet, style: look.header)
            try writer.setColumnWidth(widths[c], columns: (c + 1)...(c + 1), in: sheet)
        }
        try writer.setRowHeight(layout.headerHeight, row: headerRow, in: sheet)
        if rows.isEmpty {
            let range = CellRange(start: CellAddress(row: firstBodyRow, column: 1), end: CellAddress(row: firstBodyRow, column: headers.count))
            try writer.merge(range, value: .string(look.t("ไม่พบปัญหา", "No problems found")), in: sheet, style: look.bodyCentered)
            try writer.setRowHeight(look.rowHeight(lines: 1), row: firstBodyRow, in: sheet)
        }
        try layout.setRowHeightsAndBreaks(firstBodyRow: firstBodyRow, in: sheet, with: &writer)
        // Every row of a finding in its severity's colour; its place a link on its first row.
        for cell in layout.cells {
            let row = rows[cell.measure]
            let fill = ExportStyle.severityFill[row.finding.severity]
            let address = CellAddress(row: firstBodyRow + cell.row, column: cell.column + 1)
            if cell.column == 2, cell.first, let target = map.target(for: row.finding, input: row.input) {
                // The source place as the text; the link opens the exported cell.
                let shown = cell.text.isEmpty ? SourceRef.qualified(target.sheet, target.address.a1) : cell.text
                try writer.writeInternalLink(text: shown, to: target.address, onSheet: target.sheet, at: address, in: sheet,
                                             style: ExportStyle.filled(look.link, fill))
                continue
            }
            let style = ExportStyle.filled(cell.column == 0 ? look.bodyCentered : look.body, fill)
            if cell.text.isEmpty {
                try writer.writeBlank(at: address, in: sheet, style: style)
            } else {
                try writer.write(.string(cell.text), at: address, in: sheet, style: style)
            }
        }
        try writer.setPageSetup(look.pageSetup(repeatRows: headerRow...headerRow), in: sheet)
        writer.freezePanes(at: CellAddress(row: headerRow + 1, column: 1), in: sheet)
        if !rows.isEmpty {
            try writer.autofilter(CellRange(start: CellAddress(row: headerRow, column: 1),
                                            end: CellAddress(row: headerRow + layout.heights.count, column: headers.count)), in: sheet)
        }
    }
}
