import Foundation

// A cell's bytes, by its type and number format, to the value the sink receives.
extension XLSXSheetParser {
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
            let millis = (number * 86_400_000).rounded()
            let dateKind: SpreadsheetDate.Kind
            switch kind {
            case .date: dateKind = millis.truncatingRemainder(dividingBy: 86_400_000) == 0 ? .date : .dateTime
            case .timeOfDay: dateKind = millis < 86_400_000 ? .timeOfDay : .dateTime
            default: dateKind = .dateTime
            }
            // A time of day has no date, so no epoch to move: it stays the day's fraction in
            // either date system (a 1904 workbook's 18:00 is 0.75, not 1904-01-01T18:00).
            var serial = number
            if dateKind != .timeOfDay {
                if date1904 { serial += 1462 } else if serial >= 1 && serial < 60 { serial += 1 }
            }
            guard number >= 0, serial < 2_958_466 else { return .number(number) }  // 9999-12-31 is Excel's last day
            return .date(SpreadsheetDate(serial: serial, kind: dateKind))
        }
    }
}
