import Sheets
import ThaiText

/// A blank fill-in workbook for one ITA year and document kind: the title block, the template's
/// columns with the standard Thai headers, bordered rows to fill, dropdowns (units, status,
/// periods of the fiscal year), an input hint on every column, and a Thai instructions sheet;
/// printable like the results workbook.
public struct TemplateWorkbook: Sendable {
    /// The template whose columns, headers and years the form has.
    public var template: Template
    /// The form: a plan or a results report.
    public var kind: TableKind
    /// A fixed creation time gives byte-stable output (tests); nil means now.
    public var created: SpreadsheetDate?
    /// The type size and the language of the headings.
    public var look: ExportLook
    /// The plan a results form is filled from (`ita template --from`): its measures' numbers,
    /// titles, steps, units and periods, the agency and the fiscal year; nil for a blank form.
    public var plan: ITADocument?

    /// A form of `kind` for `template`'s year, blank unless `plan` fills a results form.
    public init(template: Template, kind: TableKind, created: SpreadsheetDate? = nil, look: ExportLook = .standard, plan: ITADocument? = nil) {
        self.template = template
        self.kind = kind
        self.created = created
        self.look = look
        self.plan = plan
    }

    /// The plan's measures that fill the form's rows.
    var planned: [Measure] { plan?.plan?.measures ?? [] }

    /// What a filled row holds in `field` (number, measure, steps, units, period); empty otherwise.
    static func planned(_ measure: Measure, _ field: Field) -> String {
        switch field {
        case .number: measure.number.map(String.init) ?? ""
        case .measure: measure.title
        case .steps: measure.cells[.steps]?.text ?? measure.steps.joined(separator: "\n")
        case .responsible: measure.responsible.isEmpty ? (measure.cells[.responsible]?.text ?? "") : measure.responsible.map(\.written).joined(separator: "\n")
        case .period: measure.period?.text ?? measure.cells[.period]?.text ?? ""
        default: ""
        }
    }

    /// The ITA year's fiscal year: the plan and results assessed in ITA year Y are those of FY Y
    /// (a plan's own fiscal year when the form is filled from one).
    var fiscalYear: Int { plan?.fiscalYear ?? template.itaYear }
    static let bodyRows = 20
    /// Rows the dropdowns and hints cover, beyond the bordered ones.
    static let validatedRows = 500
    var fillIn: CellStyle { CellStyle(fontName: ExportStyle.fontName, fontSize: look.fontSize, fill: 0xFFF2CC, wrap: true,
                                  horizontal: .center, vertical: .center, border: true) }

    struct Column {
        var field: Field
        var header: String
        var width: Double
        var hint: String
        var required: Bool
    }

    /// The template's columns for this kind, in the official order, headed as in the results workbook.
    var columns: [Column] {
        let required = Set(template.required(in: kind))
        let fields: [Field] = kind == .plan
            ? [.number, .measure, .steps, .responsible, .period, .monitoring]
            : [.number, .measure, .steps, .responsible, .period, .result, .status, .recommendation]
        return fields.filter { $0 == .number || template.column($0) != nil }.map { field in
            let (header, width, hint) = Self.describe(field, fiscalYear: fiscalYear)
            return Column(field: field, header: header, width: width, hint: hint, required: required.contains(field))
        }
    }

    static func describe(_ field: Field, fiscalYear fy: Int) -> (header: String, width: Double, hint: String) {
        switch field {
        case .number: ("ลำดับ", 6, "ลำดับที่ของมาตรการ เช่น 1, 2, 3 หรือ ๑, ๒, ๓")
        case .measure: ("มาตรการ/แนวทาง", 18, "ชื่อมาตรการหรือแนวทาง หนึ่งมาตรการต่อหนึ่งแถว")
        case .steps: ("ขั้นตอนและวิธีการ", 18, "ขั้นตอนและวิธีการดำเนินการ หลายขั้นตอนให้ขึ้นบรรทัดใหม่ (Alt+Enter)")
        case .responsible: ("ผู้รับผิดชอบ", 12, "เลือกหน่วยงานจากรายการ หรือพิมพ์เอง หลายหน่วยงานให้ขึ้นบรรทัดใหม่ (Alt+Enter)")
        case .period: ("ระยะเวลา\nดำเนินการ", 12,
                       "เลือกจากรายการหรือพิมพ์เอง เช่น ม.ค. - มี.ค. \(fy) หรือ ต.ค. \(fy - 1) - ก.ย. \(fy) ต้องอยู่ในปีงบประมาณ \(fy) (1 ต.ค. \(fy - 1) - 30 ก.ย. \(fy))")
        case .monitoring: ("การกำกับติดตาม", 13, "วิธีกำกับติดตาม เช่น รายงานผลในการประชุมประจำเดือน ใช้กับหลายมาตรการได้ (ผสานเซลล์)")
        case .result: ("ผลการดำเนินการ", 20, "สิ่งที่ได้ทำและวันที่ทำ เช่น จัดประชุมชี้แจง เมื่อวันที่ 15 มีนาคม \(fy)")
        case .status: ("สถานะ", 12, "เลือกสถานะ: ดำเนินการแล้ว / อยู่ระหว่างดำเนินการ / ยังไม่ดำเนินการ")
        case .recommendation: ("ข้อเสนอแนะ", 13, "ปัญหา อุปสรรค หรือเหตุผลที่ทำไม่ตรงกำหนด (ถ้ามี)")
        default: (field.label.th, 12, field.label.th)
        }
    }

    /// Periods of the fiscal year the validator reads: each month, each quarter, the two halves, the year.
    static func periodChoices(fiscalYear fy: Int) -> [String] {
        let months: [(ThaiMonth, Int)] = [(.october, fy - 1), (.november, fy - 1), (.december, fy - 1), (.january, fy), (.february, fy),
                                          (.march, fy), (.april, fy), (.may, fy), (.june, fy), (.july, fy), (.august, fy), (.september, fy)]
        var choices = ["ต.ค. \(fy - 1) - ก.ย. \(fy)", "ต.ค. \(fy - 1) - มี.ค. \(fy)", "เม.ย. - ก.ย. \(fy)",
                       "ต.ค. - ธ.ค. \(fy - 1)", "ม.ค. - มี.ค. \(fy)", "เม.ย. - มิ.ย. \(fy)", "ก.ค. - ก.ย. \(fy)"]
        choices += months.map { "\($0.0.abbreviation) \($0.1)" }
        return choices
    }

    /// Writes the form to `path` (a temporary file renamed into place).
    public func write(to path: String) throws(SheetsError) {
        var writer = try XLSXWriter(path: path)
        try writer.setDefaultFont(name: ExportStyle.fontName, size: look.fontSize)
        try writeForm(with: &writer)
        try writeInstructions(with: &writer)
        try writer.setProperties(DocumentProperties(
            title: (kind == .plan ? template.planTitle : template.resultsTitle),
            subject: "ITA \(template.itaYear) \(kind == .plan ? template.planItem : template.resultsItem)",
            keywords: "ITA, \(template.planItem), \(template.resultsItem), แบบฟอร์ม", comments: "ITA Toolkit: ita template", created: created))
        try writer.close()
    }

    func writeForm(with writer: inout XLSXWriter) throws(SheetsError) {
        let sheet = try writer.addSheet(named: kind == .plan ? "แผนมาตรการ" : "ผลการดำเนินการ")
        let columns = columns
        let last = columns.count
        // Title block: the document, the agency (to fill in), the fiscal year.
        let title = kind == .plan ? template.planTitle : template.resultsTitle
        try writer.merge(CellRange(start: CellAddress(row: 1, column: 1), end: CellAddress(row: 1, column: last)),
                         value: .string(title), in: sheet, style: look.title)
        try writer.setRowHeight(34, row: 1, in: sheet)
        let agency = CellRange(start: CellAddress(row: 2, column: 1), end: CellAddress(row: 2, column: last))
        let agencyName = [plan?.agency, plan?.district.map { "อำเภอ" + $0 }, plan?.province.map { "จังหวัด" + $0 }].compactMap { $0 }.joined(separator: " ")
        try writer.merge(agency, value: .string(agencyName), in: sheet, style: fillIn)
        try writer.addInputHint(agency, title: "ชื่อหน่วยงาน",
                                message: "พิมพ์ชื่อหน่วยงาน อำเภอ และจังหวัด เช่น องค์การบริหารส่วนตำบลกุดจอก อำเภอบัวใหญ่ จังหวัดนครราชสีมา",
                                in: sheet)
        try writer.setRowHeight(look.rowHeight(lines: 1), row: 2, in: sheet)
        try writer.merge(CellRange(start: CellAddress(row: 3, column: 1), end: CellAddress(row: 3, column: last)),
                         value: .string("ประจำปีงบประมาณ พ.ศ. \(fiscalYear)"), in: sheet, style: look.subtitle)
        try writer.setRowHeight(look.rowHeight(lines: 1), row: 3, in: sheet)
        var headerRow = 5
        if kind == .plan {
            // The place for last year's result and what it calls for (missing-analysis is fixed here).
            // The label names no wording the validator takes for an analysis: only what is typed below it counts.
            try writer.merge(CellRange(start: CellAddress(row: 4, column: 1), end: CellAddress(row: 4, column: last)),
                             value: .string("สรุปผลคะแนน ITA ปี \(fiscalYear - 1) ของหน่วยงาน ประเด็นที่ได้คะแนนน้อย และสิ่งที่จะปรับปรุงในปีนี้ (พิมพ์ในช่องสีเหลืองด้านล่าง)"),
                             in: sheet, style: look.plain)
            try writer.setRowHeight(look.rowHeight(lines: 1), row: 4, in: sheet)
            let analysis = CellRange(start: CellAddress(row: 5, column: 1), end: CellAddress(row: 5, column: last))
            var style = fillIn
            style.horizontal = .left
            style.vertical = .top
            try writer.merge(analysis, value: .string(""), in: sheet, style: style)
            try writer.addInputHint(analysis, title: "ผลการประเมินปีที่ผ่านมา",
                                    message: "เช่น ผลการประเมิน ITA ปี \(fiscalYear - 1) ได้ 78.5 คะแนน ระดับ B จุดอ่อนคือตัวชี้วัดที่ 9 การเปิดเผยข้อมูล จึงกำหนดมาตรการดังนี้",
                                    in: sheet)
            try writer.setRowHeight(look.rowHeight(lines: 4), row: 5, in: sheet)
            headerRow = 7
        }
        let first = headerRow + 1
        let widths = look.columnWidths(columns.map {
            let long = $0.width >= 13
            return .init(min: long ? $0.width * 0.7 : $0.width, max: $0.width, natural: $0.width, long: long, amount: $0.width)
        })
        for (c, column) in columns.enumerated() {
            try writer.setColumnWidth(widths[c], columns: (c + 1)...(c + 1), in: sheet)
            try writer.write(.string(column.header), at: CellAddress(row: headerRow, column: c + 1), in: sheet, style: look.header)
        }
        try writer.setRowHeight(look.rowHeight(lines: 2), row: headerRow, in: sheet)
        let planned = planned
        for r in first..<(first + max(Self.bodyRows, planned.count)) {
            let measure = planned.indices.contains(r - first) ? planned[r - first] : nil
            var lines = 3
            for (c, column) in columns.enumerated() {
                let style = column.field == .number || column.field == .status ? look.bodyCentered : look.body
                let address = CellAddress(row: r, column: c + 1)
                let value = measure.map { Self.planned($0, column.field) } ?? ""
                if column.field == .number, let number = measure?.number {
                    try writer.write(.number(Double(number)), at: address, in: sheet, style: look.number)
                } else if value.isEmpty {
                    try writer.writeBlank(at: address, in: sheet, style: style)
                } else {
                    try writer.write(.string(value), at: address, in: sheet, style: style)
                    lines = max(lines, look.lineCount(value, units: widths[c]))
                }
            }
            try writer.setRowHeight(min(look.rowHeight(lines: lines), look.printableHeight - 80), row: r, in: sheet)
        }
        for (c, column) in columns.enumerated() {
            let range = CellRange(start: CellAddress(row: first, column: c + 1), end: CellAddress(row: first + Self.validatedRows - 1, column: c + 1))
            let title = String((column.required ? column.header + " (ต้องกรอก)" : column.header)
                .replacingOccurrences(of: "\n", with: "").prefix(32))
            switch column.field {
            case .responsible:
                try writer.addSuggestionList(range, items: UnitDictionary.standard.entries.map(\.canonical), in: sheet,
                                             inputTitle: title, inputMessage: column.hint)
            case .period:
                try writer.addSuggestionList(range, items: Self.periodChoices(fiscalYear: fiscalYear), in: sheet,
                                             inputTitle: title, inputMessage: column.hint)
            case .status:
                try writer.addListValidation(range, items: ExportStyle.statusLabels, in: sheet, inputTitle: title, inputMessage: column.hint)
            default:
                try writer.addInputHint(range, title: title, message: column.hint, in: sheet)
            }
        }
        try writer.setPageSetup(look.pageSetup(repeatRows: headerRow...headerRow), in: sheet)
        writer.freezePanes(at: CellAddress(row: first, column: 1), in: sheet)
        writer.activate(sheet)
    }

    /// The instructions sheet (คำแนะนำ), in Thai: each column, the period forms the validator
    /// reads, the fiscal-year rule, and how to check the file with `ita validate`.
    var instructions: [(topic: String, text: String)] {
        let fy = fiscalYear
        let item = kind == .plan ? template.planItem : template.resultsItem
        var rows: [(String, String)] = [
            ("เอกสารนี้", "แบบฟอร์ม\(kind == .plan ? "แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" : "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน") ตามแบบของ ITA ปี \(template.itaYear) (ข้อ \(item)) กรอกในแผ่นงาน «\(kind == .plan ? "แผนมาตรการ" : "ผลการดำเนินการ")» แถวละหนึ่งมาตรการ เพิ่มแถวได้ตามต้องการ"),
            ("ชื่อหน่วยงาน", "พิมพ์ชื่อหน่วยงาน อำเภอ และจังหวัด ในช่องสีเหลืองใต้ชื่อเอกสาร"),
        ]
        for column in columns {
            let header = column.header.replacingOccurrences(of: "\n", with: "")
            rows.append(("ช่อง «\(header)»" + (column.required ? " (ต้องกรอก)" : ""), column.hint))
        }
        rows += [
            ("รูปแบบระยะเวลาที่ตรวจได้",
             "เดือนเดียว: ม.ค. \(fy) หรือ มกราคม \(fy)\nช่วงเดือน: ม.ค. - มี.ค. \(fy), ม.ค.-มี.ค.\(fy % 100), ต.ค. \(fy - 1) - ก.ย. \(fy)\nไตรมาส: ไตรมาสที่ 1 – ไตรมาสที่ 4\nทั้งปี: ตลอดปีงบประมาณ\nใช้เลขไทย (๒๕๖๗) หรือปี พ.ศ. สองหลัก (๖๗) ได้ ใช้ปี พ.ศ. ไม่ใช่ ค.ศ."),
            ("ปีงบประมาณ", "ปีงบประมาณ พ.ศ. \(fy) เริ่ม 1 ตุลาคม \(fy - 1) สิ้นสุด 30 กันยายน \(fy) ระยะเวลาดำเนินการทุกมาตรการต้องอยู่ในช่วงนี้ ไตรมาสที่ 1 คือ ต.ค. - ธ.ค. \(fy - 1)"),
            ("สถานะ", "ดำเนินการแล้ว / อยู่ระหว่างดำเนินการ / ยังไม่ดำเนินการ ถ้าทำไม่ตรงกำหนดให้อธิบายเหตุผลในช่อง «ข้อเสนอแนะ»"),
            ("ตรวจไฟล์ก่อนเผยแพร่", "บันทึกไฟล์เป็น .xlsx แล้วสั่ง\nita validate ชื่อไฟล์.xlsx\nโปรแกรมจะบอกช่องที่มีปัญหา (เช่น ผลการดำเนินการ!C7) และวิธีแก้ ผลลัพธ์ 0 คือผ่าน 1 คือพบข้อผิดพลาด"),
            ("จัดทำรายงานพร้อมพิมพ์", "ita export ชื่อไฟล์.xlsx -o รายงาน.xlsx --annotated ตรวจแล้ว.xlsx\nได้ไฟล์รายงานตัวอักษร TH SarabunPSK 16 กระดาษ A4 แนวนอน พร้อมสรุปและผลการตรวจ"),
        ]
        return rows
    }

    func writeInstructions(with writer: inout XLSXWriter) throws(SheetsError) {
        let sheet = try writer.addSheet(named: "คำแนะนำ")
        let widths = [22.0, 54.0]
        try writer.merge(CellRange(start: CellAddress(row: 1, column: 1), end: CellAddress(row: 1, column: 2)),
                         value: .string("คำแนะนำการกรอกแบบฟอร์ม ITA \(template.itaYear)"), in: sheet, style: look.title)
        try writer.setRowHeight(34, row: 1, in: sheet)
        for (c, width) in widths.enumerated() { try writer.setColumnWidth(width, columns: (c + 1)...(c + 1), in: sheet) }
        try writer.write(.string("หัวข้อ"), at: CellAddress(row: 3, column: 1), in: sheet, style: look.header)
        try writer.write(.string("คำอธิบาย"), at: CellAddress(row: 3, column: 2), in: sheet, style: look.header)
        try writer.setRowHeight(look.rowHeight(lines: 1), row: 3, in: sheet)
        for (i, row) in instructions.enumerated() {
            let r = 4 + i
            try writer.write(.string(row.topic), at: CellAddress(row: r, column: 1), in: sheet, style: look.totalLabel)
            try writer.write(.string(row.text), at: CellAddress(row: r, column: 2), in: sheet, style: look.body)
            let lines = max(look.lineCount(row.topic, units: widths[0], bold: true), look.lineCount(row.text, units: widths[1]))
            try writer.setRowHeight(look.rowHeight(lines: lines), row: r, in: sheet)
        }
        try writer.setPageSetup(look.pageSetup(repeatRows: 3...3), in: sheet)
    }
}
