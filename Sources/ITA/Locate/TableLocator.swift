import Sheets
import ThaiText

/// Finds the plan and results tables in a workbook: header rows recognized by the template's
/// column wordings, bodies up to the next prose, repeated header blocks of the same kind joined
/// into one table, continuation rows joined to their measure, group values carried down.
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

    public func locate(in workbook: Workbook) -> Result {
        var tables: [LocatedTable] = []
        var prose: [SourcedText] = []
        // Formats without merge information (text, CSV) flatten a vertical merge to one written cell.
        let carryDownGuess = workbook.format != .xlsx
        for sheet in workbook.sheets where sheet.state == .visible {
            let found = locate(in: sheet.merged.isEmpty ? sheet : sheet.fillingMerged(), carryDownGuess: carryDownGuess)
            tables += found.tables
            prose += found.prose
        }
        return Result(tables: tables, prose: prose)
    }

    private func locate(in sheet: Sheet, carryDownGuess: Bool) -> Result {
        var blocks: [LocatedTable] = []
        var prose: [SourcedText] = []
        var current: BlockBuilder?
        var previousRowBlank = true

        func finish() {
            if let block = current?.build() { blocks.append(block) }
            current = nil
        }

        var rowIndex = 0
        let rows = sheet.rows
        var expectedRow = rows.first?.index ?? 1
        while rowIndex < rows.count {
            let row = rows[rowIndex]
            defer { rowIndex += 1 }
            if row.index > expectedRow { previousRowBlank = true }
            expectedRow = row.index + 1
            let cells = row.cells.compactMap { cell -> (Int, SourcedText)? in
                let text = cell.value.displayText
                guard !text.allSatisfy(\.isWhitespace) else { return nil }
                return (cell.address.column, SourcedText(text: text, source: SourceRef(sheet: sheet.name, address: cell.address)))
            }
            if cells.isEmpty {
                previousRowBlank = true
                continue
            }
            if let header = headerIndex.header(of: cells) {
                finish()
                current = BlockBuilder(sheet: sheet.name, header: header, headerRow: row.index,
                                       carryDown: carryDownGuess ? template.columns.filter(\.carryDown).map(\.field) : [])
                previousRowBlank = false
                continue
            }
            if var block = current, block.accepts(cells, afterBlank: previousRowBlank) {
                block.add(row: row.index, cells: cells)
                current = block
            } else {
                finish()
                let text = cells.map(\.1.text).joined(separator: " ")
                prose.append(SourcedText(text: text, source: cells[0].1.source))
            }
            previousRowBlank = false
        }
        finish()
        return Result(tables: Self.joinRepeatedHeaders(blocks), prose: prose)
    }

    /// Blocks of the same kind and fields that follow each other (a table continued under a
    /// repeated, possibly differently worded header, with prose between) become one table.
    static func joinRepeatedHeaders(_ blocks: [LocatedTable]) -> [LocatedTable] {
        var joined: [LocatedTable] = []
        for block in blocks {
            if var last = joined.last, last.kind == block.kind, last.sheet == block.sheet,
               Set(last.columns.keys).isSuperset(of: block.columns.keys.filter { $0 != .number })
                   || Set(block.columns.keys).isSuperset(of: last.columns.keys.filter { $0 != .number }) {
                last.range = CellRange(start: CellAddress(row: last.range.start.row, column: min(last.range.start.column, block.range.start.column)),
                                       end: CellAddress(row: block.range.end.row, column: max(last.range.end.column, block.range.end.column)))
                last.headerRows += block.headerRows
                last.bodyRows += block.bodyRows
                last.unknownColumns += block.unknownColumns
                last.duplicateColumns += block.duplicateColumns
                last.fuzzyHeaders += block.fuzzyHeaders
                for (field, text) in block.headerText where last.headerText[field] == nil { last.headerText[field] = text }
                for (field, column) in block.columns where last.columns[field] == nil { last.columns[field] = column }
                joined[joined.count - 1] = last
            } else {
                joined.append(block)
            }
        }
        return joined
    }
}

/// A header row recognized by the template.
struct RecognizedHeader {
    var columns: [Field: Int]
    var headerText: [Field: SourcedText]
    var unknown: [SourcedText]
    var duplicates: [(field: Field, header: SourcedText)]
    var fuzzy: [(header: SourcedText, matched: String)]
}

/// The template's header wordings, as cleanup keys, for fast lookup.
struct HeaderIndex: Sendable {
    private var exact: [String: Field] = [:]
    private var wordings: [(key: String, field: Field, text: String)] = []

    init(template: Template) {
        for column in template.columns {
            for header in column.headers {
                let key = ThaiCleanup.key(header)
                if exact[key] == nil { exact[key] = column.field }
                wordings.append((key, column.field, header))
            }
        }
        // Longest first, so that a prefix match prefers "ขั้นตอนและวิธีการ" over "ขั้นตอน".
        wordings.sort { $0.key.count > $1.key.count }
    }

    /// The field a header cell names: exact key, a known wording followed by a short qualifier
    /// ("ผู้รับผิดชอบ (หน่วยงาน)"), or a near spelling of damaged text ("ดาเนินงาน").
    func field(for text: String) -> (field: Field, fuzzyMatch: String?)? {
        let key = ThaiCleanup.key(text)
        guard !key.isEmpty, key.count <= 60 else { return nil }
        if let field = exact[key] { return (field, nil) }
        for wording in wordings where key.count - wording.key.count <= 12 && wording.key.count >= 4 && key.hasPrefix(wording.key) {
            return (wording.field, nil)
        }
        var best: (field: Field, text: String, distance: Int)?
        for wording in wordings where wording.key.count >= 6 && abs(wording.key.count - key.count) <= 2 {
            let distance = TextSimilarity.editDistance(key, wording.key)
            if distance <= max(1, wording.key.count / 8), distance < (best?.distance ?? .max) {
                best = (wording.field, wording.text, distance)
            }
        }
        return best.map { ($0.field, $0.text) }
    }

    /// A row is a header when at least three cells name distinct fields, the measure among them.
    func header(of cells: [(Int, SourcedText)]) -> RecognizedHeader? {
        guard cells.count >= 3 else { return nil }
        var header = RecognizedHeader(columns: [:], headerText: [:], unknown: [], duplicates: [], fuzzy: [])
        for (column, text) in cells {
            guard let (field, fuzzy) = field(for: text.text) else {
                header.unknown.append(text)
                continue
            }
            if header.columns[field] != nil {
                header.duplicates.append((field, text))
                continue
            }
            header.columns[field] = column
            header.headerText[field] = text
            if let fuzzy { header.fuzzy.append((text, fuzzy)) }
        }
        guard header.columns[.measure] != nil, header.columns.count >= 3 else { return nil }
        return header
    }
}

/// Collects the body of one header block.
private struct BlockBuilder {
    let sheet: String
    let header: RecognizedHeader
    let headerRow: Int
    let carryDown: [Field]
    let fieldOfColumn: [Int: Field]
    var rows: [LocatedTable.BodyRow] = []
    var lastRow: Int
    var lastColumn: Int

    init(sheet: String, header: RecognizedHeader, headerRow: Int, carryDown: [Field]) {
        self.sheet = sheet
        self.header = header
        self.headerRow = headerRow
        self.carryDown = carryDown
        self.fieldOfColumn = Dictionary(uniqueKeysWithValues: header.columns.map { ($0.value, $0.key) })
        self.lastRow = headerRow
        self.lastColumn = (header.columns.values.max() ?? 1)
    }

    var measureColumn: Int { header.columns[.measure]! }

    /// Whether a row belongs to this table. A lone text in the measure column after a blank row,
    /// without an item number, is prose (a heading or a paragraph), not a measure.
    func accepts(_ cells: [(Int, SourcedText)], afterBlank: Bool) -> Bool {
        let inTable = cells.filter { fieldOfColumn[$0.0] != nil }
        if inTable.count >= 2 { return true }
        guard inTable.count == 1, cells.count == 1 else { return false }
        let (column, text) = inTable[0]
        if column != measureColumn { return !afterBlank }
        if ItemNumber.leading(in: text.text) != nil { return true }
        return !afterBlank && !rows.isEmpty
    }

    mutating func add(row: Int, cells: [(Int, SourcedText)]) {
        var byField: [Field: SourcedText] = [:]
        for (column, text) in cells {
            guard let field = fieldOfColumn[column] else { continue }
            byField[field] = text
        }
        lastRow = row
        lastColumn = max(lastColumn, cells.map(\.0).max() ?? 0)
        let startsMeasure = byField[.measure].map { !$0.isBlank } ?? false
            && (rows.isEmpty || byField.count > 1 || ItemNumber.leading(in: byField[.measure]!.text) != nil)
        if !startsMeasure, var previous = rows.popLast() {
            // A continuation row: the measure's cells went on below.
            for (field, text) in byField {
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

    func build() -> LocatedTable? {
        let kind: TableKind = header.columns[.result] != nil ? .results : .plan
        let firstColumn = header.columns.values.min() ?? 1
        return LocatedTable(
            kind: kind, sheet: sheet,
            range: CellRange(start: CellAddress(row: headerRow, column: firstColumn), end: CellAddress(row: lastRow, column: lastColumn)),
            headerRows: [headerRow], columns: header.columns, headerText: header.headerText,
            unknownColumns: header.unknown, duplicateColumns: header.duplicates, fuzzyHeaders: header.fuzzy,
            bodyRows: rows)
    }
}
