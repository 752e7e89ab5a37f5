/// A table laid out on one page: its cells' texts by row and column, and its vertical merges.
struct LaidTable: Sendable {
    /// Left edges of the columns, then the right edge of the last (points, or character columns for text).
    var edges: [Double]
    /// Top and bottom of the table on its page.
    var top: Double
    var bottom: Double
    /// Each row's cells: column index (0-based) → text. Rows without any text are left out.
    var rows: [[Int: String]]
    /// Cells written once for several rows: (first row, last row, column), indices into `rows`.
    var merges: [(first: Int, last: Int, column: Int)] = []
    /// The page each row starts on (1-based), set once the page is known.
    var rowPages: [Int] = []

    var columnCount: Int { edges.count - 1 }

    /// Removes the first row (a repeated header, or a row already joined to the page before).
    mutating func dropFirstRow() {
        guard !rows.isEmpty else { return }
        rows.removeFirst()
        if !rowPages.isEmpty { rowPages.removeFirst() }
        merges = merges.compactMap { $0.last >= 1 ? (max($0.first - 1, 0), $0.last - 1, $0.column) : nil }
    }
}
