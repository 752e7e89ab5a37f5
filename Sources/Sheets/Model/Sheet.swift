/// One cell with its place.
public struct Cell: Hashable, Sendable {
    /// Where the cell is.
    public var address: CellAddress
    /// What the cell holds, as the file holds it.
    public var value: CellValue

    /// A cell holding `value` at `address`.
    public init(_ address: CellAddress, _ value: CellValue) {
        self.address = address
        self.value = value
    }
}

/// One row as a reader streams it: its 1-based index and its non-empty cells, left to right.
public struct Row: Hashable, Sendable {
    /// The 1-based row number.
    public var index: Int
    /// The row's non-empty cells, in column order.
    public var cells: [Cell]

    /// Row `index` with `cells` (non-empty, in column order).
    public init(index: Int, cells: [Cell]) {
        self.index = index
        self.cells = cells
    }
}

/// Whether a sheet shows in the office program's tab bar.
public enum SheetState: String, Sendable, Codable {
    /// Shown in the tab bar.
    case visible
    /// Hidden; the user can show it again from the office program's menu.
    case hidden
    /// Hidden so that only a macro or a program can show it again (Excel's `veryHidden`).
    case veryHidden
}

/// A grid of cells, or a sheet that only holds a chart (listed, with no cells).
public enum SheetKind: String, Sendable, Codable {
    /// A grid of cells.
    case worksheet
    /// A sheet that holds one chart and no cells.
    case chartsheet
    /// Any other kind of sheet (a dialog or macro sheet), listed without cells.
    case other
}

/// A sheet held whole: sparse cells in row-major order, plus its merged ranges.
public struct Sheet: Sendable {
    /// The sheet's name as the tab shows it (for a text file, the file's name without extension).
    public var name: String
    /// Whether the sheet is visible or hidden.
    public var state: SheetState
    /// A worksheet, or a sheet that holds only a chart.
    public var kind: SheetKind = .worksheet
    /// The rows that have at least one cell, in increasing order.
    public private(set) var rows: [Row]
    /// The merged ranges, as the file lists them.
    public var merged: [CellRange]
    /// For a sheet read from a paged document (PDF), where each row was printed: a PDF has no
    /// cells, so a finding names the page and the row instead.
    public var pages: [Int: PagePlace] = [:]
    private var rowPosition: [Int: Int] = [:]

    /// A sheet named `name` with `rows` (in increasing order) and `merged` ranges.
    public init(name: String, state: SheetState = .visible, rows: [Row] = [], merged: [CellRange] = []) {
        self.name = name
        self.state = state
        self.rows = []
        self.merged = merged
        for row in rows { append(row) }
    }

    /// Adds a row below the others; rows must come in increasing order, as readers stream them.
    public mutating func append(_ row: Row) {
        precondition(rows.last.map { $0.index < row.index } ?? true, "rows must be appended in order")
        rowPosition[row.index] = rows.count
        rows.append(row)
    }

    /// The number of non-empty cells.
    public var cellCount: Int { rows.reduce(0) { $0 + $1.cells.count } }
    /// The index of the last row with a cell; 0 for an empty sheet.
    public var lastRow: Int { rows.last?.index ?? 0 }
    /// The rightmost column with a cell in any row; 0 for an empty sheet.
    public var lastColumn: Int { rows.map { $0.cells.last?.address.column ?? 0 }.max() ?? 0 }

    /// The row of 1-based `index`, if it has any cell.
    public func row(_ index: Int) -> Row? {
        rowPosition[index].map { rows[$0] }
    }

    /// The value at `address`, if the cell is not empty.
    public subscript(address: CellAddress) -> CellValue? {
        guard let row = row(address.row) else { return nil }
        return row.cells.first { $0.address.column == address.column }?.value
    }

    /// A copy in which every merged range's first value is repeated in each of its cells.
    public func fillingMerged() -> Sheet {
        guard !merged.isEmpty else { return self }
        var grid: [CellAddress: CellValue] = [:]
        for row in rows { for cell in row.cells { grid[cell.address] = cell.value } }
        for range in merged {
            guard let value = grid[range.start] else { continue }
            for r in range.start.row...range.end.row {
                for c in range.start.column...range.end.column { grid[CellAddress(row: r, column: c)] = value }
            }
        }
        let byRow = Dictionary(grouping: grid.map { Cell($0.key, $0.value) }, by: \.address.row)
        let filled = byRow.keys.sorted().map { Row(index: $0, cells: byRow[$0]!.sorted { $0.address < $1.address }) }
        return Sheet(name: name, state: state, rows: filled, merged: merged)
    }
}
