/// Writes one sheet as delimited UTF-8 text, row by row, through a `BufferedOutput`.
///
/// Fields are quoted only when they hold the delimiter, `"`, CR or LF (quotes doubled inside).
/// Values print as `CellValue.plainText`: text as is, numbers in the shortest round-trip form,
/// dates ISO 8601, durations `[-]H:MM:SS[.fff]`, `TRUE`/`FALSE`, error literals. Missing rows become
/// empty lines and missing cells empty fields, so every cell keeps its row and column.
public struct CSVWriter {
    /// How lines end: CR LF (Excel, RFC 4180) or LF alone.
    public enum LineEnding: Sendable {
        /// CR LF, as Excel writes and RFC 4180 asks.
        case crlf
        /// LF alone, as Unix tools write.
        case lf
    }

    /// How the CSV is written: delimiter, byte-order mark, line ends and row width.
    public struct Options: Sendable {
        /// An ASCII byte other than `"`, CR, LF and NUL.
        public var delimiter: UInt8
        /// Start with a UTF-8 BOM, which Excel needs to read UTF-8 CSV correctly.
        public var byteOrderMark: Bool
        /// CRLF by default, as Excel and RFC 4180 write.
        public var lineEnding: LineEnding
        /// Pad every row with empty fields to this many, as Excel does; nil writes each row
        /// up to its last cell.
        public var columnCount: Int?

        /// Options with the given choices; the defaults are Excel's CSV (comma, no BOM, CRLF).
        public init(delimiter: UInt8 = UInt8(ascii: ","), byteOrderMark: Bool = false,
                    lineEnding: LineEnding = .crlf, columnCount: Int? = nil) {
            self.delimiter = delimiter
            self.byteOrderMark = byteOrderMark
            self.lineEnding = lineEnding
            self.columnCount = columnCount
        }
    }

    /// Where the bytes go.
    public let output: BufferedOutput
    /// How the CSV is written.
    public let options: Options
    /// The delimiter is one of those `PlainText.csv` speaks for, so text with that flag is
    /// written without a look.
    private let delimiterKeepsPlain: Bool
    private var nextRow = 1
    /// For cells streamed one by one (`CellSink`): the record being written, and the delimiters
    /// written in it so far.
    private var openRow = 0
    private var delimitersInRow = 0

    /// Checks the options and writes the BOM if asked.
    public init(output: BufferedOutput, options: Options = Options()) throws(SheetsError) {
        let d = options.delimiter
        guard d < 0x80, d != 0x22, d != 0x0A, d != 0x0D, d != 0 else {
            throw SheetsError(.invalidArgument, "the delimiter must be an ASCII character other than a quote or a line break")
        }
        self.output = output
        self.options = options
        delimiterKeepsPlain = PlainText.isPlainDelimiter(d)
        if options.byteOrderMark { try output.write("\u{FEFF}") }
    }

    /// Writes a row; rows must come in increasing order.
    public mutating func write(_ row: Row) throws(SheetsError) {
        guard row.index >= nextRow else {
            throw SheetsError(.invalidArgument, "row \(row.index) comes after row \(nextRow - 1); rows must be written in order")
        }
        while nextRow < row.index {
            try writeFields(upTo: 0)
            try endLine()
        }
        var column = 1
        for cell in row.cells {
            guard cell.address.column >= column else {
                throw SheetsError(.invalidArgument, "cells of row \(row.index) are not in column order", address: cell.address)
            }
            if column > 1 { try output.write(byte: options.delimiter) }
            while column < cell.address.column {
                try output.write(byte: options.delimiter)
                column += 1
            }
            try writeValue(cell.value)
            column += 1
        }
        try writeFields(upTo: column - 1)
        try endLine()
    }

    /// Writes out what is buffered.
    public func finish() throws(SheetsError) {
        try output.flush()
    }

    /// Pads a line that has `written` fields to `columnCount`.
    private func writeFields(upTo written: Int) throws(SheetsError) {
        guard let count = options.columnCount, written < count else { return }
        for _ in max(written, 1)..<count { try output.write(byte: options.delimiter) }
    }

    private mutating func endLine() throws(SheetsError) {
        if options.lineEnding == .crlf { try output.write(byte: 0x0D) }
        try output.write(byte: 0x0A)
        nextRow += 1
    }

    /// A cell's value as its field: `CellValue.plainText`, quoted when needed. Numbers and
    /// dates are written as bytes straight into the buffer: their text (digits, `-` `+` `.` `:`
    /// `e` `T`, `NaN`, `Infinity`) never needs quotes with a delimiter `PlainText.csv` speaks
    /// for; with another delimiter they take the general path, which looks.
    @inline(__always)
    private func writeValue(_ value: CellValue) throws(SheetsError) {
        switch value {
        case .number(let d) where delimiterKeepsPlain:
            let p = try output.reserve(NumberText.maxLength)
            output.commit(NumberText.put(d, at: p))
        case .date(let date) where delimiterKeepsPlain:
            let p = try output.reserve(SpreadsheetDate.maxISO8601Length)
            output.commit(date.putISO8601(at: p))
        default:
            try writeField(value.plainText)
        }
    }

    private func writeField(_ text: String) throws(SheetsError) {
        var text = text
        var failure: SheetsError?
        text.withUTF8 { bytes in
            do throws(SheetsError) { try writeField(bytes) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// A field's UTF-8 bytes, in quotes (inner quotes doubled) when they hold the delimiter,
    /// `"`, CR or LF; the test looks at 16 bytes at a time, unless `plain` already says the
    /// bytes hold none of those.
    @inline(__always)
    private func writeField(_ bytes: UnsafeBufferPointer<UInt8>, plain: PlainText = []) throws(SheetsError) {
        if plain.contains(.unquotedField) || (plain.contains(.csv) && delimiterKeepsPlain) { return try output.write(bytes) }
        guard let p = bytes.baseAddress else { return }
        let n = bytes.count
        let d = options.delimiter
        let dv = SIMD16<UInt8>(repeating: d), qv = SIMD16<UInt8>(repeating: 0x22)
        let lf = SIMD16<UInt8>(repeating: 0x0A), cr = SIMD16<UInt8>(repeating: 0x0D)
        var i = 0
        var needsQuotes = false
        while i + 16 <= n {
            let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
            if ((v .== dv) .| (v .== qv) .| (v .== lf) .| (v .== cr)).anyLane { needsQuotes = true; break }
            i += 16
        }
        if !needsQuotes {
            while i < n {
                let b = p[i]
                if b == d || b == 0x22 || b == 0x0A || b == 0x0D { needsQuotes = true; break }
                i += 1
            }
        }
        guard needsQuotes else { return try output.write(bytes) }
        try output.write(byte: 0x22)
        var start = 0
        for k in 0..<n where p[k] == 0x22 {
            // The quote, then the doubling one.
            try output.write(UnsafeBufferPointer(start: p + start, count: k + 1 - start))
            start = k
        }
        try output.write(UnsafeBufferPointer(start: p + start, count: n - start))
        try output.write(byte: 0x22)
    }

    /// Writes a whole sheet, every row padded to the sheet's last column, and flushes.
    public static func write(_ sheet: Sheet, to output: BufferedOutput, options: Options = Options()) throws(SheetsError) {
        var options = options
        if options.columnCount == nil { options.columnCount = sheet.lastColumn }
        var writer = try CSVWriter(output: output, options: options)
        for row in sheet.rows { try writer.write(row) }
        try writer.finish()
    }

    /// A whole sheet as CSV bytes.
    public static func bytes(_ sheet: Sheet, options: Options = Options()) throws(SheetsError) -> [UInt8] {
        let output = BufferedOutput()
        try write(sheet, to: output, options: options)
        return output.bytes
    }
}

extension CSVWriter: CellSink {
    /// Fields of delimited text with this writer's delimiter come marked `.unquotedField` when
    /// they need no quotes, and are copied without a look.
    public var plainDelimiter: UInt8? { options.delimiter }

    /// A text cell: the same bytes `write(_:)` gives for a `.string` cell of that text.
    @inline(__always)
    public mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, plain: PlainText, row: Int, column: Int) throws(SheetsError) {
        try openField(row: row, column: column)
        try writeField(bytes, plain: plain)
    }

    /// Any other cell, as `write(_:)` writes it.
    @inline(__always)
    public mutating func value(_ value: CellValue, row: Int, column: Int) throws(SheetsError) {
        try openField(row: row, column: column)
        try writeValue(value)
    }

    /// Pads the row to `Options.columnCount` and ends its line.
    public mutating func endRow(_ row: Int) throws(SheetsError) {
        try writeFields(upTo: delimitersInRow + 1)
        try endLine()
        openRow = 0
    }

    /// Before a field of `row` at `column`: the lines of the rows skipped, when `row` is a new
    /// one, then the delimiters up to the column.
    @inline(__always)
    private mutating func openField(row: Int, column: Int) throws(SheetsError) {
        if row != openRow {
            guard row >= nextRow else {
                throw SheetsError(.invalidArgument, "row \(row) comes after row \(nextRow - 1); rows must be written in order")
            }
            while nextRow < row {
                try writeFields(upTo: 0)
                try endLine()
            }
            openRow = row
            delimitersInRow = 0
        }
        while delimitersInRow < column - 1 {
            try output.write(byte: options.delimiter)
            delimitersInRow += 1
        }
    }
}
