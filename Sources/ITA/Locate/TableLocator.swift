import Sheets
import ThaiText

/// Finds the plan and results tables in a workbook: header rows recognized by the template's
/// column wordings (exact after Thai cleanup, a known wording with a qualifier, or a near spelling
/// of damaged text), a second header row of sub-columns under a group header (months under
/// ระยะเวลาดำเนินการ, status marks under ผลการดำเนินการ with the result's text in a details column),
/// bodies up to the next prose or signature block (totals rows and section rows skipped), repeated
/// header blocks of the same kind joined into one table (also across consecutive sheets),
/// continuation rows joined to their measure, group values carried down, merged cells followed.
/// Only visible sheets are read: a hidden sheet holds dropdown lists, not a table.
public struct TableLocator: Sendable {
    public var template: Template
    private let headerIndex: HeaderIndex

    public init(template: Template) {
        self.template = template
        self.headerIndex = HeaderIndex(template: template)
    }

    public struct Result: Sendable {
        public var tables: [LocatedTable]
        /// Every non-empty row outside the tables (title block, analysis, prose), one text per row.
        public var prose: [SourcedText]
    }

    /// Merged ranges bigger than this are not followed cell by cell (a whole-sheet merge is a drawing, not data).
    static let maxMergeCells = 20_000

    public func locate(in workbook: Workbook) -> Result {
        var perSheet: [(index: Int, tables: [LocatedTable])] = []
        var prose: [SourcedText] = []
        // Formats without merge information (text, CSV) flatten a vertical merge to one written cell.
        let carryDownGuess = !workbook.format.recordsMerges
        for (index, sheet) in workbook.sheets.enumerated() where sheet.state == .visible {
            let found = locate(in: sheet, carryDownGuess: carryDownGuess)
            perSheet.append((index, found.tables))
            prose += found.prose
        }
        return Result(tables: Self.joinAcrossSheets(perSheet), prose: prose)
    }

    /// For each cell filled from a merge (not the merge's first cell), that first cell.
    static func mergeOrigins(_ sheet: Sheet) -> [CellAddress: CellAddress] {
        var origins: [CellAddress: CellAddress] = [:]
        var budget = 200_000
        for range in sheet.merged where range.cellCount > 1 && range.cellCount <= maxMergeCells {
            budget -= range.cellCount
            if budget < 0 { break }
            for r in range.start.row...range.end.row {
                for c in range.start.column...range.end.column where !(r == range.start.row && c == range.start.column) {
                    origins[CellAddress(row: r, column: c)] = range.start
                }
            }
        }
        return origins
    }

    private func locate(in sheet: Sheet, carryDownGuess: Bool) -> Result {
        let origins = Self.mergeOrigins(sheet)
        let filled = origins.isEmpty ? sheet : sheet.fillingMerged()
        var blocks: [LocatedTable] = []
        var prose: [SourcedText] = []
        var current: BlockBuilder?
        var previousRowBlank = true

        func finish() {
            if let block = current?.build() { blocks.append(block) }
            current = nil
        }

        var expectedRow = filled.rows.first?.index ?? 1
        for row in filled.rows {
            if row.index > expectedRow { previousRowBlank = true }
            expectedRow = row.index + 1
            var cells: [RowCell] = []
            cells.reserveCapacity(row.cells.count)
            for cell in row.cells {
                let text = cell.value.displayText
                guard !text.allSatisfy(\.isWhitespace) else { continue }
                let origin = origins.isEmpty ? nil : origins[cell.address]
                // A horizontal merge's copies add nothing to a row: the first cell speaks for it.
                if let origin, origin.row == row.index { continue }
                let source = SourceRef(sheet: sheet.name, address: cell.address)
                cells.append(RowCell(column: cell.address.column,
                                     text: SourcedText(text: text, source: source,
                                                       carriedFrom: origin.map { SourceRef(sheet: sheet.name, address: $0) }),
                                     span: origins.isEmpty ? 1 : Self.span(of: cell.address, in: sheet)))
            }
            if cells.isEmpty {
                previousRowBlank = true
                continue
            }
            // A second header row: sub-columns under the header's groups.
            if var block = current, block.rows.isEmpty, !block.hasSubHeader, row.index == block.headerRows.last! + 1,
               block.applySubHeader(cells.filter { $0.text.carriedFrom == nil }, row: row.index, index: headerIndex) {
                current = block
                previousRowBlank = false
                continue
            }
            let written = cells.filter { $0.text.carriedFrom == nil }
            if !Self.startsWithItemNumber(written), let header = headerIndex.header(of: written) {
                finish()
                current = BlockBuilder(sheet: sheet.name, header: header, headerRow: row.index,
                                       carryDown: carryDownGuess ? template.columns.filter(\.carryDown).map(\.field) : [])
                previousRowBlank = false
                continue
            }
            // A totals row (รวม, สรุป, ร้อยละ) is never a measure and leaves the table open; a signature
            // block (ลงชื่อ…, (นาย…), ผู้รายงาน, ตำแหน่ง…) ends it. Both are prose.
            if current != nil, let first = written.first, !Self.startsWithItemNumber(written) {
                switch ClosingRow.kind(ofRow: written.map(\.text.text)) {
                case .summary?:
                    prose.append(SourcedText(text: written.map(\.text.text).joined(separator: " "), source: first.text.source))
                    previousRowBlank = false
                    continue
                case .signature?:
                    finish()
                    prose.append(SourcedText(text: written.map(\.text.text).joined(separator: " "), source: first.text.source))
                    previousRowBlank = false
                    continue
                case nil: break
                }
            }
            // A section heading merged across the table ("ด้านที่ 1 การเปิดเผยข้อมูล"), or written alone in
            // the first columns of a text file, neither ends the table nor is a measure.
            if let block = current, cells.count == 1, cells[0].text.carriedFrom == nil,
               cells[0].span >= 3 || block.isSectionHeading(cells[0], afterBlank: previousRowBlank) {
                previousRowBlank = false
                continue
            }
            // Mutated in place: a copy of the builder would copy every row collected so far.
            if current?.accepts(cells, afterBlank: previousRowBlank) == true {
                current!.add(row: row.index, cells: cells)
            } else {
                finish()
                if !written.isEmpty {
                    let text = written.map(\.text.text).joined(separator: " ")
                    prose.append(SourcedText(text: text, source: written[0].text.source))
                }
            }
            previousRowBlank = false
        }
        finish()
        return Result(tables: Self.joinRepeatedHeaders(blocks), prose: prose)
    }

    /// Whether a row's first cell opens with an item number ("(๑)", "1.", "๒)"): a measure row, never a
    /// header. A cheap scalar test that spares the header matcher nearly every body row.
    static func startsWithItemNumber(_ cells: [RowCell]) -> Bool {
        guard let first = cells.first else { return false }
        var scalars = first.text.text.unicodeScalars.makeIterator()
        var c = scalars.next()
        while let s = c, s == " " { c = scalars.next() }
        func isDigit(_ s: Unicode.Scalar?) -> Bool { s.map { ("0"..."9").contains($0) || (0x0E50...0x0E59).contains($0.value) } ?? false }
        if c == "(" { return isDigit(scalars.next()) }
        guard isDigit(c) else { return false }
        var next = scalars.next()
        while isDigit(next) { next = scalars.next() }
        return next == "." || next == ")"
    }

    /// How many columns the merge starting at `address` spans (1 when none).
    static func span(of address: CellAddress, in sheet: Sheet) -> Int {
        for range in sheet.merged where range.start == address { return range.columnCount }
        return 1
    }

    /// Whether two blocks have compatible columns: one's fields (numbers and codes aside) contain the other's.
    static func compatible(_ a: LocatedTable, _ b: LocatedTable) -> Bool {
        let ignored: Set<Field> = [.number, .code]
        let x = Set(a.columns.keys).subtracting(ignored), y = Set(b.columns.keys).subtracting(ignored)
        return x.isSuperset(of: y) || y.isSuperset(of: x)
    }

    /// Blocks of the same kind and fields that follow each other (a table continued under a
    /// repeated, possibly differently worded header, with prose between) become one table.
    static func joinRepeatedHeaders(_ blocks: [LocatedTable]) -> [LocatedTable] {
        var joined: [LocatedTable] = []
        for block in blocks {
            if var last = joined.last, last.kind == block.kind, last.sheet == block.sheet, compatible(last, block) {
                last.range = CellRange(start: CellAddress(row: last.range.start.row, column: min(last.range.start.column, block.range.start.column)),
                                       end: CellAddress(row: block.range.end.row, column: max(last.range.end.column, block.range.end.column)))
                last.absorb(block)
                joined[joined.count - 1] = last
            } else {
                joined.append(block)
            }
        }
        return joined
    }

    /// A table that ends one sheet and one of the same kind with compatible columns that starts
    /// the next sheet (in workbook order) are one table printed over two sheets.
    static func joinAcrossSheets(_ perSheet: [(index: Int, tables: [LocatedTable])]) -> [LocatedTable] {
        var out: [LocatedTable] = []
        var previousIndex: Int?
        for (index, tables) in perSheet {
            for (k, table) in tables.enumerated() {
                if k == 0, let previousIndex, index == previousIndex + 1, var last = out.last,
                   last.kind == table.kind, compatible(last, table), last.parts.last?.sheet != table.sheet {
                    last.continuedOn.append(SheetRange(sheet: table.sheet, range: table.range))
                    last.absorb(table)
                    out[out.count - 1] = last
                } else {
                    out.append(table)
                }
            }
            if !tables.isEmpty || previousIndex != nil { previousIndex = tables.isEmpty ? nil : index }
        }
        return out
    }
}

extension LocatedTable {
    /// Takes another block's header rows, body and header notes (its range is the caller's business).
    mutating func absorb(_ block: LocatedTable) {
        headerRows += block.headerRows
        bodyRows += block.bodyRows
        unknownColumns += block.unknownColumns
        duplicateColumns += block.duplicateColumns
        fuzzyHeaders += block.fuzzyHeaders
        for (field, text) in block.headerText where headerText[field] == nil { headerText[field] = text }
        for (field, column) in block.columns where columns[field] == nil { columns[field] = column }
    }
}

/// A non-empty cell of a row as the locator sees it. `text.carriedFrom` is set for a cell filled
/// from a vertical merge above; `span` is the number of columns a merge starting here covers.
struct RowCell {
    var column: Int
    var text: SourcedText
    var span: Int
}

/// A header row recognized by the template.
struct RecognizedHeader {
    var columns: [Field: Int]
    var headerText: [Field: SourcedText]
    var unknown: [SourcedText]
    var duplicates: [(field: Field, header: SourcedText)]
    var fuzzy: [(header: SourcedText, matched: String)]
    /// The columns each header cell covers (a merge across, or blank cells after it in a text file).
    var spans: [Int: Int]
    /// The rightmost column the header row covers.
    var lastColumn = 0
}

/// The template's header wordings, as cleanup keys, for fast lookup.
struct HeaderIndex: Sendable {
    private var exact: [String: Field] = [:]
    private var wordings: [(key: String, scalars: [UInt32], count: Int, field: Field, text: String)] = []
    private var shortest = Int.max

    init(template: Template) {
        for column in template.columns {
            for header in column.headers {
                let key = ThaiCleanup.key(header)
                if exact[key] == nil { exact[key] = column.field }
                let scalars = key.unicodeScalars.map(\.value)
                wordings.append((key, scalars, scalars.count, column.field, header))
                shortest = min(shortest, scalars.count)
            }
        }
        // Longest first, so that a prefix match prefers "ขั้นตอนและวิธีการ" over "ขั้นตอน".
        wordings.sort { $0.count > $1.count }
    }

    /// Fuzzy matching: a wording of at least `fuzzyMinLength` scalars matches a header within
    /// `max(1, length / 8)` edits (a lost "ำ" in "ดาเนินการ" is one; two in a 16-letter header).
    static let fuzzyMinLength = 6
    /// A known wording followed by at most this many letters of qualifier ("ผู้รับผิดชอบ (หน่วยงาน)").
    static let qualifierLength = 12

    /// The field a header cell names: exact key, a known wording followed by a short qualifier
    /// ("ผู้รับผิดชอบ (หน่วยงาน)"), or a near spelling of damaged text ("ดาเนินงาน").
    func field(for text: String) -> (field: Field, fuzzyMatch: String?)? {
        // Body cells are long prose: no header is over 60 letters, so skip them before cleaning.
        guard text.unicodeScalars.count <= 120 else { return nil }
        let key = ThaiCleanup.key(text)
        if let field = exact[key] { return (field, nil) }
        // A known wording with a note in parentheses: "ผลการดำเนินงาน (ระบุรายละเอียด)", "ระยะเวลา (ต.ค. 65 - ก.ย. 66)".
        if let open = text.firstIndex(of: "("), open > text.startIndex, let field = exact[ThaiCleanup.key(text[..<open])] {
            return (field, nil)
        }
        let scalars = key.unicodeScalars.map(\.value)
        let count = scalars.count
        guard count >= 2, count <= 60 else { return nil }
        // Damaged text first ("ระยะเวลาดาเนินการ" is a damaged wording, not "ระยะเวลา" with a qualifier).
        var best: (field: Field, text: String, distance: Int)?
        for wording in wordings where wording.count >= Self.fuzzyMinLength && abs(wording.count - count) <= 2 {
            let limit = min(max(1, wording.count / 8), (best?.distance ?? .max) - 1)
            guard limit >= 0, let distance = Self.editDistance(scalars, wording.scalars, atMost: limit) else { continue }
            best = (wording.field, wording.text, distance)
        }
        if let best { return (best.field, best.text) }
        for wording in wordings where count - wording.count <= Self.qualifierLength && wording.count >= 4 && count > wording.count
            && scalars.starts(with: wording.scalars) {
            return (wording.field, nil)
        }
        return nil
    }

    /// Levenshtein distance over scalars when it is at most `limit`, else nil; a band of width
    /// `limit` around the diagonal, stopping as soon as a whole row exceeds it.
    static func editDistance(_ a: [UInt32], _ b: [UInt32], atMost limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count), current = [Int](repeating: 0, count: b.count + 1)
        let big = limit + 1
        for i in 1...a.count {
            current[0] = i
            let low = max(1, i - limit), high = min(b.count, i + limit)
            if low > 1 { current[low - 1] = big }
            var rowMin = current[0] <= limit ? current[0] : big
            for j in low...high {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                let value = min(substitution, min(previous[j], current[j - 1]) + 1)
                current[j] = min(value, big)
                rowMin = min(rowMin, current[j])
            }
            if high < b.count { current[high + 1] = big }
            if rowMin > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// A row is a header when at least three cells name distinct fields, the measure among them,
    /// and named cells outnumber unknown ones.
    func header(of cells: [RowCell]) -> RecognizedHeader? {
        guard cells.count >= 3 else { return nil }
        var header = RecognizedHeader(columns: [:], headerText: [:], unknown: [], duplicates: [], fuzzy: [], spans: [:])
        // Unknown cells that are not month names (a one-row header may list months as columns).
        var strangers = 0
        for cell in cells {
            // Body rows bail out early: too many unknown cells already for named ones to outnumber them.
            if strangers * 2 >= cells.count || strangers > cells.count - 3 { return nil }
            let text = cell.text
            guard let (field, fuzzy) = field(for: text.text) else {
                header.unknown.append(text)
                if text.text.unicodeScalars.count > 12 || ThaiMonth.parse(text.text) == nil { strangers += 1 }
                continue
            }
            if header.columns[field] != nil {
                header.duplicates.append((field, text))
                continue
            }
            header.columns[field] = cell.column
            header.headerText[field] = text
            if let fuzzy { header.fuzzy.append((text, fuzzy)) }
        }
        guard header.columns[.measure] != nil, header.columns.count >= 3, header.columns.count > strangers else { return nil }
        // Each header cell covers the columns up to the next header cell: a merge across, or the
        // blank cells after it in a text file (the last one up to a year of month columns).
        let starts = cells.map(\.column).sorted()
        for (i, cell) in cells.enumerated() {
            let next = i + 1 < starts.count ? starts[i + 1] : cell.column + 13
            header.spans[cell.column] = cell.span > 1 ? cell.span : next - cell.column
            header.lastColumn = max(header.lastColumn, cell.column + cell.span - 1)
        }
        return header
    }
}

/// Status words written as sub-column headers under ผลการดำเนินการ (a tick marks the row's status).
let statusHeaderWords: [(String, MeasureStatus)] = ([
    ("ยังไม่ถึงกำหนดดำเนินการ", .notYetDue), ("ยังไม่ถึงกำหนด", .notYetDue),
    ("ดำเนินการเรียบร้อยแล้ว", .done),
    ("ยังไม่ได้ดำเนินการ", .notStarted), ("ยังไม่ดำเนินการ", .notStarted), ("ไม่ได้ดำเนินการ", .notStarted),
    ("อยู่ระหว่างดำเนินการ", .inProgress), ("กำลังดำเนินการ", .inProgress), ("ระหว่างดำเนินการ", .inProgress),
    ("ดำเนินการแล้วเสร็จ", .done), ("ดำเนินการแล้ว", .done), ("แล้วเสร็จ", .done), ("เสร็จสิ้น", .done),
    ("ไม่เสร็จ", .inProgress), ("เสร็จ", .done), ("ไม่ดำเนินการ", .notStarted), ("ดำเนินการ", .done),
] as [(String, MeasureStatus)]).map { (ThaiCleanup.key($0.0), $0.1) }

/// Collects the body of one header block.
struct BlockBuilder {
    let sheet: String
    var header: RecognizedHeader
    var headerRows: [Int]
    let carryDown: [Field]
    var fieldOfColumn: [Int: Field]
    var rows: [LocatedTable.BodyRow] = []
    var lastRow: Int
    var lastColumn: Int
    var hasSubHeader = false
    /// Month sub-columns under the period group: column → the sub-header as written.
    var monthColumns: [(column: Int, header: String)] = []
    /// Status sub-columns under the result group: column → the status a mark there means.
    var statusColumns: [Int: (MeasureStatus, String)] = [:]

    init(sheet: String, header: RecognizedHeader, headerRow: Int, carryDown: [Field]) {
        self.sheet = sheet
        self.header = header
        self.headerRows = [headerRow]
        self.carryDown = carryDown
        self.fieldOfColumn = Dictionary(uniqueKeysWithValues: header.columns.map { ($0.value, $0.key) })
        self.lastRow = headerRow
        self.lastColumn = max(header.lastColumn, header.columns.values.max() ?? 1)
    }

    var measureColumn: Int { header.columns[.measure]! }

    /// Reads the row under the header as sub-headers when its cells sit under wider header groups
    /// and name months, statuses or template columns. Changes nothing and returns false otherwise.
    mutating func applySubHeader(_ cells: [RowCell], row: Int, index: HeaderIndex) -> Bool {
        guard cells.count >= 2 else { return false }
        // The header group each cell falls under.
        func group(of column: Int) -> (field: Field?, start: Int)? {
            for (start, span) in header.spans where span > 1 && start <= column && column < start + span {
                return (fieldOfColumn[start], start)
            }
            return nil
        }
        var months: [(Int, String)] = [], statuses: [Int: (MeasureStatus, String)] = [:]
        var fields: [(Field, Int, SourcedText)] = [], unknown: [RowCell] = []
        for cell in cells {
            guard group(of: cell.column) != nil else { return false }
            let key = ThaiCleanup.key(cell.text.text)
            if ThaiMonth.parse(cell.text.text) != nil || Self.monthWithYear(cell.text.text) {
                months.append((cell.column, cell.text.text))
            } else if let status = statusHeaderWords.first(where: { $0.0 == key })?.1 {
                statuses[cell.column] = (status, cell.text.text)
            } else if let (field, _) = index.field(for: cell.text.text) {
                fields.append((field, cell.column, cell.text))
            } else {
                unknown.append(cell)
            }
        }
        // Short labels under groups only ("หน่วยงานหลัก | หน่วยงานสนับสนุน" under ผู้รับผิดชอบ) split the group too.
        let labels = unknown.count >= 2 && unknown.allSatisfy { $0.text.text.unicodeScalars.count <= 30 && ItemNumber.leading(in: $0.text.text) == nil }
        guard months.count + statuses.count + fields.count >= 2 || months.count >= 1 && unknown.isEmpty || labels else { return false }
        hasSubHeader = true
        headerRows.append(row)
        monthColumns = months
        statusColumns = statuses
        // A group split into sub-columns: its field moves to the sub-column that names it, or to
        // the first sub-column that is neither a month nor a status; a group of months or marks only loses its column.
        var groupsSplit = Set<Int>()
        for cell in cells { if let g = group(of: cell.column) { groupsSplit.insert(g.start) } }
        for start in groupsSplit {
            let span = header.spans[start] ?? 1
            let inGroup = (start..<(start + span))
            guard let field = fieldOfColumn[start] else {
                // A repeated wording over marks only (the details column came first): a group, not a duplicate.
                if inGroup.allSatisfy({ c in c == start || statuses[c] != nil || months.contains { $0.0 == c } || !cells.contains { $0.column == c } }) {
                    header.duplicates.removeAll { $0.header.source.address.column == start }
                }
                continue
            }
            let named = fields.first { $0.0 == field && inGroup.contains($0.1) }?.1
            let plain = unknown.map(\.column).filter(inGroup.contains).min()
            let marked = inGroup.contains { c in monthColumns.contains { $0.column == c } || statuses[c] != nil }
            var target = named ?? plain ?? (marked ? nil : start)
            fieldOfColumn[start] = nil
            // Marks only (ผลการดำเนินการ over ดำเนินการแล้ว | อยู่ระหว่าง… | ยังไม่ได้…): the text of the
            // result is the column that repeats the field's wording (รายละเอียดผลการดำเนินการ) or a
            // details column beside it; the repeat is the field's own column, not a duplicate.
            if target == nil, marked, let text = Self.detailsColumn(for: field, header: &header) {
                target = text
            }
            if let target {
                header.columns[field] = target
                fieldOfColumn[target] = field
                // Further unnamed sub-columns of the group are the same field in parts (เชิงปริมาณ | เชิงคุณภาพ
                // under ผลการดำเนินงาน, หน่วยงานหลัก | หน่วยงานสนับสนุน under ผู้รับผิดชอบ): read together.
                if named == nil {
                    for c in unknown.map(\.column) where inGroup.contains(c) && c != target { fieldOfColumn[c] = field }
                }
            } else {
                // Months or marks only: the field is present (ticks stand for it), read from the sub-columns.
                header.columns[field] = start
            }
        }
        for (field, column, text) in fields where header.columns[field] == nil || header.columns[field] == column {
            header.columns[field] = column
            fieldOfColumn[column] = field
            if header.headerText[field] == nil { header.headerText[field] = text }
        }
        let used = Set(fieldOfColumn.keys)
        for cell in unknown where !used.contains(cell.column) { header.unknown.append(cell.text) }
        lastColumn = max(lastColumn, cells.map(\.column).max() ?? 0)
        return true
    }

    /// The column that carries a field's text when its group holds only marks: a repeat of the field
    /// (taken out of the duplicates) or, for the result, an unnamed details column (รายละเอียด…).
    static func detailsColumn(for field: Field, header: inout RecognizedHeader) -> Int? {
        if let i = header.duplicates.firstIndex(where: { $0.field == field }) {
            let repeated = header.duplicates.remove(at: i).header
            header.headerText[field] = repeated
            return repeated.source.address.column
        }
        guard field == .result,
              let i = header.unknown.firstIndex(where: { ThaiCleanup.key($0.text).hasPrefix("รายละเอียด") }) else { return nil }
        let details = header.unknown.remove(at: i)
        header.headerText[field] = details
        return details.source.address.column
    }

    /// "ต.ค. 63", "ม.ค.64": a month sub-header with its year.
    static func monthWithYear(_ text: String) -> Bool {
        let letters = text.filter { !($0.isNumber || $0 == " ") }
        return letters.count < text.count && ThaiMonth.parse(letters) != nil
    }

    /// Whether a row belongs to this table. A lone text in the measure column after a blank row,
    /// without an item number, is prose (a heading or a paragraph), not a measure; after a blank
    /// row, a row with nothing in the measure or number column is prose (a signature block).
    func accepts(_ cells: [RowCell], afterBlank: Bool) -> Bool {
        let inTable = cells.filter { fieldOfColumn[$0.column] != nil || isMark($0.column) }
        if afterBlank, !cells.contains(where: { $0.column == measureColumn || fieldOfColumn[$0.column] == .number }) { return false }
        if inTable.count >= 2 { return true }
        guard inTable.count == 1, cells.count == 1 else { return false }
        let cell = inTable[0]
        // A section heading merged across the table ("ด้านที่ 1 …") is not a measure.
        if cell.span >= 3 { return false }
        if cell.column != measureColumn { return !afterBlank && fieldOfColumn[cell.column] != .number }
        if ItemNumber.leading(in: cell.text.text) != nil { return true }
        return !afterBlank && !rows.isEmpty
    }

    /// Words that open a section heading inside a table.
    static let sectionWords = ["ด้านที่", "ด้าน", "มิติที่", "ประเด็นที่", "ส่วนที่", "หมวดที่", "หมวด", "ยุทธศาสตร์ที่", "ตัวชี้วัดที่", "องค์ประกอบที่",
                               "มาตรการที่", "กิจกรรมที่", "แนวทางที่", "เป้าหมายที่"]

    /// A lone cell that heads a group of rows: it opens with a section word, or it sits in the number
    /// column (before the measure's) and is words, not a number.
    func isSectionHeading(_ cell: RowCell, afterBlank: Bool) -> Bool {
        let text = cell.text.text.trimmingCharacters(in: .whitespaces)
        if ItemNumber.leading(in: text) != nil { return false }
        if Self.sectionWords.contains(where: { text.hasPrefix($0) }) { return true }
        return !afterBlank && cell.column < measureColumn && fieldOfColumn[cell.column] == .number
            && text.unicodeScalars.count > 6 && !text.contains(where: \.isNumber)
    }

    /// Whether a cell under a month or status sub-column marks it: anything but a dash, a cross or 0.
    static func isTick(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return !t.isEmpty && !["-", "–", "✗", "✘", "0", "๐"].contains(t)
    }

    func isMark(_ column: Int) -> Bool { statusColumns[column] != nil || monthColumns.contains { $0.column == column } }

    mutating func add(row: Int, cells: [RowCell]) {
        var byField: [Field: SourcedText] = [:]
        var marks: [(Int, SourcedText)] = []
        for cell in cells {
            if let field = fieldOfColumn[cell.column] {
                // A field in parts (several sub-columns): their texts joined, the first written cell its place.
                if let first = byField[field], !first.isBlank, cell.text.carriedFrom == nil {
                    if !cell.text.isBlank { byField[field]!.text += "\n" + cell.text.text }
                } else {
                    byField[field] = cell.text
                }
            } else if isMark(cell.column), cell.text.carriedFrom == nil, Self.isTick(cell.text.text) {
                marks.append((cell.column, cell.text))
            }
        }
        synthesizeFromMarks(marks, into: &byField)
        lastRow = row
        lastColumn = max(lastColumn, cells.map(\.column).max() ?? 0)
        let measureCell = byField[.measure]
        // A measure cell merged down from the row above continues that measure.
        let mergedMeasure = measureCell?.carriedFrom != nil && rows.last?.cells[.measure]?.source == measureCell?.carriedFrom
        let startsMeasure = !mergedMeasure && (measureCell.map { !$0.isBlank } ?? false)
            && (rows.isEmpty || byField.count > 1 || ItemNumber.leading(in: measureCell!.text) != nil)
        if !startsMeasure, var previous = rows.popLast() {
            // A continuation row: the measure's cells went on below.
            for (field, text) in byField {
                if text.carriedFrom != nil, previous.cells[field] != nil { continue }
                if var existing = previous.cells[field], existing.carriedFrom == nil {
                    existing.text += "\n" + text.text
                    previous.cells[field] = existing
                } else {
                    previous.cells[field] = text
                }
            }
            rows.append(previous)
            return
        }
        if let previous = rows.last {
            for field in carryDown where byField[field]?.isBlank ?? true {
                guard let above = previous.cells[field], !above.isBlank,
                      let column = header.columns[field] else { continue }
                byField[field] = SourcedText(text: above.text, source: SourceRef(sheet: sheet, address: CellAddress(row: row, column: column)),
                                             carriedFrom: above.carriedFrom ?? above.source)
            }
        }
        rows.append(LocatedTable.BodyRow(row: row, cells: byField))
    }

    /// Ticks under month sub-columns give the period ("ม.ค. - มี.ค.", from the first to the last
    /// ticked month in fiscal-year order); a tick under a status sub-column gives the status.
    func synthesizeFromMarks(_ marks: [(Int, SourcedText)], into byField: inout [Field: SourcedText]) {
        guard !marks.isEmpty else { return }
        if byField[.period] == nil {
            let ticked = monthColumns.filter { month in marks.contains { $0.0 == month.column } }
            if let first = ticked.first, let last = ticked.last, let source = marks.first(where: { $0.0 == first.column })?.1.source {
                let text = first.column == last.column ? first.header : "\(first.header) - \(last.header)"
                byField[.period] = SourcedText(text: text, source: source)
            }
        }
        if let mark = marks.first(where: { statusColumns[$0.0] != nil }) {
            let said = SourcedText(text: statusColumns[mark.0]!.1, source: mark.1.source)
            if byField[.status] == nil { byField[.status] = said }
            // A result told only by a tick: the ticked status is what the row reports.
            if let column = header.columns[.result], fieldOfColumn[column] == nil, byField[.result] == nil { byField[.result] = said }
        }
    }

    func build() -> LocatedTable? {
        let kind: TableKind = header.columns[.result] != nil || !statusColumns.isEmpty ? .results : .plan
        let firstColumn = min(header.columns.values.min() ?? 1, header.spans.keys.min() ?? 1)
        return LocatedTable(
            kind: kind, sheet: sheet,
            range: CellRange(start: CellAddress(row: headerRows[0], column: firstColumn), end: CellAddress(row: max(lastRow, headerRows.last!), column: lastColumn)),
            headerRows: headerRows, columns: header.columns, headerText: header.headerText,
            unknownColumns: header.unknown, duplicateColumns: header.duplicates, fuzzyHeaders: header.fuzzy,
            bodyRows: rows)
    }
}
