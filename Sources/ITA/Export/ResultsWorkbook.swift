import Sheets
import ThaiText

/// The formatted results workbook: one sheet per table (plan, results) laid out as an official
/// Thai document — title block, TH SarabunPSK 16, header repeated on every printed page, A4
/// landscape one page wide — then a summary sheet (counts per unit and status, with charts) and
/// a findings sheet whose places link to the exported cells.
public struct ResultsWorkbook: Sendable {
    /// One input file: its document (nil when it could not be read) and its findings.
    public struct Input: Sendable {
        public var path: String
        public var document: ITADocument?
        public var findings: [Finding]

        public init(path: String, document: ITADocument?, findings: [Finding]) {
            self.path = path
            self.document = document
            self.findings = findings
        }
    }

    public var inputs: [Input]
    public var template: Template
    /// Digits inside text written as Thai digits (numbers stay numbers, shown with Thai digits).
    public var thaiDigits: Bool
    /// A fixed creation time gives byte-stable output (tests); nil means now.
    public var created: SpreadsheetDate?

    public init(inputs: [Input], template: Template, thaiDigits: Bool = false, created: SpreadsheetDate? = nil) {
        self.inputs = inputs
        self.template = template
        self.thaiDigits = thaiDigits
        self.created = created
    }

    /// The outcomes of `Pipeline.run`, one input each.
    public init(outcomes: [Pipeline.Outcome], template: Template, thaiDigits: Bool = false, created: SpreadsheetDate? = nil) {
        self.init(inputs: outcomes.map { Input(path: $0.path, document: $0.document, findings: $0.findings) },
                  template: template, thaiDigits: thaiDigits, created: created)
    }

    public var findings: [Finding] { inputs.flatMap(\.findings) }
    var documents: [ITADocument] { inputs.compactMap(\.document) }

    /// A column of an exported table: its header and how a measure fills it.
    struct Column {
        var header: String
        var field: Field?
        var bounds: ExportStyle.WidthBounds
        var value: (Measure) -> String
    }

    public func write(to path: String) throws(SheetsError) {
        _ = try writeMapped(to: path)
    }

    /// Writes the workbook; returns where each finding went in it (for the review workbook's links).
    func writeMapped(to path: String) throws(SheetsError) -> ExportMap {
        var writer = try XLSXWriter(path: path)
        try writer.setDefaultFont(name: ExportStyle.fontName, size: ExportStyle.fontSize)
        var map = ExportMap()
        for (index, input) in inputs.enumerated() {
            guard let document = input.document else { continue }
            for table in document.tables {
                try writeTable(table, of: document, input: index, with: &writer, map: &map)
            }
        }
        try SummarySheet(workbook: self).write(with: &writer)
        try FindingsSheet(workbook: self, map: map).write(with: &writer)
        let agency = documents.compactMap(\.agency).first
        try writer.setProperties(DocumentProperties(
            title: template.resultsTitle, subject: "ITA \(template.planItem) / \(template.resultsItem)", author: agency, company: agency,
            keywords: "ITA, \(template.planItem), \(template.resultsItem)", comments: "ITA Toolkit", created: created))
        try writer.close()
        return map
    }

    // MARK: - Tables

    static var numberColumn: Column { Column(header: "ลำดับ", field: .number, bounds: .init(min: 6, max: 6)) { $0.number.map(String.init) ?? "" } }

    /// The columns of an exported table, in the order of the official forms. Results get a
    /// status column when the status of any measure is known.
    func columns(for table: MeasureTable) -> [Column] {
        let measure = Column(header: "มาตรการ/แนวทาง", field: .measure, bounds: .init(min: 14, max: 25)) { $0.title }
        let steps = Column(header: "ขั้นตอนและวิธีการ", field: .steps, bounds: .init(min: 14, max: 25)) { $0.cells[.steps]?.text ?? "" }
        let responsible = Column(header: "ผู้รับผิดชอบ", field: .responsible, bounds: .init(min: 9, max: 14)) {
            $0.responsible.isEmpty ? ($0.cells[.responsible]?.text ?? "") : $0.responsible.map(\.written).joined(separator: "\n")
        }
        // The header broken where a Thai reader would: a word-wrapping program cannot find Thai word ends.
        let period = Column(header: "ระยะเวลา\nดำเนินการ", field: .period, bounds: .init(min: 10, max: 13)) {
            $0.period?.text ?? $0.cells[.period]?.text ?? ""
        }
        switch table.kind {
        case .plan:
            let monitoring = Column(header: "การกำกับติดตาม", field: .monitoring, bounds: .init(min: 11, max: 17)) { $0.monitoring ?? "" }
            return [Self.numberColumn, measure, steps, responsible, period, monitoring]
        case .results:
            let outcome = Column(header: "ผลการดำเนินการ", field: .result, bounds: .init(min: 17, max: 30)) { $0.outcome ?? "" }
            let recommendation = Column(header: "ข้อเสนอแนะ", field: .recommendation, bounds: .init(min: 11, max: 20)) { $0.recommendation ?? "" }
            var columns = [Self.numberColumn, measure, steps, responsible, period, outcome]
            if table.measures.contains(where: { $0.status != nil }) {
                columns.append(Column(header: "สถานะ", field: .status, bounds: .init(min: 11, max: 12)) {
                    $0.status.map(ExportStyle.statusLabel) ?? ""
                })
            }
            columns.append(recommendation)
            return columns
        }
    }

    func text(_ s: String) -> String { thaiDigits ? ThaiDigits.toThai(s) : s }

    /// Numbers shown with Thai digits (Excel's `D07` native-digit prefix, Thai locale) when asked.
    var numberStyle: CellStyle {
        var style = ExportStyle.number
        if thaiDigits { style.numberFormat = "[$-D07041E]0" }
        return style
    }

    /// The title block: the document, the agency and its place, the fiscal year.
    func titleLines(_ title: String, document: ITADocument?) -> [String] {
        var lines = [title]
        if let document {
            let place = [document.agency, document.district.map { "อำเภอ" + $0 }, document.province.map { "จังหวัด" + $0 }]
                .compactMap { $0 }.joined(separator: " ")
            if !place.isEmpty { lines.append(place) }
            if let fy = document.fiscalYear { lines.append("ประจำปีงบประมาณ พ.ศ. \(fy)") }
        }
        return lines.map(text)
    }

    /// Writes `lines` merged across `columns` columns from row 1; returns the next free row.
    static func writeTitleBlock(_ lines: [String], columns: Int, in sheet: SheetHandle, with writer: inout XLSXWriter) throws(SheetsError) -> Int {
        for (i, line) in lines.enumerated() {
            let range = CellRange(start: CellAddress(row: i + 1, column: 1), end: CellAddress(row: i + 1, column: max(1, columns)))
            try writer.merge(range, value: .string(line), in: sheet, style: i == 0 ? ExportStyle.title : ExportStyle.subtitle)
            try writer.setRowHeight(i == 0 ? 34 : 28, row: i + 1, in: sheet)
        }
        return lines.count + 1
    }

    func writeTable(_ table: MeasureTable, of document: ITADocument, input: Int, with writer: inout XLSXWriter, map: inout ExportMap) throws(SheetsError) {
        let sheet = try writer.addSheet(named: table.kind == .plan ? "แผนมาตรการ" : "ผลการดำเนินการ")
        let sheetName = writer.name(of: sheet)
        let columns = columns(for: table)
        let last = columns.count
        let measures = table.measures

        let headerRow = try Self.writeTitleBlock(titleLines(table.kind == .plan ? template.planTitle : template.resultsTitle, document: document),
                                                 columns: last, in: sheet, with: &writer) + 1
        let firstBodyRow = headerRow + 1
        let values = measures.map { measure in columns.map { text($0.value(measure)) } }

        // Runs of rows sharing one value written once for the group (carried down): merged again.
        // runEnd[c][r] is the last row of the run starting at r (r itself when not merged).
        var runEnd = [[Int]](repeating: [], count: last)
        for (c, column) in columns.enumerated() {
            var ends = Array(measures.indices)
            var r = 0
            while r < measures.count {
                var end = r
                if let field = column.field, let origin = measures[r].cells[field].map({ $0.carriedFrom ?? $0.source }) {
                    while end + 1 < measures.count, measures[end + 1].cells[field]?.carriedFrom == origin { end += 1 }
                }
                ends[r] = end
                r = end + 1
            }
            runEnd[c] = ends
        }

        // Widths from the longest lines; heights from wrapped lines, a merged value's lines shared by its rows.
        var longest = columns.map { ExportStyle.longestLine($0.header) }
        for row in values { for (c, value) in row.enumerated() where !value.isEmpty { longest[c] = max(longest[c], ExportStyle.longestLine(value)) } }
        let widths = ExportStyle.columnWidths(columns.map(\.bounds), longest: longest)
        var lines = [Int](repeating: 1, count: measures.count)
        for c in 0..<last {
            var r = 0
            while r < measures.count {
                if runEnd[c][r] == r { lines[r] = max(lines[r], ExportStyle.lineCount(values[r][c], width: widths[c])) }
                r = runEnd[c][r] + 1
            }
        }
        for c in 0..<last {
            var r = 0
            while r < measures.count {
                let end = runEnd[c][r]
                if end > r {
                    let needed = ExportStyle.lineCount(values[r][c], width: widths[c])
                    let have = lines[r...end].reduce(0, +)
                    if needed > have { lines[end] += needed - have }
                }
                r = end + 1
            }
        }

        for (c, width) in widths.enumerated() {
            try writer.setColumnWidth(width, columns: (c + 1)...(c + 1), in: sheet)
        }
        for (c, column) in columns.enumerated() {
            try writer.write(.string(column.header), at: CellAddress(row: headerRow, column: c + 1), in: sheet, style: ExportStyle.header)
        }
        let headerLines = zip(columns.map(\.header), widths).map { ExportStyle.lineCount($0, width: $1) }.max() ?? 1
        try writer.setRowHeight(ExportStyle.rowHeight(lines: headerLines), row: headerRow, in: sheet)
        for r in measures.indices {
            try writer.setRowHeight(ExportStyle.rowHeight(lines: lines[r]), row: firstBodyRow + r, in: sheet)
        }

        for (c, column) in columns.enumerated() {
            var r = 0
            while r < measures.count {
                let value = values[r][c]
                let end = runEnd[c][r]
                let top = CellAddress(row: firstBodyRow + r, column: c + 1)
                if end > r {
                    let range = CellRange(start: top, end: CellAddress(row: firstBodyRow + end, column: c + 1))
                    try writer.merge(range, value: .string(value), in: sheet, style: ExportStyle.body)
                } else if value.isEmpty {
                    try writer.writeBlank(at: top, in: sheet, style: ExportStyle.body)
                } else if column.field == .number, let number = measures[r].number {
                    try writer.write(.number(Double(number)), at: top, in: sheet, style: numberStyle)
                } else {
                    try writer.write(.string(value), at: top, in: sheet, style: column.field == .status ? ExportStyle.bodyCentered : ExportStyle.body)
                }
                r = end + 1
            }
        }

        // Where each source cell went, for the findings sheet's links.
        map.addTable(table, input: input, sheet: sheetName, headerRow: headerRow, firstBodyRow: firstBodyRow,
                     columns: columns.map(\.field))

        try writer.setPageSetup(ExportStyle.pageSetup(repeatRows: headerRow...headerRow), in: sheet)
        writer.freezePanes(at: CellAddress(row: firstBodyRow, column: 1), in: sheet)
        if !measures.isEmpty {
            try writer.autofilter(CellRange(start: CellAddress(row: headerRow, column: 1),
                                            end: CellAddress(row: headerRow + measures.count, column: last)), in: sheet)
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

    mutating func addTable(_ table: MeasureTable, input: Int, sheet: String, headerRow: Int, firstBodyRow: Int, columns: [Field?]) {
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
            let row = firstBodyRow + i
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
