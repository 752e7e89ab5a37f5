extension XLSXWriter {
    /// A `CellSink` that writes the cells a reader streams into `sheet` (rows in order, as
    /// constant-memory mode needs), row 1 in `firstRowStyle` (a header). The sink writes through
    /// this writer: use it before `close()`.
    public func cellSink(for sheet: SheetHandle, firstRowStyle: CellStyle? = nil) -> XLSXSheetSink {
        XLSXSheetSink(state: state, sheet: sheet, firstRowStyle: firstRowStyle)
    }
}

/// Streamed cells into one sheet of an `XLSXWriter` (`XLSXWriter.cellSink(for:firstRowStyle:)`):
/// text as text, other values as `XLSXWriter.write(_:at:in:style:)` writes them. An error names
/// the output and the cell.
public struct XLSXSheetSink: CellSink {
    let state: WriterState
    let sheet: SheetHandle
    let firstRowStyle: CellStyle?

    /// A text cell, written as text.
    public mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, plain: PlainText, row: Int, column: Int) throws(SheetsError) {
        try value(.string(String(decoding: bytes, as: UTF8.self)), row: row, column: column)
    }

    /// Any other cell.
    public mutating func value(_ value: CellValue, row: Int, column: Int) throws(SheetsError) {
        guard state.workbook != nil else {
            throw SheetsError(.invalidArgument, "the workbook is closed; cells cannot be written to it", path: state.path)
        }
        let address = CellAddress(row: row, column: column)
        do throws(SheetsError) {
            try state.write(value, at: address, in: sheet, style: row == 1 ? firstRowStyle : nil)
        } catch {
            var e = error
            if e.path == nil { e.path = state.path }
            if e.address == nil { e.address = address }
            throw e
        }
    }

    /// Nothing to do: rows are flushed as later rows are written.
    public mutating func endRow(_ row: Int) throws(SheetsError) {}
}
