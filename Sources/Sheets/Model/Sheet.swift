/// One cell with its place.
public struct Cell: Hashable, Sendable {
    public var address: CellAddress
    public var value: CellValue

    public init(_ address: CellAddress, _ value: CellValue) {
        self.address = address
        self.value = value
    }
}

/// One row as a reader streams it: its 1-based index and its non-empty cells, left to right.
public struct Row: Hashable, Sendable {
    public var index: Int
    public var cells: [Cell]

    public init(index: Int, cells: [Cell]) {
        self.index = index
        self.cells = cells
    }
}

/// Whether a sheet shows in the office program's tab bar.
public enum SheetState: String, Sendable, Codable {
    case visible, hidden, veryHidden
}

/// A grid of cells, or a sheet that only holds a chart (listed, with no cells).
public enum SheetKind: String, Sendable, Codable {
    case worksheet, chartsheet, other
}

/// A sheet held whole: sparse cells in row-major order, plus its merged ranges.
public struct Sheet: Sendable {
    public var name: String
    public var state: SheetState
    public var kind: SheetKind = .worksheet
    public private(set) var rows: [Row]
    public var merged: [CellRange]
    /// For a sheet read from a paged document (PDF), where each row was printed: a PDF has no
    /// cells, so a finding names the page and the row instead.
    public var pages: [Int: PagePlace] = [:]
    private var rowPosition: [Int: Int] = [:]

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

    public var cellCount: Int { rows.reduce(0) { $0 + $1.cells.count } }
    public var lastRow: Int { rows.last?.index ?? 0 }
    public var lastColumn: Int { rows.map { $0.cells.last?.address.column ?? 0 }.max() ?? 0 }

    public func row(_ index: Int) -> Row? {
        rowPosition[index].map { rows[$0] }
    }

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
