/// Where `XLSXSheetParser` puts the cells it reads, one at a time, left to right and top to
/// bottom: the `Row` builder (`XLSXRowSink`), or any `CellSink` (`XLSXCellFeed`) such as a
/// writer that writes each cell as it comes, text straight from its bytes. It is `CellSink`
/// with the shared-string index, which only the `Row` builder needs.
protocol XLSXCellSink {
    /// A text cell: non-empty UTF-8, already checked and with `_xHHHH_` escapes decoded, valid
    /// only during the call. `shared` is the shared-string index, or -1 for inline text and
    /// formula strings. `plain` says what the bytes leave out (`[]` when not known: inline text).
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, shared: Int, plain: PlainText, row: Int, column: Int) throws(SheetsError)
    /// Any other cell: a number, date, duration, boolean, error, or (rarely) the text of a
    /// `t="d"` cell that is no date.
    mutating func value(_ value: CellValue, row: Int, column: Int) throws(SheetsError)
    /// The end of a row that had at least one cell.
    mutating func endRow(_ row: Int) throws(SheetsError)
}

/// The `Row` path: a `Cell` per cell, a `Row` per row that has any. A shared string becomes a
/// `String` once (`SharedStringCache`), shared by every cell that shows it.
struct XLSXRowSink: XLSXCellSink {
    let cache: SharedStringCache
    let deliver: (Row) throws(SheetsError) -> Void
    /// The current row's cells; the storage is reused from row to row.
    var cells: [Cell] = []

    init(cache: SharedStringCache, deliver: @escaping (Row) throws(SheetsError) -> Void) {
        self.cache = cache
        self.deliver = deliver
        cells.reserveCapacity(64)
    }

    @inline(__always)
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, shared: Int, plain: PlainText, row: Int, column: Int) throws(SheetsError) {
        let s = shared >= 0 ? cache.string(at: shared, bytes: bytes) : String(decoding: bytes, as: UTF8.self)
        cells.append(Cell(CellAddress(row: row, column: column), .string(s)))
    }

    @inline(__always)
    mutating func value(_ value: CellValue, row: Int, column: Int) throws(SheetsError) {
        cells.append(Cell(CellAddress(row: row, column: column), value))
    }

    mutating func endRow(_ row: Int) throws(SheetsError) {
        try deliver(Row(index: row, cells: cells))
        cells.removeAll(keepingCapacity: true)
    }
}

/// A `CellSink` fed by the sheet parser, with a progress callback every 1,024 rows.
struct XLSXCellFeed<Sink: CellSink>: XLSXCellSink {
    var sink: Sink
    let progress: ((Int) -> Void)?
    var rows = 0

    @inline(__always)
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, shared: Int, plain: PlainText, row: Int, column: Int) throws(SheetsError) {
        try sink.text(bytes, plain: plain, row: row, column: column)
    }

    @inline(__always)
    mutating func value(_ value: CellValue, row: Int, column: Int) throws(SheetsError) {
        try sink.value(value, row: row, column: column)
    }

    @inline(__always)
    mutating func endRow(_ row: Int) throws(SheetsError) {
        try sink.endRow(row)
        rows += 1
        if rows & 1023 == 0, let progress { progress(rows) }
    }
}
