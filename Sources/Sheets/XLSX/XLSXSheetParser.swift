import Foundation

/// Streams one worksheet part: `<sheetData>` rows one at a time, then `<mergeCells>`.
///
/// - `<row r>` and `<c r>` may be missing: the row after the previous one, the column after
///   the previous cell. Rows must ascend and cells within a row must go left to right (Excel
///   refuses files that do otherwise); anything else is a typed error, never a crash.
/// - References are checked against Excel's limits (1,048,576 rows × 16,384 columns).
/// - `<dimension>` is ignored and nothing is allocated from merge areas.
/// - Formulas are never evaluated: a formula cell has the value Excel cached in its `<v>`,
///   whether its `<f>` holds the formula or is a shared-formula reference
///   (`<f t="shared" si="0"/>`). A formula cell without `<v>` (written by a generator that
///   does not calculate, or `<v></v>`) has no value and is left out like an empty cell.
///
/// Speed: a whole common `<c>` element (`<c r="B7" s="3" t="s"><v>12</v></c>`, with an optional
/// `<f>` or a plain `<is><t>…</t></is>`) is recognised in place in the tokenizer's window by
/// `Run.fastCell`, with no events and no copies; anything else (entities, rich text, odd
/// spacing, prefixes, a cell cut by the end of the window that cannot be refilled) is declined
/// and read by the generic event loop, which also reports whatever is malformed. Both paths
/// share the checks (`startCell`, `finishCell`).
///
/// One parser, several sinks (`XLSXCellSink`): `parse(_:row:)` builds `Row`s of `Cell`s;
/// `parse(_:into:)` hands each cell to a writer as it is read, text as UTF-8 bytes (a shared
/// string's straight from the table), other values as `CellValue`s, with no `Row`, `Cell` or
/// `String` per cell.
struct XLSXSheetParser {
    enum CellType { case number, shared, inline, formulaString, bool, error, isoDate }

    let sharedStrings: SharedStrings
    /// Number-format kind per `cellXfs` index.
    let styles: [NumberFormatKind]
    let date1904: Bool
    let sheetName: String

    /// Streams the rows as `Row`s; `cache` keeps one `String` per shared string across calls.
    func parse(_ tok: inout XMLTokenizer, cache: SharedStringCache = SharedStringCache(),
               row deliver: (Row) throws(SheetsError) -> Void) throws(SheetsError) -> [CellRange] {
        try withoutActuallyEscaping(deliver) { (deliver) throws(SheetsError) -> [CellRange] in
            var sink = XLSXRowSink(cache: cache, deliver: deliver)
            return try parse(&tok, into: &sink)
        }
    }

    /// Streams the cells into `sink`.
    func parse<S: XLSXCellSink>(_ tok: inout XMLTokenizer, into sink: inout S) throws(SheetsError) -> [CellRange] {
        var run = Run(parser: self, source: tok.source, sink: sink)
        defer { sink = run.sink }
        return try run.parse(&tok)
    }

    /// The state of one pass over a sheet part. A struct with mutating methods rather than
    /// nested functions over local variables: captured variables would be checked for
    /// exclusive access at run time on every cell.
    private struct Run<S: XLSXCellSink> {
        let parser: XLSXSheetParser
        /// The part being read, for messages.
        let source: any XMLByteSource
        var sink: S
        var merged: [CellRange] = []
        /// Cells of the current row given to the sink.
        var cellsInRow = 0
        /// The generic path's value bytes (the fast path reads them in place).
        var value: [UInt8] = []

        var inSheetData = false
        var rowOpen = false, rowHadIndex = false
        /// The last row closed with cells whose end is not yet given to the sink: a next
        /// `<row>` with the same number continues it (some generators write one `<row>` per cell).
        var rowEndPending = false
        var rowIndex = 0, lastRow = 0, lastColumn = 0

        var inCell = false, inValue = false, inText = false, sawInline = false, hasValue = false
        var phoneticDepth = 0
        var cellType = CellType.number
        var cellStyle = 0
        var cellColumn = 0

        init(parser: XLSXSheetParser, source: any XMLByteSource, sink: S) {
            self.parser = parser
            self.source = source
            self.sink = sink
            value.reserveCapacity(256)
        }

        func fail(_ message: String, _ code: SheetsError.Code = .malformed, at address: CellAddress? = nil) -> SheetsError {
            source.error(message, code: code, at: address)
        }

        /// The checks and bookkeeping of a `<c>` start tag, shared by the fast and generic paths.
        @inline(__always)
        mutating func startCell(ref: UnsafeBufferPointer<UInt8>?, style: Int, type: CellType) throws(SheetsError) {
            if let ref {
                let (row, column) = try parser.reference(ref, in: source)
                if !rowHadIndex && cellsInRow == 0 && lastColumn == 0 {
                    guard row > lastRow else {
                        throw fail("rows are out of order at \(CellAddress(row: row, column: column))", at: CellAddress(row: row, column: column))
                    }
                    rowIndex = row
                } else if row != rowIndex {
                    throw fail("cell \(CellAddress(row: row, column: column)) is inside row \(rowIndex)", at: CellAddress(row: row, column: column))
                }
                rowHadIndex = true
                cellColumn = column
            } else {
                cellColumn = lastColumn + 1
            }
            guard cellColumn > lastColumn else {
                throw fail("cells are out of order in row \(rowIndex)", at: CellAddress(row: rowIndex, column: cellColumn))
            }
            guard cellColumn <= CellAddress.maxColumn else {
                throw fail("a cell lies past column XFD, Excel's last", .limitExceeded, at: nil).because(.outsideGrid)
            }
            lastColumn = cellColumn
            cellStyle = style
            cellType = type
        }

        @inline(__always)
        mutating func finishCell(_ bytes: UnsafeBufferPointer<UInt8>) throws(SheetsError) {
            if try parser.deliver(type: cellType, style: cellStyle, bytes: bytes, in: source, row: rowIndex, column: cellColumn, to: &sink) {
                cellsInRow += 1
            }
        }

        /// The fast path: a whole `<c …>[<f…>…</f>]<v>…</v></c>` (or an empty `<c …/>`,
        /// `<c …></c>`) in the window, with plain attribute values and no entities in `<v>`.
        /// Anything else is declined (false) and read by the generic path, which also reports
        /// whatever is malformed.
        mutating func fastCell(_ tok: inout XMLTokenizer) throws(SheetsError) -> Bool {
            while true {
                let window = tok.unread
                guard window.count >= 2, window[0] == UInt8(ascii: "<"), window[1] == UInt8(ascii: "c") else { return false }
                var sc = RawScanner(window)
                var slots = RawScanner.Slots()
                var valueSpan = (-1, -1)
                do throws(RawScanner.Stop) {
                    sc.i = 2
                    if try !sc.attributes(&slots) {
                        // <f …>…</f> or <f …/>, then <v>…</v>, then </c>: byte by byte.
                        try sc.need(4)
                        if sc.p[sc.i] == UInt8(ascii: "<") && sc.p[sc.i + 1] == UInt8(ascii: "f") {
                            sc.i += 2
                            var ignored = RawScanner.Slots()
                            if try !sc.attributes(&ignored) { try sc.skipTextElement(close: "</f>") }
                            try sc.need(4)
                        }
                        if sc.p[sc.i] == UInt8(ascii: "<") && sc.p[sc.i + 1] == UInt8(ascii: "v") && sc.p[sc.i + 2] == UInt8(ascii: ">") {
                            sc.i += 3
                            valueSpan = try sc.text()
                            try sc.need(4)
                            guard sc.p[sc.i + 1] == UInt8(ascii: "/"), sc.p[sc.i + 2] == UInt8(ascii: "v"),
                                  sc.p[sc.i + 3] == UInt8(ascii: ">") else { throw .decline }
                            sc.i += 4
                        } else if sc.p[sc.i] == UInt8(ascii: "<") && sc.p[sc.i + 1] == UInt8(ascii: "i") && sc.p[sc.i + 2] == UInt8(ascii: "s"),
                                  slots.t.1 - slots.t.0 == 9 {
                            // An inline string with one plain run: <is><t …>text</t></is>.
                            try sc.expect("<is>")
                            try sc.expect("<t")
                            var ignored = RawScanner.Slots()
                            if try sc.attributes(&ignored) { throw .decline }
                            valueSpan = try sc.text()
                            try sc.expect("</t></is>")
                        }
                        try sc.need(4)
                        guard sc.p[sc.i] == UInt8(ascii: "<"), sc.p[sc.i + 1] == UInt8(ascii: "/"), sc.p[sc.i + 2] == UInt8(ascii: "c"),
                              sc.p[sc.i + 3] == UInt8(ascii: ">") else { throw .decline }
                        sc.i += 4
                    }
                } catch {
                    // A cell longer than this is unusual: leave it to the generic path.
                    if error == .incomplete, window.count < 4096, try tok.refill() { continue }
                    return false
                }
                let base = window.baseAddress!
                var parsedType = CellType.number
                if slots.t.0 >= 0 {
                    // An unknown type: let the generic path report it, with the same message.
                    guard let t = XLSXSheetParser.cellType(UnsafeBufferPointer(start: base + slots.t.0, count: slots.t.1 - slots.t.0)) else {
                        return false
                    }
                    parsedType = t
                }
                let parsedStyle = slots.s.0 >= 0
                    ? XLSXSheetParser.digits(UnsafeBufferPointer(start: base + slots.s.0, count: slots.s.1 - slots.s.0)) ?? 0 : 0
                try startCell(ref: slots.r.0 >= 0 ? UnsafeBufferPointer(start: base + slots.r.0, count: slots.r.1 - slots.r.0) : nil,
                              style: parsedStyle, type: parsedType)
                if valueSpan.0 >= 0 {
                    try finishCell(UnsafeBufferPointer(start: base + valueSpan.0, count: valueSpan.1 - valueSpan.0))
                }
                tok.consume(sc.i)
                return true
            }
        }

        mutating func parse(_ tok: inout XMLTokenizer) throws(SheetsError) -> [CellRange] {
            while true {
                if rowOpen && !inCell && tok.atTokenBoundary, try fastCell(&tok) { continue }
                switch try tok.next() {
                case .eof:
                    try flushRowEnd()
                    return merged
                case .text:
                    if inValue || inText { try tok.appendText(to: &value) }
                case .start:
                    try start(&tok)
                case .end:
                    let n = tok.localLength, b = tok.localFirstByte
                    if n == 1 && b == UInt8(ascii: "c") && inCell {
                        inCell = false; inValue = false; inText = false
                        if hasValue {
                            let bytes = value
                            try bytes.withUnsafeBufferPointer { (bytes) throws(SheetsError) in try finishCell(bytes) }
                        }
                    } else if n == 1 && b == UInt8(ascii: "v") {
                        inValue = false
                    } else if n == 1 && b == UInt8(ascii: "t") {
                        inText = false
                    } else if n == 3 && tok.isNamed("row") && rowOpen {
                        rowOpen = false
                        lastRow = rowIndex
                        rowEndPending = cellsInRow > 0
                    } else if n == 3 && tok.isNamed("rPh") {
                        phoneticDepth -= 1
                    } else if n == 9 && tok.isNamed("sheetData") {
                        inSheetData = false
                        try flushRowEnd()
                    }
                }
            }
        }

        /// Gives the sink the end of the last closed row, if it had cells.
        mutating func flushRowEnd() throws(SheetsError) {
            guard rowEndPending else { return }
            rowEndPending = false
            cellsInRow = 0
            try sink.endRow(lastRow)
        }

        /// A start tag on the generic path.
        mutating func start(_ tok: inout XMLTokenizer) throws(SheetsError) {
            let n = tok.localLength, b = tok.localFirstByte
            if n == 1 && b == UInt8(ascii: "c") && rowOpen {
                // <c r="B7" s="3" t="s">
                inCell = true; hasValue = false; sawInline = false; value.removeAll(keepingCapacity: true)
                try startCell(ref: tok.attribute("r").map { tok.bytes($0) },
                              style: tok.attribute("s").flatMap { tok.integer($0) } ?? 0, type: .number)
                if let t = tok.attribute("t") {
                    guard let known = XLSXSheetParser.cellType(tok.bytes(t)) else {
                        throw fail("unknown cell type t=\"\(tok.string(t, lossy: true))\"", at: CellAddress(row: rowIndex, column: cellColumn))
                    }
                    cellType = known
                }
            } else if n == 1 && b == UInt8(ascii: "v") && inCell {
                // A redundant <v> next to an inline string's <is> is ignored.
                if !(cellType == .inline && sawInline) {
                    inValue = true; hasValue = true
                    value.removeAll(keepingCapacity: true)
                }
            } else if n == 1 && b == UInt8(ascii: "t") && inCell && sawInline {
                inText = phoneticDepth == 0
            } else if n == 2 && tok.isNamed("is") && inCell {
                sawInline = true; hasValue = true
                value.removeAll(keepingCapacity: true)
            } else if n == 3 && tok.isNamed("row") && inSheetData {
                if rowOpen {
                    // A row inside a row is well-formed XML but no spreadsheet; the cells already
                    // given to a writer cannot be taken back, so it is refused.
                    throw fail("a row starts inside row \(rowIndex)")
                }
                if let r = tok.attribute("r") {
                    guard let index = tok.integer(r), index >= 1 else { throw fail("malformed row number \"\(tok.string(r, lossy: true))\"") }
                    guard index <= CellAddress.maxRow else {
                        throw fail("row \(index) is past Excel's last row \(CellAddress.maxRow)", .limitExceeded).because(.outsideGrid)
                    }
                    if index == lastRow && lastRow > 0 {
                        // The same row number again: the row goes on (its cells must still go
                        // left to right, as the sink has the earlier ones already).
                        rowIndex = index
                        rowHadIndex = true
                        rowEndPending = false
                        rowOpen = true
                        return
                    }
                    guard index > lastRow else { throw fail("rows are out of order: row \(index) after row \(lastRow)") }
                    try flushRowEnd()
                    rowIndex = index
                    rowHadIndex = true
                } else {
                    try flushRowEnd()
                    rowIndex = lastRow + 1
                    rowHadIndex = false
                    guard rowIndex <= CellAddress.maxRow else {
                        throw fail("a row lies past Excel's last row \(CellAddress.maxRow)", .limitExceeded).because(.outsideGrid)
                    }
                }
                rowOpen = true; lastColumn = 0
                cellsInRow = 0
            } else if n == 3 && tok.isNamed("rPh") {
                phoneticDepth += 1
            } else if n == 9 && tok.isNamed("sheetData") {
                inSheetData = true
            } else if n == 9 && tok.isNamed("mergeCell") {
                guard let ref = tok.attribute("ref") else { return }
                merged.append(try parser.mergeRange(tok.bytes(ref), in: tok.source))
            }
        }
    }

    /// The `t` attribute of a cell; nil for an unknown type.
    static func cellType(_ t: UnsafeBufferPointer<UInt8>) -> CellType? {
        switch t.count {
        case 1:
            switch t[0] {
            case UInt8(ascii: "s"): return .shared
            case UInt8(ascii: "n"): return .number
            case UInt8(ascii: "b"): return .bool
            case UInt8(ascii: "e"): return .error
            case UInt8(ascii: "d"): return .isoDate
            default: return nil
            }
        case 3 where t[0] == UInt8(ascii: "s") && t[1] == UInt8(ascii: "t") && t[2] == UInt8(ascii: "r"):
            return .formulaString
        case 9 where t.elementsEqual("inlineStr".utf8):
            return .inline
        default:
            return nil
        }
    }

    /// `B7` → (7, 2), checked against Excel's limits.
    @inline(__always)
    func reference(_ bytes: UnsafeBufferPointer<UInt8>, in source: any XMLByteSource) throws(SheetsError) -> (Int, Int) {
        // The common case: 1–3 letters and 1–7 digits (nothing can overflow), checked at the end.
        let n = bytes.count
        if n >= 2, n <= 10, let p = bytes.baseAddress {
            var i = 0, column = 0
            while i < 3, i < n {
                let letter = (p[i] | 0x20) &- UInt8(ascii: "a")
                if letter > 25 { break }
                column = column &* 26 &+ Int(letter) &+ 1
                i += 1
            }
            if i > 0, i < n, column <= CellAddress.maxColumn, (p[i] | 0x20) &- UInt8(ascii: "a") > 25 {
                var row = 0, j = i
                while j < n {
                    let d = p[j] &- 0x30
                    if d > 9 { break }
                    row = row &* 10 &+ Int(d)
                    j += 1
                }
                if j == n, j > i, j - i <= 7, row >= 1, row <= CellAddress.maxRow { return (row, column) }
            }
        }
        return try referenceChecked(bytes, in: source)
    }

    /// `reference` for anything unusual: checks as it goes and says what is wrong.
    func referenceChecked(_ bytes: UnsafeBufferPointer<UInt8>, in source: any XMLByteSource) throws(SheetsError) -> (Int, Int) {
        var column = 0, row = 0, i = 0
        while i < bytes.count, case let b = bytes[i] | 0x20, b >= UInt8(ascii: "a"), b <= UInt8(ascii: "z") {
            column = column * 26 + Int(b - UInt8(ascii: "a")) + 1
            i += 1
            if column > CellAddress.maxColumn {
                throw source.error("cell reference \(String(decoding: bytes, as: UTF8.self)) is past column XFD, Excel's last", code: .limitExceeded)
                    .because(.outsideGrid)
            }
        }
        let letters = i
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            row = row * 10 + Int(bytes[i] - 0x30)
            i += 1
            if row > CellAddress.maxRow {
                throw source.error("cell reference \(String(decoding: bytes, as: UTF8.self)) is past row \(CellAddress.maxRow), Excel's last", code: .limitExceeded)
            }
        }
        guard letters > 0, i > letters, i == bytes.count, row >= 1 else {
            throw source.error("malformed cell reference \"\(String(decoding: bytes, as: UTF8.self))\"")
        }
        return (row, column)
    }

    func mergeRange(_ bytes: UnsafeBufferPointer<UInt8>, in source: any XMLByteSource) throws(SheetsError) -> CellRange {
        let parts = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else {
            throw source.error("malformed merged range \"\(String(decoding: bytes, as: UTF8.self))\"")
        }
        var addresses: [CellAddress] = []
        for part in parts {
            let (row, column) = try reference(UnsafeBufferPointer(rebasing: part), in: source)
            addresses.append(CellAddress(row: row, column: column))
        }
        return CellRange(start: addresses[0], end: addresses[addresses.count - 1])
    }

    /// Reads a cell's value and gives it to `sink`; false when the cell has no value (empty
    /// text, `<v/>`): such cells are left out, as empty cells are.
    @inline(__always)
    func deliver<S: XLSXCellSink>(type: CellType, style: Int, bytes: UnsafeBufferPointer<UInt8>, in source: any XMLByteSource,
                                  row: Int, column: Int, to sink: inout S) throws(SheetsError) -> Bool {
        switch type {
        case .shared:
            if Self.trimmed(bytes).isEmpty { return false }  // <v/>: no value, as in an empty cell
            guard let index = Self.digits(Self.trimmed(bytes)), index < sharedStrings.count else {
                var e = source.error("shared string index \"\(String(decoding: bytes, as: UTF8.self))\" is not in the table of \(sharedStrings.count)")
                e.address = CellAddress(row: row, column: column)
                throw e
            }
            let (text, plain) = sharedStrings.text(at: index)
            if text.isEmpty { return false }
            try sink.text(text, shared: index, plain: plain, row: row, column: column)
            return true
        case .inline, .formulaString:
            return try UTF8Text.withOOXMLBytes(bytes) { (text) throws(SheetsError) -> Bool in
                guard UTF8Check.isValid(text) else {
                    var e = source.error("the cell holds invalid UTF-8 text", code: .invalidTextEncoding)
                    e.address = CellAddress(row: row, column: column)
                    throw e
                }
                if text.isEmpty { return false }
                try sink.text(text, shared: -1, plain: [], row: row, column: column)
                return true
            }
        default:
            guard let value = try cellValue(type: type, style: style, bytes: bytes, in: source, at: CellAddress(row: row, column: column)) else {
                return false
            }
            try sink.value(value, row: row, column: column)
            return true
        }
    }

    /// The value of a cell that is not text (`deliver` reads text cells).
    func cellValue(type: CellType, style: Int, bytes: UnsafeBufferPointer<UInt8>, in source: any XMLByteSource, at address: CellAddress) throws(SheetsError) -> CellValue? {
        func fail(_ message: String) -> SheetsError {
            var e = source.error(message)
            e.address = address
            return e
        }
        func text() throws(SheetsError) -> String {
            let s = UTF8Text.ooxmlString(bytes)
            guard let s else {
                var e = source.error("the cell holds invalid UTF-8 text", code: .invalidTextEncoding)
                e.address = address
                throw e
            }
            return s
        }
        switch type {
        case .shared:
            if Self.trimmed(bytes).isEmpty { return nil }  // <v/>
            guard let index = Self.digits(Self.trimmed(bytes)), index < sharedStrings.count else {
                throw fail("shared string index \"\(String(decoding: bytes, as: UTF8.self))\" is not in the table of \(sharedStrings.count)")
            }
            let s = sharedStrings.string(at: index)
            return s.isEmpty ? nil : .string(s)
        case .inline, .formulaString:
            let s = try text()
            return s.isEmpty ? nil : .string(s)
        case .error:
            let s = try text()
            return s.isEmpty ? nil : .error(s)
        case .bool:
            let t = Self.trimmed(bytes)
            if t.isEmpty { return nil }
            if t.elementsEqual("1".utf8) || t.elementsEqual("true".utf8) { return .bool(true) }
            if t.elementsEqual("0".utf8) || t.elementsEqual("false".utf8) { return .bool(false) }
            throw fail("malformed boolean \"\(String(decoding: bytes, as: UTF8.self))\"")
        case .isoDate:
            let s = try text()
            if s.isEmpty { return nil }
            return Self.isoDate(s).map(CellValue.date) ?? .string(s)
        case .number:
            let trimmed = Self.trimmed(bytes)
            if trimmed.isEmpty { return nil }  // <v/>
            guard let number = Self.double(trimmed) else {
                // Past the Double range: Excel shows #NUM!; one such cell must not lose the file.
                if Self.decimal(trimmed)?.isInfinite == true { return .error("#NUM!") }
                throw fail("malformed number \"\(String(decoding: bytes, as: UTF8.self))\"")
            }
            let kind = style < styles.count ? styles[style] : .plain
            return Self.apply(kind, to: number, date1904: date1904)
        }
    }

    /// A number shown through a date, time or duration format becomes that kind of value.
    /// Serials are converted to true days since 1899-12-30: the 1904 epoch adds 1,462 days,
    /// and in the 1900 system serials 1–59 are shifted by a day (Excel's fictitious
    /// 1900-02-29 is serial 60). Serials outside Excel's date range stay numbers.
    ///
    /// The cell's value is the serial; the format only says that it is a date, not how much of
    /// it counts. What the format does not show is kept: a date format over a serial with a
    /// time of day gives a date-time (`2013-02-28T12:00:00`), and a time format over a serial
    /// of a day or more keeps its date. Time to the millisecond, as `iso8601` prints it.
    static func apply(_ kind: NumberFormatKind, to number: Double, date1904: Bool) -> CellValue {
        switch kind {
        case .plain:
            return .number(number)
        case .duration:
            return .duration(number)
        case .date, .dateTime, .timeOfDay:
            var serial = number
            if date1904 { serial += 1462 } else if serial >= 1 && serial < 60 { serial += 1 }
            guard number >= 0, serial < 2_958_466 else { return .number(number) }  // 9999-12-31 is Excel's last day
            let millis = (number * 86_400_000).rounded()
            let dateKind: SpreadsheetDate.Kind
            switch kind {
            case .date: dateKind = millis.truncatingRemainder(dividingBy: 86_400_000) == 0 ? .date : .dateTime
            case .timeOfDay: dateKind = millis < 86_400_000 ? .timeOfDay : .dateTime
            default: dateKind = .dateTime
            }
            return .date(SpreadsheetDate(serial: serial, kind: dateKind))
        }
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lo = 0, hi = bytes.count
        while lo < hi, isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[lo..<hi])
    }

    /// A non-negative decimal integer of at most 18 digits, nothing else; nil otherwise.
    @inline(__always) static func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var v = 0
        for b in bytes {
            let d = b &- 0x30
            guard d <= 9 else { return nil }
            v = v &* 10 &+ Int(d)
        }
        return v
    }

    static func integer(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { digits(trimmed($0)) }
    }

    /// Exact powers of ten as doubles (10^22 is the last that a Double holds exactly).
    private static let exactPowersOfTen: [Double] = (0...22).map { (k: Int) -> Double in
        var v = 1.0
        for _ in 0..<k { v *= 10 }
        return v
    }

    static func double(_ bytes: ArraySlice<UInt8>) -> Double? {
        bytes.withUnsafeBufferPointer { double($0) }
    }

    static func decimal(_ bytes: ArraySlice<UInt8>) -> Double? {
        bytes.withUnsafeBufferPointer { decimal($0) }
    }

    /// Parses a decimal number exactly (correctly rounded, so it round-trips). Fast path:
    /// at most 15 significant digits with at most 22 after the point (no exponent): the digits
    /// as an integer are exact in a Double and so is 10^k, and one IEEE division is correctly
    /// rounded (Clinger's fast path). Anything else goes through `strtod` after checking that
    /// only digits, sign, point and exponent occur (no `inf`, `nan` or hexadecimal).
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        decimal(bytes).flatMap { $0.isFinite ? $0 : nil }
    }

    /// A decimal's value as `double` reads it, but ±infinity for a well-formed decimal past
    /// the Double range (`1e999`, or DBL_MAX printed with too few digits).
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa = 0, digitCount = 0, fractionDigits = 0, sawPoint = false
        var simple = i < bytes.count
        while i < bytes.count {
            let b = bytes[i]
            let d = b &- 0x30
            if d <= 9 {
                mantissa = mantissa &* 10 &+ Int(d)
                digitCount += 1
                if sawPoint { fractionDigits += 1 }
            } else if b == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                simple = false
                break
            }
            i += 1
        }
        if simple, digitCount > 0, digitCount <= 15, fractionDigits <= 22 {
            let v = fractionDigits == 0 ? Double(mantissa) : Double(mantissa) / exactPowersOfTen[fractionDigits]
            return negative ? -v : v
        }
        var sawDigit = false
        for b in bytes {
            switch b {
            case 0x30...0x39: sawDigit = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            default: return nil
            }
        }
        guard sawDigit, bytes.count < 400 else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer -> Double? in
            var i = 0
            for b in bytes { buffer[i] = CChar(bitPattern: b); i += 1 }
            buffer[i] = 0
            var endPointer: UnsafeMutablePointer<CChar>? = nil
            let value = strtod(buffer.baseAddress!, &endPointer)
            guard endPointer == buffer.baseAddress! + bytes.count, !value.isNaN else { return nil }
            return value
        }
    }

    /// `2021-03-15`, `2021-03-15T12:30:00[.123][Z|±hh:mm]` or `12:30:00` (cells with `t="d"`).
    static func isoDate(_ text: String) -> SpreadsheetDate? {
        let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        var day: Int? = nil
        var seconds: Double? = nil
        func number(_ s: Substring) -> Int? { s.allSatisfy(\.isASCII) ? Int(s) : nil }
        func parseDate(_ s: Substring) -> Int? {
            let f = s.split(separator: "-", omittingEmptySubsequences: false)
            guard f.count == 3, f[0].count == 4, let y = number(f[0]), let m = number(f[1]), let d = number(f[2]),
                  (1...12).contains(m), (1...31).contains(d) else { return nil }
            return SpreadsheetDate.daysFromCivil(y, m, d) - SpreadsheetDate.epochDays
        }
        func parseTime(_ s0: Substring) -> Double? {
            var s = s0
            if s.hasSuffix("Z") { s = s.dropLast() }
            if let sign = s.lastIndex(where: { $0 == "+" || $0 == "-" }) { s = s[..<sign] }
            let f = s.split(separator: ":", omittingEmptySubsequences: false)
            guard f.count == 2 || f.count == 3, let h = number(f[0]), let m = number(f[1]), h < 24, m < 60 else { return nil }
            var sec = 0.0
            if f.count == 3 { guard let v = Double(f[2]), v >= 0, v < 61 else { return nil }; sec = v }
            return Double(h * 3600 + m * 60) + sec
        }
        if parts.count == 2 {
            guard let d = parseDate(parts[0]), let t = parseTime(parts[1]) else { return nil }
            day = d; seconds = t
        } else if text.contains(":") {
            guard let t = parseTime(parts[0]) else { return nil }
            seconds = t
        } else {
            guard let d = parseDate(parts[0]) else { return nil }
            day = d
        }
        switch (day, seconds) {
        case let (d?, s?): return SpreadsheetDate(serial: Double(d) + s / 86_400, kind: .dateTime)
        case let (d?, nil): return SpreadsheetDate(serial: Double(d), kind: .date)
        case let (nil, s?): return SpreadsheetDate(serial: s / 86_400, kind: .timeOfDay)
        default: return nil
        }
    }
}
