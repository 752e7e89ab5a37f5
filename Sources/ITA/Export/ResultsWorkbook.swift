import Sheets
import ThaiText

/// The formatted results workbook: one sheet per table (plan, results) laid out as an official
/// Thai document — title block, TH SarabunPSK 16, header repeated on every printed page, A4
/// landscape one page wide — and a findings sheet.
public struct ResultsWorkbook: Sendable {
    public var documents: [ITADocument]
    public var findings: [Finding]
    public var template: Template
    /// Digits inside text written as Thai digits (numbers stay numbers).
    public var thaiDigits: Bool
    /// A fixed creation time gives byte-stable output (tests); nil means now.
    public var created: SpreadsheetDate?

    public init(documents: [ITADocument], findings: [Finding], template: Template, thaiDigits: Bool = false, created: SpreadsheetDate? = nil) {
        self.documents = documents
        self.findings = findings
        self.template = template
        self.thaiDigits = thaiDigits
        self.created = created
    }

    static let fontName = "TH SarabunPSK"
    static let body = CellStyle(fontName: fontName, fontSize: 16, wrap: true, vertical: .top, border: true)
    static let header = CellStyle(fontName: fontName, fontSize: 16, bold: true, fill: 0xD9E2F3, wrap: true,
                                  horizontal: .center, vertical: .center, border: true)
    static let title = CellStyle(fontName: fontName, fontSize: 18, bold: true, horizontal: .center, vertical: .center)
    static let subtitle = CellStyle(fontName: fontName, fontSize: 16, horizontal: .center, vertical: .center)

    /// The official margins (3 cm binding side, 2 cm others, 2.5 cm top), in inches.
    static let margins = (left: 3.0 / 2.54, right: 2.0 / 2.54, top: 2.5 / 2.54, bottom: 2.0 / 2.54)

    /// A column of an exported table: its header and how a measure fills it.
    struct Column {
        var header: String
        var field: Field?
        var minWidth: Double
        var maxWidth: Double
        var value: (Measure) -> String
    }

    public func write(to path: String) throws(SheetsError) {
        var writer = try XLSXWriter(path: path)
        for document in documents {
            for table in document.tables {
                try writeTable(table, of: document, with: &writer)
            }
        }
        try writeFindings(with: &writer)
        let agency = documents.compactMap(\.agency).first
        try writer.setProperties(DocumentProperties(
            title: template.resultsTitle, subject: "ITA \(template.resultsItem)", author: agency, company: agency,
            keywords: "ITA, \(template.planItem), \(template.resultsItem)", comments: "ITA Toolkit", created: created))
        try writer.close()
    }

    func columns(for kind: TableKind) -> [Column] {
        let measure = Column(header: "มาตรการ/แนวทาง", field: .measure, minWidth: 24, maxWidth: 45) { $0.title }
        let steps = Column(header: "ขั้นตอนและวิธีการ", field: .steps, minWidth: 24, maxWidth: 45) { $0.cells[.steps]?.text ?? "" }
        let responsible = Column(header: "ผู้รับผิดชอบ", field: .responsible, minWidth: 14, maxWidth: 24) {
            $0.responsible.map(\.written).joined(separator: "\n")
        }
        let period = Column(header: "ระยะเวลาดำเนินการ", field: .period, minWidth: 14, maxWidth: 20) {
            $0.period?.text ?? $0.cells[.period]?.text ?? ""
        }
        let number = Column(header: "ลำดับ", field: .number, minWidth: 7, maxWidth: 7) { $0.number.map(String.init) ?? "" }
        switch kind {
        case .plan:
            let monitoring = Column(header: "การกำกับติดตาม", field: .monitoring, minWidth: 18, maxWidth: 30) { $0.monitoring ?? "" }
            return [number, measure, steps, responsible, period, monitoring]
        case .results:
            let outcome = Column(header: "ผลการดำเนินการ", field: .result, minWidth: 30, maxWidth: 55) { $0.outcome ?? "" }
            let recommendation = Column(header: "ข้อเสนอแนะ", field: .recommendation, minWidth: 18, maxWidth: 35) { $0.recommendation ?? "" }
            return [number, measure, steps, responsible, period, outcome, recommendation]
        }
    }

    func text(_ s: String) -> String { thaiDigits ? ThaiDigits.toThai(s) : s }

    func writeTable(_ table: MeasureTable, of document: ITADocument, with writer: inout XLSXWriter) throws(SheetsError) {
        let sheet = try writer.addSheet(named: table.kind == .plan ? "แผนมาตรการ" : "ผลการดำเนินการ")
        let columns = columns(for: table.kind)
        let last = columns.count

        // Title block: the document, the agency and its place, the fiscal year.
        var titleLines = [table.kind == .plan ? template.planTitle : template.resultsTitle]
        let place = [document.agency, document.district.map { "อำเภอ" + $0 }, document.province.map { "จังหวัด" + $0 }]
            .compactMap { $0 }.joined(separator: " ")
        if !place.isEmpty { titleLines.append(place) }
        if let fy = document.fiscalYear { titleLines.append("ประจำปีงบประมาณ พ.ศ. \(fy)") }
        for (i, line) in titleLines.enumerated() {
            let range = CellRange(start: CellAddress(row: i + 1, column: 1), end: CellAddress(row: i + 1, column: last))
            try writer.merge(range, value: .string(text(line)), in: sheet, style: i == 0 ? Self.title : Self.subtitle)
            try writer.setRowHeight(i == 0 ? 30 : 24, row: i + 1, in: sheet)
        }

        let headerRow = titleLines.count + 2
        let values = table.measures.map { measure in columns.map { text($0.value(measure)) } }
        let widths = Self.columnWidths(columns, values: values)
        for (c, column) in columns.enumerated() {
            try writer.write(.string(column.header), at: CellAddress(row: headerRow, column: c + 1), in: sheet, style: Self.header)
        }
        let headerLines = zip(columns.map(\.header), widths).map { Self.lineCount($0, width: $1) }.max() ?? 1
        try writer.setRowHeight(Double(headerLines) * Self.lineHeight + 6, row: headerRow, in: sheet)
        // Body; a value written once for a group (carried down) becomes one merged cell again.
        let firstBodyRow = headerRow + 1
        for (c, width) in widths.enumerated() {
            try writer.setColumnWidth(width, columns: (c + 1)...(c + 1), in: sheet)
        }
        for (r, row) in values.enumerated() {
            let lines = zip(row, widths).map { Self.lineCount($0, width: $1) }.max() ?? 1
            try writer.setRowHeight(Double(lines) * Self.lineHeight + 6, row: firstBodyRow + r, in: sheet)
        }
        for (c, column) in columns.enumerated() {
            var r = 0
            while r < table.measures.count {
                let measure = table.measures[r]
                let value = values[r][c]
                var end = r
                if let field = column.field, let origin = measure.cells[field].map({ $0.carriedFrom ?? $0.source }) {
                    while end + 1 < table.measures.count, table.measures[end + 1].cells[field]?.carriedFrom == origin { end += 1 }
                }
                let top = CellAddress(row: firstBodyRow + r, column: c + 1)
                if end > r {
                    let range = CellRange(start: top, end: CellAddress(row: firstBodyRow + end, column: c + 1))
                    try writer.merge(range, value: .string(value), in: sheet, style: Self.body)
                } else if value.isEmpty {
                    try writer.writeBlank(at: top, in: sheet, style: Self.body)
                } else if column.field == .number, let number = Int(value) {
                    try writer.write(.number(Double(number)), at: top, in: sheet, style: Self.body)
                } else {
                    try writer.write(.string(value), at: top, in: sheet, style: Self.body)
                }
                r = end + 1
            }
        }

        var setup = PageSetup()
        setup.landscape = true
        setup.paperA4 = true
        setup.fitToPagesWide = 1
        setup.margins = Self.margins
        setup.repeatRows = headerRow...headerRow
        setup.footer = "&C&\"TH SarabunPSK\"&14หน้า &P จาก &N"
        setup.centerHorizontally = true
        try writer.setPageSetup(setup, in: sheet)
        writer.freezePanes(at: CellAddress(row: firstBodyRow, column: 1), in: sheet)
        if !table.measures.isEmpty {
            try writer.autofilter(CellRange(start: CellAddress(row: headerRow, column: 1),
                                            end: CellAddress(row: headerRow + table.measures.count, column: last)), in: sheet)
        }
    }

    /// Column-width units (Excel's "characters" of the default font) one Thai character of
    /// TH SarabunPSK 16 takes; calibrated on LibreOffice's rendering with its metric twin Laksaman.
    static let unitsPerCharacter = 1.3
    /// Points per wrapped line of TH SarabunPSK 16.
    static let lineHeight = 21.0
    /// The width of A4 landscape inside the official margins, in column-width units.
    static let printableWidth = 140.0

    /// Widths from the longest line of each column (Thai display width: marks above and below
    /// take none), kept within each column's bounds, and shrunk together to fit the printed page
    /// so that the font stays at its size instead of being scaled down.
    static func columnWidths(_ columns: [Column], values: [[String]]) -> [Double] {
        let natural = columns.enumerated().map { c, column in
            let longest = ([column.header] + values.map { $0[c] })
                .flatMap { $0.split(whereSeparator: \.isNewline) }
                .map { Double(DisplayWidth.of($0)) * unitsPerCharacter + 2 }
                .max() ?? column.minWidth
            return min(column.maxWidth, max(column.minWidth, longest))
        }
        let total = natural.reduce(0, +), minimum = columns.map(\.minWidth).reduce(0, +)
        guard total > printableWidth else { return natural }
        // Shrink only what each column has above its minimum.
        let scale = max(0, printableWidth - minimum) / (total - minimum)
        return zip(columns, natural).map { $0.minWidth + ($1 - $0.minWidth) * scale }
    }

    /// How many lines a text wraps to in a column of `width` units.
    static func lineCount(_ text: String, width: Double) -> Int {
        // Line breaks fall between words, so a line holds somewhat less than the width allows.
        let perLine = max(1, (width - 2) / unitsPerCharacter * 0.85)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { max(1, Int((Double(DisplayWidth.of($0)) / perLine).rounded(.up))) }
            .reduce(0, +)
    }

    static let severityFill: [Severity: UInt32] = [.error: 0xF8CBAD, .warning: 0xFFE699, .info: 0xDDEBF7]

    func writeFindings(with writer: inout XLSXWriter) throws(SheetsError) {
        let sheet = try writer.addSheet(named: "ผลการตรวจ")
        let headers = ["ระดับ", "รหัส", "ตำแหน่ง", "ข้อความ", "วิธีแก้"]
        let widths: [Double] = [12, 24, 26, 70, 60]
        try writer.merge(CellRange(start: CellAddress(row: 1, column: 1), end: CellAddress(row: 1, column: headers.count)),
                         value: .string("ผลการตรวจตามแบบของ ITA"), in: sheet, style: Self.title)
        for (c, header) in headers.enumerated() {
            try writer.write(.string(header), at: CellAddress(row: 3, column: c + 1), in: sheet, style: Self.header)
            try writer.setColumnWidth(widths[c], columns: (c + 1)...(c + 1), in: sheet)
        }
        if findings.isEmpty {
            try writer.write(.string("ไม่พบปัญหา"), at: CellAddress(row: 4, column: 1), in: sheet, style: Self.body)
        }
        for (i, finding) in findings.enumerated() {
            let row = 4 + i
            var style = Self.body
            style.fill = Self.severityFill[finding.severity]
            let values = [finding.severity.label.th, finding.code.rawValue,
                          finding.place?.description ?? finding.sheet ?? "", finding.message.th, finding.fix.th]
            for (c, value) in values.enumerated() {
                try writer.write(.string(value), at: CellAddress(row: row, column: c + 1), in: sheet, style: c == 0 ? style : Self.body)
            }
        }
        var setup = PageSetup()
        setup.landscape = true
        setup.fitToPagesWide = 1
        setup.margins = Self.margins
        setup.repeatRows = 3...3
        setup.footer = "&Cหน้า &P จาก &N"
        try writer.setPageSetup(setup, in: sheet)
        writer.freezePanes(at: CellAddress(row: 4, column: 1), in: sheet)
    }
}
