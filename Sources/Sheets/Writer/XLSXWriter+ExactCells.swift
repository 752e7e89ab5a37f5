/// Cells that libxlsxwriter 1.1.4, as distributions build it, cannot write exactly, put right
/// in the finished package.
///
/// - A number whose shortest exact form needs 17 significant digits (`0.1 + 0.2`,
///   `12345678901234568`): the library prints `%.16G` (`LXW.numberText`), which reads back as
///   the neighbouring double.
/// - An error value (`#N/A` …): the library has no error cell; `LXW.writeErrorFormula` writes
///   the formula `=#N/A` with its cached result as text (`t="str"`), which readers take as text.
///
/// The writer notes such cells as it writes them (`WriterSheet.exactCells`, dropped again when
/// the cell is overwritten) and `WriterState.close()` rewrites each noted cell's element in its
/// sheet part in one forward pass (`ExactCells.rewrite`), as Excel writes them:
/// `<c r="B2" s="1"><v>0.30000000000000004</v></c>` and `<c r="C2" t="e"><v>#N/A</v></c>`.
/// A workbook without such cells is never reopened: its bytes are exactly libxlsxwriter's.
enum ExactCell: Equatable {
    case number(Double)
    case error(String)

    /// Whether `%.16G` (`LXW.numberText`) would give back another double than `number`.
    ///
    /// Cheap on the common values: a whole number below 2^53 has at most 16 digits, printed in
    /// full. Otherwise Swift's `description` is the shortest text that reads back exactly; with
    /// 16 digits or fewer, the 16-digit rounding is at least as close to the value and so reads
    /// back exactly too, except at a power of two, where the doubles below lie twice as close
    /// as those above: there the library's own text is parsed back.
    static func needsExactText(_ number: Double) -> Bool {
        if number.magnitude < 9_007_199_254_740_992, number == number.rounded(.towardZero) { return false }
        if number.significandBitPattern == 0 && number.isNormal {
            return Double(LXW.numberText(number))?.bitPattern != number.bitPattern
        }
        return significantDigits(of: number.description) > 16
    }

    /// Digits of a decimal or exponent form from the first non-zero one up to the exponent.
    static func significantDigits(of text: String) -> Int {
        var count = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): return count
            case UInt8(ascii: "0"): if count > 0 { count += 1 }
            case UInt8(ascii: "1")...UInt8(ascii: "9"): count += 1
            default: continue
            }
        }
        return count
    }

    /// The shortest text that reads back as `number` (an xsd:double, `E` as `%G` writes it).
    static func exactText(_ number: Double) -> String {
        number.description.replacingOccurrences(of: "e", with: "E")
    }

    /// The whole `<c>` element, `style` being the original's ` s="…"` value.
    func element(at address: CellAddress, style: ArraySlice<UInt8>?) -> [UInt8] {
        var out = Array("<c r=\"\(address.a1)\"".utf8)
        if let style { out += " s=\"".utf8; out += style; out += "\"".utf8 }
        switch self {
        case .number(let number): out += "><v>\(Self.exactText(number))</v></c>".utf8
        case .error(let literal): out += " t=\"e\"><v>\(literal)</v></c>".utf8
        }
        return out
    }
}

enum ExactCells {
    /// The part libxlsxwriter writes the `index`-th (0-based) worksheet to: worksheets are
    /// numbered from 1 in the order they were added (this writer adds no chart sheets).
    static func partName(sheetIndex index: Int) -> String { "xl/worksheets/sheet\(index + 1).xml" }

    /// Replaces the elements of `cells` in a sheet part libxlsxwriter wrote. Cells are found in
    /// document order (rows ascending, cells left to right), so the pass is linear; a cell not
    /// found in the shape libxlsxwriter gives it (`<c r="B2"[ s="1"][ t="str"]>…</c>`) is a
    /// typed error, never a silent skip.
    static func rewrite(_ xml: [UInt8], cells: [CellAddress: ExactCell], sheet: String) throws(SheetsError) -> [UInt8] {
        let ordered = cells.sorted { ($0.key.row, $0.key.column) < ($1.key.row, $1.key.column) }
        var out: [UInt8] = []
        out.reserveCapacity(xml.count + 24 * ordered.count)
        var copied = 0
        for (address, cell) in ordered {
            func fail(_ what: String) -> SheetsError {
                SheetsError(.writeFailed, "rewriting a cell libxlsxwriter cannot write exactly: \(what)", part: sheet, address: address)
            }
            let opening = Array("<c r=\"\(address.a1)\"".utf8)
            guard let start = find(opening, in: xml, from: copied) else { throw fail("the cell is not in the sheet part") }
            var i = start + opening.count
            var style: ArraySlice<UInt8>?
            if has(" s=\"", in: xml, at: i) {
                var end = i + 4
                while end < xml.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(xml[end]) { end += 1 }
                guard end < xml.count, xml[end] == UInt8(ascii: "\"") else { throw fail("an unexpected style attribute") }
                style = xml[(i + 4)..<end]
                i = end + 1
            }
            let expected: String
            switch cell {
            case .number: expected = "><v>"
            case .error: expected = " t=\"str\"><f>"
            }
            guard has(expected, in: xml, at: i), let close = find(Array("</c>".utf8), in: xml, from: i) else {
                throw fail("the cell is not the number or formula written")
            }
            out += xml[copied..<start]
            out += cell.element(at: address, style: style)
            copied = close + 4
        }
        out += xml[copied...]
        return out
    }

    private static func has(_ text: String, in bytes: [UInt8], at index: Int) -> Bool {
        var i = index
        for byte in text.utf8 {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
        }
        return true
    }

    /// The first index of `needle` in `bytes` at or after `from`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        let last = bytes.count - needle.count
        var i = from
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < needle.count && bytes[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
