import Sheets
import ThaiText

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
