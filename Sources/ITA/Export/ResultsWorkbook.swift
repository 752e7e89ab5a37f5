import Sheets
import ThaiText

/// The formatted results workbook: one sheet per table (plan, results) laid out as an official
/// Thai document — title block, TH SarabunPSK 16, header repeated on every printed page, A4
/// landscape one page wide — then a summary sheet (counts per unit and status, with charts) and
/// a findings sheet whose places link to the exported cells.
public struct ResultsWorkbook: Sendable {
    /// One input file: its document (nil when it could not be read) and its findings.
    public struct Input: Sendable {
        /// The file, as given (a ZIP member as `archive.zip/inner/name`).
        public var path: String
        /// What was read from it.
        public var document: ITADocument?
        /// Its findings, cross-file ones included.
        public var findings: [Finding]

        /// The file at `path` with its document and findings.
        public init(path: String, document: ITADocument?, findings: [Finding]) {
            self.path = path
            self.document = document
            self.findings = findings
        }
    }

    /// The files exported, in order: each document's tables become sheets.
    public var inputs: [Input]
    /// The template whose titles and item codes head the sheets.
    public var template: Template
    /// Digits inside text written as Thai digits (numbers stay numbers, shown with Thai digits).
    public var thaiDigits: Bool
    /// A fixed creation time gives byte-stable output (tests); nil means now.
    public var created: SpreadsheetDate?
    /// The type size and the language of the headings.
    public var look: ExportLook
    /// The agency named in the title where a document does not name its own.
    public var agency: String?

    /// A workbook of `inputs` titled by `template`; the other choices have the defaults of `ita export`.
    public init(inputs: [Input], template: Template, thaiDigits: Bool = false, created: SpreadsheetDate? = nil,
                look: ExportLook = .standard, agency: String? = nil) {
        self.inputs = inputs
        self.template = template
        self.thaiDigits = thaiDigits
        self.created = created
        self.look = look
        self.agency = agency
    }

    /// The outcomes of `Pipeline.run`, one input each.
    public init(outcomes: [Pipeline.Outcome], template: Template, thaiDigits: Bool = false, created: SpreadsheetDate? = nil,
                look: ExportLook = .standard, agency: String? = nil) {
        self.init(inputs: outcomes.map { Input(path: $0.path, document: $0.document, findings: $0.findings) },
                  template: template, thaiDigits: thaiDigits, created: created, look: look, agency: agency)
    }

    /// Every finding of every input, in order.
    public var findings: [Finding] { inputs.flatMap(\.findings) }
    var documents: [ITADocument] { inputs.compactMap(\.document) }

    /// A column of an exported table: its header, how a measure fills it, its bounds in column
    /// units, and whether it holds long text (it then shares the page's width by its text).
    struct Column {
        var header: String
        var field: Field?
        var min: Double
        var max: Double
        var long: Bool
        var value: (Measure) -> String
    }

    /// Writes the workbook to `path` (a temporary file renamed into place, so a failure leaves no half file).
    public func write(to path: String) throws(SheetsError) {
        _ = try writeMapped(to: path)
    }

    /// Writes the workbook; returns where each finding went in it (for the review workbook's links).
    func writeMapped(to path: String) throws(SheetsError) -> ExportMap {
        var writer = try XLSXWriter(path: path)
        try writer.setDefaultFont(name: ExportStyle.fontName, size: look.fontSize)
        var map = ExportMap()
        for (index, input) in inputs.enumerated() {
            guard let document = input.document else { continue }
            for table in document.tables {
                try writeTable(table, of: document, input: index, with: &writer, map: &map)
            }
        }
        try SummarySheet(workbook: self).write(with: &writer)
        try FindingsSheet(workbook: self, map: map).write(with: &writer)
        let agency = documents.compactMap(\.agency).first ?? agency
        try writer.setProperties(DocumentProperties(
            title: resultsTitle, subject: "ITA \(template.planItem) / \(template.resultsItem)", author: agency, company: agency,
            keywords: "ITA, \(template.planItem), \(template.resultsItem)", comments: "ITA Toolkit", created: created))
        try writer.close()
        return map
    }

    // MARK: - Tables

    /// Rows the column-width search measures.
    static let widthSample = 200
    /// Tables of at most this many measures get their widths tried against the pages themselves.
    static let pageSearchLimit = 40

    var planTitle: String { look.t(template.planTitle, "Plan of measures to promote integrity and transparency within the agency") }
    var resultsTitle: String {
        look.t(template.resultsTitle, "Report on the measures to promote integrity and transparency within the agency")
    }

    var numberColumn: Column { Column(header: look.t("ลำดับ", "No."), field: .number, min: 3, max: 5, long: false) { $0.number.map(String.init) ?? "" } }

    /// The columns of an exported table, in the order of the official forms. Results get a
    /// status column when the status of any measure is known, and a problems column (ปัญหา/อุปสรรค)
    /// beside the recommendations when any measure has problems. Results leave out the steps: the
    /// plan sheet before them carries each measure's steps, and the width goes to what was done.
    /// A column the document leaves empty in every measure is left out (its width goes to the
    /// text), except the number, the measure and the result: the form's own.
    func columns(for table: MeasureTable) -> [Column] {
        formColumns(for: table).filter { column in
            [.number, .measure, .result].contains(column.field) || table.measures.contains { !column.value($0).isEmpty }
        }
    }

    /// Every column of the official form for `table`, in its order.
    private func formColumns(for table: MeasureTable) -> [Column] {
        let measure = Column(header: look.t("มาตรการ/แนวทาง", "Measure"), field: .measure, min: 10, max: 60, long: true) { $0.title }
        let steps = Column(header: look.t("ขั้นตอนและ\nวิธีการ", "Steps"), field: .steps, min: 10, max: 60, long: true) { $0.cells[.steps]?.text ?? "" }
        let responsible = Column(header: look.t("ผู้รับผิดชอบ", "Responsible"), field: .responsible, min: 6, max: 12, long: false) {
            $0.responsible.isEmpty ? ($0.cells[.responsible]?.text ?? "") : $0.responsible.map(\.written).joined(separator: "\n")
        }
        // The header broken where a Thai reader would: a word-wrapping program cannot find Thai word ends.
        let period = Column(header: look.t("ระยะเวลา\nดำเนินการ", "Period"), field: .period, min: 5, max: 11, long: false) {
            $0.period?.text ?? $0.cells[.period]?.text ?? ""
        }
        switch table.kind {
        case .plan:
            let monitoring = Column(header: look.t("การกำกับติดตาม", "Monitoring"), field: .monitoring, min: 9, max: 40, long: true) { $0.monitoring ?? "" }
            return [numberColumn, measure, steps, responsible, period, monitoring]
        case .results:
            let outcome = Column(header: look.t("ผลการดำเนินการ", "Result"), field: .result, min: 12, max: 80, long: true) { $0.outcome ?? "" }
            var columns = [numberColumn, measure, responsible, period, outcome]
            if table.measures.contains(where: { $0.status != nil }) {
                let language = look.language
                columns.append(Column(header: look.t("สถานะ", "Status"), field: .status, min: 5, max: 10, long: false) {
                    $0.status.map { ExportStyle.statusLabel($0, language: language) } ?? ""
                })
            }
            if table.measures.contains(where: { !($0.problems ?? "").isEmpty }) {
                columns.append(Column(header: look.t("ปัญหา/อุปสรรค", "Problems"), field: .problems, min: 8, max: 40, long: true) { $0.problems ?? "" })
            }
            columns.append(Column(header: look.t("ข้อเสนอแนะ", "Recommendations"), field: .recommendation, min: 8, max: 40, long: true) {
                $0.recommendation ?? ""
            })
            return columns
        }
    }

    func text(_ s: String) -> String { thaiDigits ? ThaiDigits.toThai(s) : s }

    /// Numbers shown with Thai digits (Excel's `D07` native-digit prefix, Thai locale) when asked.
    var numberStyle: CellStyle {
        var style = look.number
        if thaiDigits { style.numberFormat = "[$-D07041E]0" }
        return style
    }

    /// The title block: the document, then the agency, its place and the fiscal year on one line
    /// (a line of the first page saved for the table; it wraps when it is longer than the page).
    func titleLines(_ title: String, document: ITADocument?) -> [String] {
        let place = [document?.agency ?? agency, document?.district.map { look.t("อำเภอ", "District ") + $0 },
                     document?.province.map { look.t("จังหวัด", "Province ") + $0 },
                     document?.fiscalYear.map { look.t("ประจำปีงบประมาณ พ.ศ. \($0)", "Fiscal year B.E. \($0)") }]
            .compactMap { $0 }.joined(separator: " ")
        return (place.isEmpty ? [title] : [title, place]).map(text)
    }

    /// Writes `lines` merged across `columns` columns (`width` units together) from row 1, each
    /// row as tall as its wrapped lines; returns the next free row and the height used.
    static func writeTitleBlock(_ lines: [String], columns: Int, width: Double, look: ExportLook, in sheet: SheetHandle,
                                with writer: inout XLSXWriter) throws(SheetsError) -> (row: Int, height: Double) {
        // The merged cell is as wide as its columns with the padding between them.
        let width = width + Double(max(0, columns - 1)) * 5 / 7
        var height = 0.0
        for (i, line) in lines.enumerated() {
            let range = CellRange(start: CellAddress(row: i + 1, column: 1), end: CellAddress(row: i + 1, column: max(1, columns)))
            try writer.merge(range, value: .string(line), in: sheet, style: i == 0 ? look.title : look.subtitle)
            let size = i == 0 ? look.titleSize : look.fontSize
            let rowHeight = look.rowHeight(lines: look.lineCount(line, units: width, bold: i == 0, size: size), size: size)
            try writer.setRowHeight(rowHeight, row: i + 1, in: sheet)
            height += rowHeight
        }
        return (lines.count + 1, height)
    }

    func writeTable(_ table: MeasureTable, of document: ITADocument, input: Int, with writer: inout XLSXWriter, map: inout ExportMap) throws(SheetsError) {
        let sheet = try writer.addSheet(named: table.kind == .plan ? look.t("แผนมาตรการ", "Plan") : look.t("ผลการดำเนินการ", "Results"))
        let sheetName = writer.name(of: sheet)
        let columns = columns(for: table)
        let measures = table.measures
        let values = measures.map { measure in columns.map { text($0.value(measure)) } }
        // A value carried down from the measure above prints once (merged, or again only at a
        // page's top): the widths are chosen for the text as printed.
        let printed = zip(measures, values).map { measure, row in
            zip(columns, row).map { column, value in column.field.flatMap { measure.cells[$0]?.carriedFrom } == nil ? value : "" }
        }

        // Widths: short columns as their longest line wants, long ones sharing the rest by their text.
        let needs = columns.enumerated().map { c, column in
            var natural = look.compactUnits(column.header, bold: true)
            var amount = 0.0
            for row in printed.prefix(Self.widthSample) where !row[c].isEmpty {
                natural = max(natural, column.long ? look.unitsFor(row[c]) : look.compactUnits(row[c]))
                if column.long { amount += FontMetrics.points(row[c], size: look.fontSize) }
            }
            // No column narrower than its header's longest word.
            let least = max(column.min, look.wordUnits(column.header, bold: true))
            return ExportLook.ColumnNeed(min: least, max: max(least, column.max), natural: natural, long: column.long, amount: amount)
        }
        // The search measures a sample of the rows: enough to find the widths, bounded for long tables.
        // A header is measured whole: on one line where its column is wide enough, broken where a
        // Thai reader would otherwise.
        let measured = printed.prefix(Self.widthSample).map { row in row.map { TextLayout.Measured($0) } }
        let wholeHeaders = columns.map { $0.header.replacingOccurrences(of: "\n", with: "") }
        let candidates = look.widthCandidates(look.columnWidths(needs), needs: needs, rows: measured,
                                              header: wholeHeaders.map { TextLayout.Measured($0, bold: true) }, wholeHeaders: wholeHeaders)
        let title = try Self.writeTitleBlock(titleLines(table.kind == .plan ? planTitle : resultsTitle, document: document),
                                             columns: columns.count, width: candidates[0].reduce(0, +), look: look, in: sheet, with: &writer)
        // Of the widths found, those that print the fewest pages (then the shortest table),
        // judged on the rows the search measured.
        let sample = min(values.count, Self.widthSample)
        let cells = values.prefix(sample).map { row in row.map { TextLayout.Measured($0) } }
        func laid(_ widths: [Double], rows: Int) -> (widths: [Double], headers: [String], layout: TableLayout) {
            let headers = zip(columns, wholeHeaders).enumerated().map { c, pair in
                look.lineCount(pair.1, units: widths[c], bold: true) == 1 ? pair.1 : pair.0.header
            }
            return (widths, headers, TableLayout(values: Array(values.prefix(rows)), fields: columns.map(\.field), measures: Array(measures.prefix(rows)),
                                                 widths: widths, headers: headers, look: look, firstPage: look.printableHeight - title.height,
                                                 measured: rows <= sample ? cells : nil))
        }
        // Fewer pages, then less paper printed: the rows and the header on every page.
        func shorter(_ a: TableLayout, than b: TableLayout) -> Bool {
            func printed(_ l: TableLayout) -> Double { l.totalHeight + l.headerHeight * Double(l.pageBreaks.count + 1) }
            return (a.pageBreaks.count, printed(a)) < (b.pageBreaks.count, printed(b))
        }
        var best = candidates.map { laid($0, rows: sample) }.min { shorter($0.layout, than: $1.layout) }!
        // Then, for a table of a few pages, width moved a step at a time while the pages laid out
        // get fewer or the table shorter: a row cut over a page break, or a last page holding a
        // line or two, is what the search by height alone does not see.
        if values.count <= Self.pageSearchLimit {
            var rounds = 0, moved = true
            while moved, rounds < 6 {
                moved = false
                rounds += 1
                for from in best.widths.indices {
                    for to in best.widths.indices where to != from {
                        let most = needs[to].long ? needs[to].max * 4 : needs[to].max
                        for step in [0.5, 1, 2, 3] where best.widths[from] - step >= max(needs[from].min, 1) && best.widths[to] + step <= most {
                            var trial = best.widths
                            trial[from] -= step
                            trial[to] += step
                            let next = laid(trial, rows: sample)
                            if shorter(next.layout, than: best.layout) { best = next; moved = true }
                        }
                    }
                }
            }
        }
        let (widths, headers, layout) = sample == values.count ? best : laid(best.widths, rows: values.count)
        // The header right below the title block: a spacer row would cost the first page a line.
        let headerRow = title.row
        let firstBodyRow = headerRow + 1

        for (c, width) in widths.enumerated() {
            try writer.setColumnWidth(width, columns: (c + 1)...(c + 1), in: sheet)
            try writer.write(.string(headers[c]), at: CellAddress(row: headerRow, column: c + 1), in: sheet, style: look.header)
        }
        try writer.setRowHeight(layout.headerHeight, row: headerRow, in: sheet)
        try layout.setRowHeightsAndBreaks(firstBodyRow: firstBodyRow, in: sheet, with: &writer)
        for cell in layout.cells {
            let top = CellAddress(row: firstBodyRow + cell.row, column: cell.column + 1)
            let field = columns[cell.column].field
            if cell.rows > 1 {
                let range = CellRange(start: top, end: CellAddress(row: firstBodyRow + cell.row + cell.rows - 1, column: cell.column + 1))
                try writer.merge(range, value: .string(cell.text), in: sheet, style: look.body)
            } else if cell.text.isEmpty {
                try writer.writeBlank(at: top, in: sheet, style: look.body)
            } else if field == .number, cell.first, let number = measures[cell.measure].number {
                try writer.write(.number(Double(number)), at: top, in: sheet, style: numberStyle)
            } else {
                try writer.write(.string(cell.text), at: top, in: sheet, style: field == .status ? look.bodyCentered : look.body)
            }
        }

        // Where each source cell went, for the findings sheet's links.
        map.addTable(table, input: input, sheet: sheetName, headerRow: headerRow, bodyRows: layout.measureRows.map { firstBodyRow + $0 },
                     columns: columns.map(\.field))

        try writer.setPageSetup(look.pageSetup(repeatRows: headerRow...headerRow), in: sheet)
        writer.freezePanes(at: CellAddress(row: firstBodyRow, column: 1), in: sheet)
        if !measures.isEmpty {
            try writer.autofilter(CellRange(start: CellAddress(row: headerRow, column: 1),
                                            end: CellAddress(row: headerRow + layout.heights.count, column: columns.count)), in: sheet)
        }
    }
}

/// Where the cells of the submitted files went in the exported workbook: source cell → exported
/// cell, source row → exported row, table sheet → exported header. Dictionaries, so mapping every
/// finding costs O(findings).
struct ExportMap {
    struct Target: Hashable {
        var sheet: String
        var address: CellAddress
    }

    private struct CellKey: Hashable {
        var input: Int
        var ref: SourceRef
    }

    private struct RowKey: Hashable {
        var input: Int
        var sheet: String
        var row: Int
    }

    private struct SheetKey: Hashable {
        var input: Int
        var sheet: String
    }

    private var cells: [CellKey: Target] = [:]
    /// Source row → exported row (column 1) and the table it belongs to.
    private var rows: [RowKey: (target: Target, table: Int)] = [:]
    private var tables: [SheetKey: Target] = [:]
    /// Per exported table: source column → exported column.
    private var tableColumns: [[Int: Int]] = []

    /// `bodyRows`: the exported row of each measure (its first, when it continues on more).
    mutating func addTable(_ table: MeasureTable, input: Int, sheet: String, headerRow: Int, bodyRows: [Int], columns: [Field?]) {
        let located = table.located
        let id = tableColumns.count
        var columnMap: [Int: Int] = [:]
        for (c, field) in columns.enumerated() {
            if let field, let source = located.columns[field] { columnMap[source] = c + 1 }
        }
        tableColumns.append(columnMap)
        let header = Target(sheet: sheet, address: CellAddress(row: headerRow, column: 1))
        if tables[SheetKey(input: input, sheet: located.sheet)] == nil { tables[SheetKey(input: input, sheet: located.sheet)] = header }
        for row in located.headerRows { Self.set(&rows, RowKey(input: input, sheet: located.sheet, row: row), (header, id)) }
        for (c, field) in columns.enumerated() {
            guard let field, let source = located.headerText[field]?.source else { continue }
            Self.set(&cells, CellKey(input: input, ref: source), Target(sheet: sheet, address: CellAddress(row: headerRow, column: c + 1)))
        }
        for (i, measure) in table.measures.enumerated() {
            let row = bodyRows[i]
            let start = Target(sheet: sheet, address: CellAddress(row: row, column: 1))
            Self.set(&rows, RowKey(input: input, sheet: located.sheet, row: measure.row), (start, id))
            for (c, field) in columns.enumerated() {
                guard let field, let cell = measure.cells[field] else { continue }
                let target = Target(sheet: sheet, address: CellAddress(row: row, column: c + 1))
                Self.set(&cells, CellKey(input: input, ref: cell.source), target)
                // The cell a carried value was written in: the top of the exported merge.
                if let origin = cell.carriedFrom { Self.set(&cells, CellKey(input: input, ref: origin), target) }
                Self.set(&rows, RowKey(input: input, sheet: cell.source.sheet, row: cell.source.address.row), (start, id))
            }
        }
    }

    /// The first mapping wins: a continuation row or a carried value keeps its first (top) place.
    private static func set<K, V>(_ dictionary: inout [K: V], _ key: K, _ target: V) {
        if dictionary[key] == nil { dictionary[key] = target }
    }

    /// The exported cell a finding concerns: its cell, else its row, else its table's header.
    func target(for finding: Finding, input: Int) -> Target? {
        if let place = finding.place {
            if let exact = cells[CellKey(input: input, ref: place)] { return exact }
            // A cell the measure does not hold (a blank required cell): its row, in its column's place.
            if let (row, table) = rows[RowKey(input: input, sheet: place.sheet, row: place.address.row)] {
                guard let column = tableColumns[table][place.address.column] else { return row }
                return Target(sheet: row.sheet, address: CellAddress(row: row.address.row, column: column))
            }
            return nil
        }
        if let sheet = finding.sheet { return tables[SheetKey(input: input, sheet: sheet)] }
        return nil
    }
}
