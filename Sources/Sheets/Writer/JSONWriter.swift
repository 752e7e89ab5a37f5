/// Writes workbooks in the canonical JSON form of DESIGN §3.2, streaming:
///
///     {"sheets":[{"name":"Sheet1","cells":[{"row":1,"col":1,"ref":"A1","type":"string","value":"มาตรการ"}],"merged":["E2:E7"],"state":"visible"}]}
///
/// Compact (no spaces), keys in that order, one newline at the end. Text is written as UTF-8
/// (no `\u` escapes for non-ASCII); `"`, `\` and control characters are escaped as Python's
/// `json.dumps(ensure_ascii=False)` does (`\n`, `\r`, `\t`, `\b`, `\f`, else `\u00XX`).
/// Numbers use `NumberText.shortest`; a NaN or infinite number, which JSON cannot hold, is
/// written as the error `#NUM!`. Dates are ISO 8601 strings, durations `[-]H:MM:SS` strings.
public struct JSONWriter {
    public let output: BufferedOutput
    private var sheetCount = 0
    private var cellsInSheet = 0
    private var inSheet = false

    /// Starts the document.
    public init(output: BufferedOutput) throws(SheetsError) {
        self.output = output
        try output.write("{\"sheets\":[")
    }

    /// Starts a sheet; its cells follow with `write(_:)`.
    public mutating func beginSheet(name: String) throws(SheetsError) {
        if inSheet { try endSheet() }
        if sheetCount > 0 { try output.write(byte: UInt8(ascii: ",")) }
        try output.write("{\"name\":")
        try writeString(name)
        try output.write(",\"cells\":[")
        sheetCount += 1
        cellsInSheet = 0
        inSheet = true
    }

    /// Writes a row's cells.
    public mutating func write(_ row: Row) throws(SheetsError) {
        precondition(inSheet, "beginSheet first")
        for cell in row.cells {
            if cellsInSheet > 0 { try output.write(byte: UInt8(ascii: ",")) }
            cellsInSheet += 1
            try write(cell)
        }
    }

    private func write(_ cell: Cell) throws(SheetsError) {
        let a = cell.address
        try output.write("{\"row\":\(a.row),\"col\":\(a.column),\"ref\":\"\(a.a1)\",\"type\":\"")
        switch cell.value {
        case .number(let d) where !d.isFinite:
            try output.write("error\",\"value\":\"#NUM!\"}")
            return
        default:
            try output.write(cell.value.typeName)
        }
        try output.write("\",\"value\":")
        switch cell.value {
        case .string(let s), .error(let s): try writeString(s)
        case .number(let d): try output.write(NumberText.shortest(d))
        case .bool(let b): try output.write(b ? "true" : "false")
        case .date(let date): try writeString(date.iso8601)
        case .duration(let days): try writeString(NumberText.duration(days: days))
        }
        try output.write(byte: UInt8(ascii: "}"))
    }

    /// Ends the current sheet with its merged ranges and state.
    public mutating func endSheet(merged: [CellRange] = [], state: SheetState = .visible) throws(SheetsError) {
        precondition(inSheet, "beginSheet first")
        try output.write("],\"merged\":[")
        for (k, range) in merged.enumerated() {
            if k > 0 { try output.write(byte: UInt8(ascii: ",")) }
            try output.write("\"\(range.a1)\"")
        }
        try output.write("],\"state\":\"\(state.rawValue)\"}")
        inSheet = false
    }

    /// Ends the document and flushes.
    public mutating func finish() throws(SheetsError) {
        if inSheet { try endSheet() }
        try output.write("]}\n")
        try output.flush()
    }

    /// A JSON string literal, escaped as `json.dumps(ensure_ascii=False)` does.
    private func writeString(_ text: String) throws(SheetsError) {
        try output.write(byte: 0x22)
        var text = text
        var failure: SheetsError?
        text.withUTF8 { bytes in
            var start = 0
            do throws(SheetsError) {
                for (i, b) in bytes.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
                    try output.write(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    start = i + 1
                    switch b {
                    case 0x22: try output.write("\\\"")
                    case 0x5C: try output.write("\\\\")
                    case 0x0A: try output.write("\\n")
                    case 0x0D: try output.write("\\r")
                    case 0x09: try output.write("\\t")
                    case 0x08: try output.write("\\b")
                    case 0x0C: try output.write("\\f")
                    default:
                        let hex = Array("0123456789abcdef".utf8)
                        try output.write("\\u00")
                        try output.write(byte: hex[Int(b >> 4)])
                        try output.write(byte: hex[Int(b & 0xF)])
                    }
                }
                try output.write(UnsafeBufferPointer(rebasing: bytes[start...]))
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        try output.write(byte: 0x22)
    }

    /// Writes a whole workbook and flushes.
    public static func write(_ workbook: Workbook, to output: BufferedOutput) throws(SheetsError) {
        var writer = try JSONWriter(output: output)
        for sheet in workbook.sheets {
            try writer.beginSheet(name: sheet.name)
            for row in sheet.rows { try writer.write(row) }
            try writer.endSheet(merged: sheet.merged, state: sheet.state)
        }
        try writer.finish()
    }

    /// A whole workbook in canonical JSON.
    public static func string(_ workbook: Workbook) -> String {
        let output = BufferedOutput()
        do { try write(workbook, to: output) } catch { preconditionFailure("in-memory output cannot fail: \(error)") }
        return String(decoding: output.bytes, as: UTF8.self)
    }
}
