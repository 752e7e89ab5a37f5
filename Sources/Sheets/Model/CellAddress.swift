/// A cell's place in a sheet: 1-based row and column, printed in A1 style (`C7`).
public struct CellAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Excel's limits: 1,048,576 rows × 16,384 columns (XFD).
    public static let maxRow = 1_048_576
    /// The last column Excel allows (XFD).
    public static let maxColumn = 16_384

    /// The 1-based row number.
    public var row: Int
    /// The 1-based column number (A is 1).
    public var column: Int

    /// The cell at `row` and `column`, both 1-based; not checked against Excel's limits.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `A1`, `xfd1048576` or `$C$7`; nil when malformed or past Excel's limits.
    public init?(a1 text: some StringProtocol) {
        var column = 0, row = 0, sawLetter = false, sawDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard !sawDigit else { return nil }
                sawLetter = true
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                guard column <= Self.maxColumn else { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard sawLetter else { return nil }
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                guard row <= Self.maxRow else { return nil }
            default:
                return nil
            }
        }
        guard sawLetter, sawDigit, row >= 1 else { return nil }
        self.init(row: row, column: column)
    }

    /// `A`, `Z`, `AA`, … for a 1-based column number.
    public static func columnName(_ column: Int) -> String {
        var n = column, letters: [UInt8] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(r))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// The column's letters: `C` for column 3.
    public var columnName: String { Self.columnName(column) }
    /// The address in A1 style: `C7`.
    public var a1: String { columnName + String(row) }
    /// The address in A1 style, as `a1`.
    public var description: String { a1 }
    /// True when the row and the column are within Excel's limits (1-based, at most `maxRow` and `maxColumn`).
    public var isWithinExcelLimits: Bool {
        (1...Self.maxRow).contains(row) && (1...Self.maxColumn).contains(column)
    }

    /// Orders addresses row by row, then column by column (reading order).
    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// A rectangle of cells, inclusive at both ends (`E2:E7`).
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// The top-left cell.
    public var start: CellAddress
    /// The bottom-right cell (the same as `start` for a single cell).
    public var end: CellAddress

    /// The range from `start` (top left) to `end` (bottom right).
    public init(start: CellAddress, end: CellAddress) {
        self.start = CellAddress(row: min(start.row, end.row), column: min(start.column, end.column))
        self.end = CellAddress(row: max(start.row, end.row), column: max(start.column, end.column))
    }

    /// Parses `A1:C3` or a single `B2`.
    public init?(a1 text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              let first = CellAddress(a1: parts[0]),
              let last = CellAddress(a1: parts[parts.count - 1]) else { return nil }
        self.init(start: first, end: last)
    }

    /// `B2:D5`, or `B2` for a single cell.
    public var a1: String { start == end ? start.a1 : "\(start.a1):\(end.a1)" }
    /// The range in A1 style, as `a1`.
    public var description: String { a1 }
    /// The number of rows the range spans.
    public var rowCount: Int { end.row - start.row + 1 }
    /// The number of columns the range spans.
    public var columnCount: Int { end.column - start.column + 1 }
    /// The number of cells the range covers.
    public var cellCount: Int { rowCount * columnCount }

    /// True when `address` lies inside the range.
    public func contains(_ address: CellAddress) -> Bool {
        (start.row...end.row).contains(address.row) && (start.column...end.column).contains(address.column)
    }

    /// True when the two ranges share at least one cell.
    public func overlaps(_ other: CellRange) -> Bool {
        start.row <= other.end.row && other.start.row <= end.row
            && start.column <= other.end.column && other.start.column <= end.column
    }
}
