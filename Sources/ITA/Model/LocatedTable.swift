import Sheets

/// A table found in a sheet, with its header rows (several when the header is repeated) and column mapping.
public struct LocatedTable: Sendable {
    /// A plan or a results table.
    public var kind: TableKind
    /// The sheet the table starts on.
    public var sheet: String
    /// The cells it covers on that sheet, header included.
    public var range: CellRange
    /// The header rows (several when the header is repeated).
    public var headerRows: [Int]
    /// The column of each understood field.
    public var columns: [Field: Int]
    /// The header wording as written, per field (of the first header row that had it).
    public var headerText: [Field: SourcedText]
    /// Header cells no template column matched (kept, reported as extra columns).
    public var unknownColumns: [SourcedText]
    /// Header cells that repeat a field already mapped in the same header row.
    public var duplicateColumns: [(field: Field, header: SourcedText)]
    /// Header cells matched only approximately (damaged text), with the wording they matched.
    public var fuzzyHeaders: [(header: SourcedText, matched: String)]
    /// One entry per measure: its cells by field, continuation rows already joined, values
    /// written once for a group already carried down.
    public var bodyRows: [BodyRow]
    /// Further parts of the same table on the following sheets (the header repeated on each), in order.
    public var continuedOn: [SheetRange] = []

    /// A located table with every part given (`TableLocator` finds them in a workbook).
    public init(kind: TableKind, sheet: String, range: CellRange, headerRows: [Int], columns: [Field: Int],
                headerText: [Field: SourcedText] = [:], unknownColumns: [SourcedText] = [],
                duplicateColumns: [(field: Field, header: SourcedText)] = [], fuzzyHeaders: [(header: SourcedText, matched: String)] = [],
                bodyRows: [BodyRow], continuedOn: [SheetRange] = []) {
        self.kind = kind
        self.sheet = sheet
        self.range = range
        self.headerRows = headerRows
        self.columns = columns
        self.headerText = headerText
        self.unknownColumns = unknownColumns
        self.duplicateColumns = duplicateColumns
        self.fuzzyHeaders = fuzzyHeaders
        self.bodyRows = bodyRows
        self.continuedOn = continuedOn
    }

    /// Every place the table occupies: its first sheet and range, then its continuations.
    public var parts: [SheetRange] { [SheetRange(sheet: sheet, range: range)] + continuedOn }

    /// Whether a cell lies inside the table (on any of its sheets).
    public func contains(_ place: SourceRef) -> Bool {
        parts.contains { $0.sheet == place.sheet && $0.range.contains(place.address) }
    }

    /// One measure's cells, by field, from the row it starts on.
    public struct BodyRow: Sendable {
        /// The row the measure starts on.
        public var row: Int
        /// Its cells by field, continuation rows joined.
        public var cells: [Field: SourcedText]

        /// A body row: the measure's first row and its cells by field.
        public init(row: Int, cells: [Field: SourcedText]) {
            self.row = row
            self.cells = cells
        }
    }
}
