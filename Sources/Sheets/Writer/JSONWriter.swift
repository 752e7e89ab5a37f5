/// Writes workbooks in the canonical JSON form of `ita convert --to json`, streaming:
///
///     {"sheets":[{"name":"Sheet1","cells":[{"row":1,"col":1,"ref":"A1","type":"string","value":"มาตรการ"}],"merged":["E2:E7"],"state":"visible"}]}
///
/// Compact (no spaces), keys in that order, one newline at the end. Text is written as UTF-8
/// (no `\u` escapes for non-ASCII); `"`, `\` and control characters are escaped as Python's
/// `json.dumps(ensure_ascii=False)` does (`\n`, `\r`, `\t`, `\b`, `\f`, else `\u00XX`).
/// Numbers use `NumberText.shortest`; a NaN or infinite number, which JSON cannot hold, is
/// written as the error `#NUM!`. Dates are ISO 8601 strings, durations `[-]H:MM:SS[.fff]` strings.
public struct JSONWriter {
    /// Where the bytes go.
    public let output: BufferedOutput
    private var sheetCount = 0
    private var cellsInSheet = 0
    private var inSheet = false
    /// The digits of the row of the previous cell.
    private var cachedRow = Int.min
    private var rowDigits = Piece("")

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
            try write(cell.value, row: cell.address.row, column: cell.address.column)
        }
    }

    /// One cell object, `{` to `}`.
    private mutating func write(_ value: CellValue, row: Int, column: Int) throws(SheetsError) {
        let tail: Piece
        switch value {
        case .string: tail = Self.stringTail
        case .number(let d): tail = d.isFinite ? Self.numberTail : Self.errorTail
        case .bool: tail = Self.boolTail
        case .date: tail = Self.dateTail
        case .duration: tail = Self.durationTail
        case .error: tail = Self.errorTail
        }
        try writeCellStart(row: row, column: column, tail: tail)
        switch value {
        case .string(let s), .error(let s): try writeString(s)
        case .number(let d) where !d.isFinite: try output.write(Self.numError)
        case .number(let d): try writeNumber(d)
        case .bool(let b): try output.write(b ? Self.trueText : Self.falseText)
        case .date(let date): try writeDate(date)
        case .duration(let days): try writeString(NumberText.duration(days: days))
        }
        try output.write(byte: UInt8(ascii: "}"))
    }

    private static let trueText: StaticString = "true", falseText: StaticString = "false", numError: StaticString = "\"#NUM!\""

    /// Up to 32 bytes of fixed text, stored with one vector write (the bytes after `count` land
    /// in reserved space and are overwritten next).
    struct Piece {
        var bytes: SIMD32<UInt8>
        var count: Int

        init(_ text: String) {
            bytes = SIMD32(repeating: 0)
            count = 0
            for b in text.utf8 {
                bytes[count] = b
                count += 1
            }
        }

        @inline(__always)
        func put(at p: UnsafeMutablePointer<UInt8>, _ n: inout Int) {
            UnsafeMutableRawPointer(p + n).storeBytes(of: bytes, as: SIMD32<UInt8>.self)
            n += count
        }
    }

    private static let rowKey = Piece("{\"row\":"), colKey = Piece(",\"col\":"), refKey = Piece(",\"ref\":\"")
    private static let stringTail = Piece("\",\"type\":\"string\",\"value\":"), numberTail = Piece("\",\"type\":\"number\",\"value\":")
    private static let boolTail = Piece("\",\"type\":\"bool\",\"value\":"), dateTail = Piece("\",\"type\":\"date\",\"value\":")
    private static let durationTail = Piece("\",\"type\":\"duration\",\"value\":"), errorTail = Piece("\",\"type\":\"error\",\"value\":")

    /// `{"row":R,"col":C,"ref":"A1","type":"TYPE","value":` straight into the output buffer;
    /// the row's digits are kept from the previous cell when the row is the same.
    @inline(__always)
    private mutating func writeCellStart(row: Int, column: Int, tail: Piece) throws(SheetsError) {
        if row != cachedRow { cacheRow(row) }
        let p = try output.reserve(Self.maxCellStart)
        var n = 0
        Self.rowKey.put(at: p, &n)
        rowDigits.put(at: p, &n)
        Self.colKey.put(at: p, &n)
        n += NumberText.putDecimal(column, at: p + n)
        Self.refKey.put(at: p, &n)
        n += Self.putColumnName(column, at: p + n)
        rowDigits.put(at: p, &n)
        tail.put(at: p, &n)
        output.commit(n)
    }

    /// Room for the longest cell start plus a whole vector store past it.
    private static let maxCellStart = 256

    private mutating func cacheRow(_ row: Int) {
        cachedRow = row
        rowDigits.count = withUnsafeMutableBytes(of: &rowDigits.bytes) { NumberText.putDecimal(row, at: $0.baseAddress!.assumingMemoryBound(to: UInt8.self)) }
    }

    /// `A`, `Z`, `AA`, … as `CellAddress.columnName` spells them (nothing for column < 1).
    @inline(__always)
    static func putColumnName(_ column: Int, at p: UnsafeMutablePointer<UInt8>) -> Int {
        if column >= 1 && column <= 26 { p[0] = UInt8(truncatingIfNeeded: column - 1) &+ UInt8(ascii: "A"); return 1 }
        var letters = SIMD16<UInt8>(repeating: 0)
        var k = 16
        var n = column
        while n > 0 {
            k -= 1
            letters[k] = UInt8(truncatingIfNeeded: (n - 1) % 26) &+ UInt8(ascii: "A")
            n = (n - 1) / 26
        }
        withUnsafeBytes(of: &letters) { p.update(from: $0.baseAddress!.assumingMemoryBound(to: UInt8.self) + k, count: 16 - k) }
        return 16 - k
    }

    /// `NumberText.shortest`, straight into the output buffer.
    @inline(__always)
    private func writeNumber(_ d: Double) throws(SheetsError) {
        let p = try output.reserve(NumberText.maxLength)
        output.commit(NumberText.put(d, at: p))
    }

    /// `date.iso8601` as a JSON string (it has nothing to escape), straight into the buffer.
    @inline(__always)
    private func writeDate(_ date: SpreadsheetDate) throws(SheetsError) {
        let p = try output.reserve(SpreadsheetDate.maxISO8601Length + 2)
        p[0] = 0x22
        let n = 1 + date.putISO8601(at: p + 1)
        p[n] = 0x22
        output.commit(n + 1)
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
        var text = text
        var failure: SheetsError?
        text.withUTF8 { bytes in
            do throws(SheetsError) { try writeString(bytes) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// A JSON string literal of UTF-8 bytes: runs without `"`, `\\` or control characters are
    /// found 16 bytes at a time and copied as they are.
    @inline(__always)
    func writeString(_ bytes: UnsafeBufferPointer<UInt8>) throws(SheetsError) {
        try output.write(byte: 0x22)
        guard let p = bytes.baseAddress else { return try output.write(byte: 0x22) }
        let n = bytes.count
        let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C), space = SIMD16<UInt8>(repeating: 0x20)
        var start = 0, i = 0
        while true {
            while i + 16 <= n {
                let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
                if ((v .== quote) .| (v .== backslash) .| (v .< space)).anyLane { break }
                i += 16
            }
            while i < n {
                let b = p[i]
                if b < 0x20 || b == 0x22 || b == 0x5C { break }
                i += 1
            }
            if i > start { try output.write(UnsafeBufferPointer(start: p + start, count: i - start)) }
            guard i < n else { break }
            try writeEscape(p[i])
            i += 1
            start = i
        }
        try output.write(byte: 0x22)
    }

    private func writeEscape(_ b: UInt8) throws(SheetsError) {
        let out = try output.reserve(6)
        out[0] = 0x5C
        switch b {
        case 0x22, 0x5C: out[1] = b
        case 0x0A: out[1] = UInt8(ascii: "n")
        case 0x0D: out[1] = UInt8(ascii: "r")
        case 0x09: out[1] = UInt8(ascii: "t")
        case 0x08: out[1] = UInt8(ascii: "b")
        case 0x0C: out[1] = UInt8(ascii: "f")
        default:
            let hex: StaticString = "0123456789abcdef"
            out[1] = UInt8(ascii: "u"); out[2] = 0x30; out[3] = 0x30
            out[4] = hex.utf8Start[Int(b >> 4)]
            out[5] = hex.utf8Start[Int(b & 0xF)]
            output.commit(6)
            return
        }
        output.commit(2)
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

extension JSONWriter: CellSink {
    /// Fields of delimited text come marked `.json` when they need no escapes.
    public static var plainForJSON: Bool { true }

    /// A text cell into the current sheet: the same bytes `write(_:)` gives for a `.string`
    /// cell of that text; `.json` text is copied unescaped.
    @inline(__always)
    public mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, plain: PlainText, row: Int, column: Int) throws(SheetsError) {
        precondition(inSheet, "beginSheet first")
        if cellsInSheet > 0 { try output.write(byte: UInt8(ascii: ",")) }
        cellsInSheet += 1
        try writeCellStart(row: row, column: column, tail: Self.stringTail)
        if plain.contains(.json) {
            // Nothing to escape: the bytes between quotes as they are.
            try output.write(byte: 0x22)
            try output.write(bytes)
            try output.write(byte: 0x22)
        } else {
            try writeString(bytes)
        }
        try output.write(byte: UInt8(ascii: "}"))
    }

    /// Any other cell into the current sheet, as `write(_:)` writes it.
    @inline(__always)
    public mutating func value(_ value: CellValue, row: Int, column: Int) throws(SheetsError) {
        precondition(inSheet, "beginSheet first")
        if cellsInSheet > 0 { try output.write(byte: UInt8(ascii: ",")) }
        cellsInSheet += 1
        try write(value, row: row, column: column)
    }

    /// Nothing to do: the canonical JSON lists cells, not rows.
    public mutating func endRow(_ row: Int) throws(SheetsError) {}
}
