import Foundation

// The event loop over a sheet part, with the fast path for common cells.
extension XLSXSheetParser {
    /// The state of one pass over a sheet part. A struct with mutating methods rather than
    /// nested functions over local variables: captured variables would be checked for
    /// exclusive access at run time on every cell.
    struct Run<S: XLSXCellSink> {
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
                        throw fail("unknown cell type t=\"\(tok.string(t))\"", at: CellAddress(row: rowIndex, column: cellColumn))
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
                    guard let index = tok.integer(r), index >= 1 else { throw fail("malformed row number \"\(tok.string(r))\"") }
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
}
