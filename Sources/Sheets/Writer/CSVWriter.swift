/// Writes one sheet as delimited UTF-8 text, row by row, through a `BufferedOutput`.
///
/// Fields are quoted only when they hold the delimiter, `"`, CR or LF (quotes doubled inside).
/// Values print as `CellValue.plainText`: text as is, numbers in the shortest round-trip form,
/// dates ISO 8601, durations `[-]H:MM:SS`, `TRUE`/`FALSE`, error literals. Missing rows become
/// empty lines and missing cells empty fields, so every cell keeps its row and column.
public struct CSVWriter {
    public enum LineEnding: Sendable { case crlf, lf }

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

        public init(delimiter: UInt8 = UInt8(ascii: ","), byteOrderMark: Bool = false,
                    lineEnding: LineEnding = .crlf, columnCount: Int? = nil) {
            self.delimiter = delimiter
            self.byteOrderMark = byteOrderMark
            self.lineEnding = lineEnding
            self.columnCount = columnCount
        }
    }

    public let output: BufferedOutput
    public let options: Options
    private var nextRow = 1

    /// Checks the options and writes the BOM if asked.
    public init(output: BufferedOutput, options: Options = Options()) throws(SheetsError) {
        let d = options.delimiter
        guard d < 0x80, d != 0x22, d != 0x0A, d != 0x0D, d != 0 else {
            throw SheetsError(.invalidArgument, "the delimiter must be an ASCII character other than a quote or a line break")
        }
        self.output = output
        self.options = options
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
            try writeField(cell.value.plainText)
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

    private func writeField(_ text: String) throws(SheetsError) {
        let d = options.delimiter
        // One pass over contiguous UTF-8 (a generic `utf8.contains` was half the time of a
        // CSV→CSV conversion).
        var text = text
        let needsQuotes = text.withUTF8 { bytes in
            for b in bytes where b == d || b == 0x22 || b == 0x0A || b == 0x0D { return true }
            return false
        }
        guard needsQuotes else { return try output.write(text) }
        try output.write(byte: 0x22)
        var rest = Substring(text)
        while let q = rest.firstIndex(of: "\"") {
            try output.write(String(rest[...q]))
            try output.write(byte: 0x22)
            rest = rest[rest.index(after: q)...]
        }
        try output.write(String(rest))
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
