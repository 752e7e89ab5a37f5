import Foundation

/// Streams one worksheet part: `<sheetData>` rows one at a time, then `<mergeCells>`.
///
/// - `<row r>` and `<c r>` may be missing: the row after the previous one, the column after
///   the previous cell. Rows must ascend and cells within a row must go left to right (Excel
///   refuses files that do otherwise); anything else is a typed error, never a crash.
/// - References are checked against Excel's limits (1,048,576 rows × 16,384 columns).
/// - `<dimension>` is ignored and nothing is allocated from merge areas.
struct XLSXSheetParser {
    enum CellType { case number, shared, inline, formulaString, bool, error, isoDate }

    let sharedStrings: [String]
    /// Number-format kind per `cellXfs` index.
    let styles: [NumberFormatKind]
    let date1904: Bool
    let sheetName: String

    func parse(_ tok: inout XMLTokenizer, row deliver: (Row) throws(SheetsError) -> Void) throws(SheetsError) -> [CellRange] {
        var merged: [CellRange] = []
        var cells: [Cell] = []
        cells.reserveCapacity(64)
        var value: [UInt8] = []
        value.reserveCapacity(256)

        var inSheetData = false
        var rowOpen = false, rowHadIndex = false
        var rowIndex = 0, lastRow = 0, lastColumn = 0

        var inCell = false, inValue = false, inText = false, sawInline = false, hasValue = false
        var phoneticDepth = 0
        var cellType = CellType.number
        var cellStyle = 0
        var cellColumn = 0

        func fail(_ message: String, _ code: SheetsError.Code = .malformed, at address: CellAddress? = nil) -> SheetsError {
            var e = tok.error(message, code: code)
            e.address = address
            return e
        }

        while true {
            switch try tok.next() {
            case .eof:
                return merged
            case .text:
                if inValue || inText { try tok.appendText(to: &value) }
            case .start:
                let n = tok.localLength, b = tok.localFirstByte
                if n == 1 && b == UInt8(ascii: "c") && rowOpen {
                    // <c r="B7" s="3" t="s">
                    inCell = true; hasValue = false; sawInline = false; value.removeAll(keepingCapacity: true)
                    if let r = tok.attribute("r") {
                        let (row, column) = try reference(tok.bytes(r), tok: tok)
                        if !rowHadIndex && cells.isEmpty && lastColumn == 0 {
                            guard row > lastRow else { throw fail("rows are out of order at \(CellAddress(row: row, column: column))", at: CellAddress(row: row, column: column)) }
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
                        throw fail("a cell lies past column XFD, Excel's last", .limitExceeded, at: nil)
                    }
                    lastColumn = cellColumn
                    cellStyle = tok.attribute("s").flatMap { tok.integer($0) } ?? 0
                    cellType = .number
                    if let t = tok.attribute("t") {
                        if tok.span(t, equals: "s") { cellType = .shared }
                        else if tok.span(t, equals: "str") { cellType = .formulaString }
                        else if tok.span(t, equals: "inlineStr") { cellType = .inline }
                        else if tok.span(t, equals: "b") { cellType = .bool }
                        else if tok.span(t, equals: "e") { cellType = .error }
                        else if tok.span(t, equals: "n") { cellType = .number }
                        else if tok.span(t, equals: "d") { cellType = .isoDate }
                        else {
                            throw fail("unknown cell type t=\"\(tok.string(t, lossy: true))\"", at: CellAddress(row: rowIndex, column: cellColumn))
                        }
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
                    if let r = tok.attribute("r") {
                        guard let index = tok.integer(r), index >= 1 else { throw fail("malformed row number \"\(tok.string(r, lossy: true))\"") }
                        guard index <= CellAddress.maxRow else {
                            throw fail("row \(index) is past Excel's last row \(CellAddress.maxRow)", .limitExceeded)
                        }
                        guard index > lastRow else { throw fail("rows are out of order: row \(index) after row \(lastRow)") }
                        rowIndex = index
                        rowHadIndex = true
                    } else {
                        rowIndex = lastRow + 1
                        rowHadIndex = false
                        guard rowIndex <= CellAddress.maxRow else {
                            throw fail("a row lies past Excel's last row \(CellAddress.maxRow)", .limitExceeded)
                        }
                    }
                    rowOpen = true; lastColumn = 0
                    cells.removeAll(keepingCapacity: true)
                } else if n == 3 && tok.isNamed("rPh") {
                    phoneticDepth += 1
                } else if n == 9 && tok.isNamed("sheetData") {
                    inSheetData = true
                } else if n == 9 && tok.isNamed("mergeCell") {
                    guard let ref = tok.attribute("ref") else { continue }
                    merged.append(try mergeRange(tok.bytes(ref), tok: tok))
                }
            case .end:
                let n = tok.localLength, b = tok.localFirstByte
                if n == 1 && b == UInt8(ascii: "c") && inCell {
                    inCell = false; inValue = false; inText = false
                    if hasValue, let cellValue = try cellValue(type: cellType, style: cellStyle, bytes: value, tok: tok,
                                                               at: CellAddress(row: rowIndex, column: cellColumn)) {
                        cells.append(Cell(CellAddress(row: rowIndex, column: cellColumn), cellValue))
                    }
                } else if n == 1 && b == UInt8(ascii: "v") {
                    inValue = false
                } else if n == 1 && b == UInt8(ascii: "t") {
                    inText = false
                } else if n == 3 && tok.isNamed("row") && rowOpen {
                    rowOpen = false
                    lastRow = rowIndex
                    if !cells.isEmpty {
                        try deliver(Row(index: rowIndex, cells: cells))
                        cells.removeAll(keepingCapacity: true)
                    }
                } else if n == 3 && tok.isNamed("rPh") {
                    phoneticDepth -= 1
                } else if n == 9 && tok.isNamed("sheetData") {
                    inSheetData = false
                }
            }
        }
    }

    /// `B7` → (7, 2), checked against Excel's limits.
    func reference(_ bytes: UnsafeBufferPointer<UInt8>, tok: borrowing XMLTokenizer) throws(SheetsError) -> (Int, Int) {
        var column = 0, row = 0, i = 0
        while i < bytes.count, case let b = bytes[i] | 0x20, b >= UInt8(ascii: "a"), b <= UInt8(ascii: "z") {
            column = column * 26 + Int(b - UInt8(ascii: "a")) + 1
            i += 1
            if column > CellAddress.maxColumn {
                throw tok.error("cell reference \(String(decoding: bytes, as: UTF8.self)) is past column XFD, Excel's last", code: .limitExceeded)
            }
        }
        let letters = i
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            row = row * 10 + Int(bytes[i] - 0x30)
            i += 1
            if row > CellAddress.maxRow {
                throw tok.error("cell reference \(String(decoding: bytes, as: UTF8.self)) is past row \(CellAddress.maxRow), Excel's last", code: .limitExceeded)
            }
        }
        guard letters > 0, i > letters, i == bytes.count, row >= 1 else {
            throw tok.error("malformed cell reference \"\(String(decoding: bytes, as: UTF8.self))\"")
        }
        return (row, column)
    }

    func mergeRange(_ bytes: UnsafeBufferPointer<UInt8>, tok: borrowing XMLTokenizer) throws(SheetsError) -> CellRange {
        let parts = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else {
            throw tok.error("malformed merged range \"\(String(decoding: bytes, as: UTF8.self))\"")
        }
        var addresses: [CellAddress] = []
        for part in parts {
            let (row, column) = try reference(UnsafeBufferPointer(rebasing: part), tok: tok)
            addresses.append(CellAddress(row: row, column: column))
        }
        return CellRange(start: addresses[0], end: addresses[addresses.count - 1])
    }

    func cellValue(type: CellType, style: Int, bytes: [UInt8], tok: borrowing XMLTokenizer, at address: CellAddress) throws(SheetsError) -> CellValue? {
        func fail(_ message: String) -> SheetsError {
            var e = tok.error(message)
            e.address = address
            return e
        }
        func text() throws(SheetsError) -> String {
            guard let s = String(validating: OOXMLEscapes.decode(bytes), as: UTF8.self) else {
                var e = tok.error("the cell holds invalid UTF-8 text", code: .invalidTextEncoding)
                e.address = address
                throw e
            }
            return s
        }
        switch type {
        case .shared:
            guard let index = Self.integer(bytes), index < sharedStrings.count else {
                throw fail("shared string index \"\(String(decoding: bytes, as: UTF8.self))\" is not in the table of \(sharedStrings.count)")
            }
            let s = sharedStrings[index]
            return s.isEmpty ? nil : .string(s)
        case .inline, .formulaString:
            let s = try text()
            return s.isEmpty ? nil : .string(s)
        case .error:
            let s = try text()
            return s.isEmpty ? nil : .error(s)
        case .bool:
            switch String(decoding: Self.trimmed(bytes), as: UTF8.self) {
            case "1", "true": return .bool(true)
            case "0", "false": return .bool(false)
            case "": return nil
            default: throw fail("malformed boolean \"\(String(decoding: bytes, as: UTF8.self))\"")
            }
        case .isoDate:
            let s = try text()
            if s.isEmpty { return nil }
            return Self.isoDate(s).map(CellValue.date) ?? .string(s)
        case .number:
            let trimmed = Self.trimmed(bytes)
            if trimmed.isEmpty { return nil }  // <v/>
            guard let number = Self.double(trimmed) else {
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
            let dateKind: SpreadsheetDate.Kind = kind == .date ? .date : kind == .dateTime ? .dateTime : .timeOfDay
            return .date(SpreadsheetDate(serial: serial, kind: dateKind))
        }
    }

    static func trimmed(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        var s = bytes[...]
        while let f = s.first, f == 0x20 || f == 0x09 || f == 0x0A || f == 0x0D { s.removeFirst() }
        while let l = s.last, l == 0x20 || l == 0x09 || l == 0x0A || l == 0x0D { s.removeLast() }
        return s
    }

    static func integer(_ bytes: [UInt8]) -> Int? {
        let t = trimmed(bytes)
        guard !t.isEmpty, t.count <= 18 else { return nil }
        var v = 0
        for b in t {
            guard b >= 0x30, b <= 0x39 else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        return v
    }

    /// Parses a decimal number exactly (correctly rounded, so it round-trips): integers of up to
    /// 15 digits directly, anything else through `strtod` after checking that only digits,
    /// sign, point and exponent occur (no `inf`, `nan` or hexadecimal).
    static func double(_ bytes: ArraySlice<UInt8>) -> Double? {
        var negative = false
        var digits = bytes
        if let f = digits.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") {
            negative = f == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        if !digits.isEmpty && digits.count <= 15 {
            var v = 0
            var simple = true
            for b in digits {
                guard b >= 0x30, b <= 0x39 else { simple = false; break }
                v = v * 10 + Int(b - 0x30)
            }
            if simple { return negative ? -Double(v) : Double(v) }
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
            guard endPointer == buffer.baseAddress! + bytes.count, value.isFinite else { return nil }
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
