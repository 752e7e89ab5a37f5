/// Where a reader streams a sheet's cells, one at a time, top to bottom and left to right:
/// every writer (`CSVWriter`, `JSONWriter`, `XLSXSheetSink`) is one, so any reader
/// (`SpreadsheetSource.stream(sheetAt:fillMerged:into:progress:)`, `XLSXReader.stream(sheetAt:into:progress:)`,
/// `CSVReader.stream(path:options:into:progress:)`) feeds any writer with no grid, `Row` or
/// `String` per cell in between.
///
/// ```swift
/// let source = try SpreadsheetSource(path: "plan.xlsx")
/// var writer = try CSVWriter(output: BufferedOutput(fileDescriptor: 1, path: "standard output"))
/// try source.stream(sheetAt: source.firstVisibleSheet(), into: &writer)
/// try writer.finish()
/// ```
public protocol CellSink {
    /// A text cell: non-empty, valid UTF-8 bytes, valid only during the call. `plain` says what
    /// the bytes are known to leave out (`[]`: nothing known, the sink looks).
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, plain: PlainText, row: Int, column: Int) throws(SheetsError)
    /// Any other cell: a number, date, duration, boolean or error (or text a reader holds as a `String`).
    mutating func value(_ value: CellValue, row: Int, column: Int) throws(SheetsError)
    /// The end of a row that had at least one cell.
    mutating func endRow(_ row: Int) throws(SheetsError)
    /// A whole row, from a source that holds the sheet in memory (a Word document, `--fill-merged`).
    /// By default its cells go to `value(_:row:column:)`, then `endRow(_:)`.
    mutating func write(_ row: Row) throws(SheetsError)
    /// The delimiter for which a delimited-text reader marks a field `PlainText.unquotedField`
    /// (nil: the sink has no use for the mark).
    var plainDelimiter: UInt8? { get }
    /// True when a delimited-text reader should mark fields `PlainText.json` instead.
    static var plainForJSON: Bool { get }
}

extension CellSink {
    /// Each cell to `value(_:row:column:)`, then `endRow(_:)` when the row had any.
    public mutating func write(_ row: Row) throws(SheetsError) {
        for cell in row.cells { try value(cell.value, row: cell.address.row, column: cell.address.column) }
        if !row.cells.isEmpty { try endRow(row.index) }
    }

    /// No use for the mark.
    public var plainDelimiter: UInt8? { nil }
    /// No use for the mark.
    public static var plainForJSON: Bool { false }
}
