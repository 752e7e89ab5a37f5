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
        let sheet = try writer.addSheet(named: Self.sheetName)
        let severalFiles = workbook.inputs.count > 1
        var headers = ["ระดับ", "รหัส", "ตำแหน่ง", "ข้อความ", "วิธีแก้"]
        var bounds: [ExportStyle.WidthBounds] = [.init(min: 7, max: 8), .init(min: 11, max: 16), .init(min: 14, max: 24),
                                                 .init(min: 20, max: 36), .init(min: 16, max: 30)]
        if severalFiles {
            headers.append("ไฟล์")
            bounds.append(.init(min: 10, max: 18))
        }
        let t = workbook.text
        var rows: [(finding: Finding, input: Int, values: [String])] = []
        for (index, input) in workbook.inputs.enumerated() {
            let file = input.path.split(separator: "/").last.map(String.init) ?? input.path
            for finding in input.findings {
                var values = [finding.severity.label.th, finding.code.rawValue,
                              finding.place?.description ?? finding.sheet ?? "", t(finding.message.th), t(finding.fix.th)]
                if severalFiles { values.append(file) }
                rows.append((finding, index, values))
            }
        }
        var longest = headers.map(ExportStyle.longestLine)
        for row in rows { for (c, value) in row.values.enumerated() { longest[c] = max(longest[c], ExportStyle.longestLine(value)) } }
        let widths = ExportStyle.columnWidths(bounds, longest: longest)

        let headerRow = try ResultsWorkbook.writeTitleBlock([t("ผลการตรวจตามแบบของ ITA \(workbook.template.itaYear)")],
                                                            columns: headers.count, in: sheet, with: &writer) + 1
        for (c, header) in headers.enumerated() {
            try writer.write(.string(header), at: CellAddress(row: headerRow, column: c + 1), in: sheet, style: ExportStyle.header)
            try writer.setColumnWidth(widths[c], columns: (c + 1)...(c + 1), in: sheet)
        }
        try writer.setRowHeight(ExportStyle.rowHeight(lines: 1), row: headerRow, in: sheet)
        if rows.isEmpty {
            let range = CellRange(start: CellAddress(row: headerRow + 1, column: 1), end: CellAddress(row: headerRow + 1, column: headers.count))
            try writer.merge(range, value: .string("ไม่พบปัญหา"), in: sheet, style: ExportStyle.bodyCentered)
            try writer.setRowHeight(ExportStyle.rowHeight(lines: 1), row: headerRow + 1, in: sheet)
        }
        for (i, row) in rows.enumerated() {
            let r = headerRow + 1 + i
            let fill = ExportStyle.severityFill[row.finding.severity]
            let body = ExportStyle.filled(ExportStyle.body, fill)
            for (c, value) in row.values.enumerated() {
                let address = CellAddress(row: r, column: c + 1)
                if c == 2, let target = map.target(for: row.finding, input: row.input) {
                    // The source place as the text; the link opens the exported cell.
                    let shown = value.isEmpty ? SourceRef.qualified(target.sheet, target.address.a1) : value
                    try writer.writeInternalLink(text: shown, to: target.address, onSheet: target.sheet, at: address, in: sheet,
                                                 style: ExportStyle.filled(ExportStyle.link, fill))
                } else {
                    try writer.write(.string(value), at: address, in: sheet, style: c == 0 ? ExportStyle.filled(ExportStyle.bodyCentered, fill) : body)
                }
            }
            let lines = zip(row.values, widths).map { ExportStyle.lineCount($0, width: $1) }.max() ?? 1
            try writer.setRowHeight(ExportStyle.rowHeight(lines: lines), row: r, in: sheet)
        }
        try writer.setPageSetup(ExportStyle.pageSetup(repeatRows: headerRow...headerRow), in: sheet)
        writer.freezePanes(at: CellAddress(row: headerRow + 1, column: 1), in: sheet)
        if !rows.isEmpty {
            try writer.autofilter(CellRange(start: CellAddress(row: headerRow, column: 1),
                                            end: CellAddress(row: headerRow + rows.count, column: headers.count)), in: sheet)
        }
    }
}
