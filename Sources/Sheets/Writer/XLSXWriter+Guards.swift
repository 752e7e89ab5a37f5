// Input sanitation: everything libxlsxwriter 1.1.4 trusts its caller with
// (each guard's test is in WriterGuardTests), checked here before any C call.

/// A cell value checked and converted into exactly one libxlsxwriter call.
enum WriterCell {
    /// Nothing to write (an empty string): a formatted blank if there is a style.
    case blank
    case text(String)
    case number(Double, defaultFormat: String?)
    case bool(Bool)
    /// One of Excel's error literals, written as an error cell (`t="e"`, see `ExactCell`).
    case error(String)
}

enum WriterGuards {
    /// Excel's cell text limit (`LXW_STR_MAX`); counted in UTF-16 units as Excel does, which is
    /// never less than libxlsxwriter's code-point count.
    static let maxCellText = 32_767
    /// Header and footer limit (`LXW_HEADER_FOOTER_MAX`).
    static let maxHeaderFooter = 255
    /// Data-validation input title and message limits.
    static let maxValidationTitle = 32
    static let maxValidationMessage = 255
    /// The joined, quoted inline list must fit libxlsxwriter 1.1.4's 255+3-byte buffer.
    static let maxInlineListBytes = 255

    /// Excel's error literals; anything else given as `.error` is written as text.
    static let errorLiterals: Set<String> = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]

    static let dateFormat = "yyyy-mm-dd"
    static let timeFormat = "hh:mm:ss"
    static let dateTimeFormat = "yyyy-mm-dd hh:mm:ss"
    static let durationFormat = "[h]:mm:ss"

    /// Text made safe for the XML libxlsxwriter writes:
    /// - NUL is removed (C strings end there; the rest would be lost silently), or, for cell
    ///   text (`keepingNUL`), written as the escape `_x0000_`, which every reader decodes back;
    /// - other C0 controls are left to libxlsxwriter, which escapes them as `_x0001_`;
    /// - a literal `_xHHHH_` in the text is protected as `_x005F_xHHHH_`, or every reader
    ///   (Excel, openpyxl, calamine) would decode it into a different character.
    /// Swift strings are always valid UTF-8, so no invalid byte reaches the C side.
    static func cleanText(_ text: String) -> String { cleanText(text, keepingNUL: false) }

    static func cleanText(_ text: String, keepingNUL: Bool) -> String {
        // Fast path, one pass over contiguous UTF-8: most cells hold neither NUL nor `_`, and
        // are returned as they are (no copy).
        var probe = text
        let (hasNUL, hasUnderscore) = probe.withUTF8 { bytes in
            var nul = false, underscore = false
            for b in bytes where b == 0 || b == UInt8(ascii: "_") {
                if b == 0 { nul = true } else { underscore = true }
            }
            return (nul, underscore)
        }
        if !hasNUL && !hasUnderscore { return text }
        var scalars = text.unicodeScalars
        if hasNUL && !keepingNUL { scalars.removeAll { $0 == "\0" } }
        var cleaned = String(scalars)
        if cleaned.utf8.contains(UInt8(ascii: "_")) { cleaned = escapeOOXMLEscapes(cleaned) }
        // After the escapes are protected, so that this one stays an escape.
        if hasNUL && keepingNUL { cleaned = cleaned.replacingOccurrences(of: "\0", with: "_x0000_") }
        return cleaned
    }

    private static func escapeOOXMLEscapes(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "_"), i + 6 < bytes.count, bytes[i + 1] == UInt8(ascii: "x") || bytes[i + 1] == UInt8(ascii: "X"),
               bytes[(i + 2)...(i + 5)].allSatisfy(isHexDigit), bytes[i + 6] == UInt8(ascii: "_") {
                out.append(contentsOf: "_x005F".utf8)
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isHexDigit(_ b: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(b)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(b)
    }

    static func checkAddress(_ address: CellAddress, sheet: String) throws(SheetsError) {
        guard address.isWithinExcelLimits else {
            throw SheetsError(.limitExceeded,
                "cell row \(address.row), column \(address.column) is outside Excel's limits (1…\(CellAddress.maxRow) × 1…\(CellAddress.maxColumn))",
                part: sheet)
        }
    }

    static func checkRange(_ range: CellRange, sheet: String) throws(SheetsError) {
        try checkAddress(range.start, sheet: sheet)
        try checkAddress(range.end, sheet: sheet)
    }

    /// Converts a value into one C call, or throws a typed error naming the cell.
    static func prepare(_ value: CellValue, at address: CellAddress, sheet: String) throws(SheetsError) -> WriterCell {
        switch value {
        case .string(let raw):
            return try preparedText(raw, at: address, sheet: sheet)
        case .number(let n):
            try checkFinite(n, at: address, sheet: sheet)
            return .number(n, defaultFormat: nil)
        case .bool(let b):
            return .bool(b)
        case .date(let date):
            try checkFinite(date.serial, at: address, sheet: sheet)
            let format: String
            switch date.kind {
            case .date: format = dateFormat
            case .dateTime: format = dateTimeFormat
            case .timeOfDay: format = timeFormat
            }
            // The model counts true days since 1899-12-30; a 1900-system workbook stores the days
            // before 1900-03-01 one lower, around Excel's 29 February 1900 (what the reader undoes).
            let stored = date.kind != .timeOfDay && date.serial >= 2 && date.serial < 61 ? date.serial - 1 : date.serial
            return .number(stored, defaultFormat: format)
        case .duration(let days):
            try checkFinite(days, at: address, sheet: sheet)
            return .number(days, defaultFormat: durationFormat)
        case .error(let literal):
            let trimmed = String(literal.filter { !$0.isWhitespace }).uppercased()
            if errorLiterals.contains(trimmed) { return .error(trimmed) }
            return try preparedText(literal, at: address, sheet: sheet)
        }
    }

    static func preparedText(_ raw: String, at address: CellAddress, sheet: String) throws(SheetsError) -> WriterCell {
        let text = cleanText(raw, keepingNUL: true)
        if text.isEmpty { return .blank }
        try checkTextLength(text, at: address, sheet: sheet)
        return .text(text)
    }

    static func checkTextLength(_ text: String, at address: CellAddress, sheet: String) throws(SheetsError) {
        // A text has no more UTF-16 units than UTF-8 bytes, so most need no count; counting UTF-16
        // of a native string builds index breadcrumbs (6 % of a CSV → XLSX conversion).
        guard text.utf8.count > maxCellText else { return }
        let length = text.utf16.count
        guard length <= maxCellText else {
            throw SheetsError(.limitExceeded,
                "text of \(length) characters exceeds Excel's limit of \(maxCellText) characters per cell",
                part: sheet, address: address)
        }
    }

    /// NaN and ±Inf: libxlsxwriter 1.1.4 writes `<v>NAN</v>` / `<v>INF</v>`, which Excel rejects.
    static func checkFinite(_ n: Double, at address: CellAddress, sheet: String) throws(SheetsError) {
        guard n.isFinite else {
            throw SheetsError(.invalidArgument,
                "\(n) is not a number Excel can store; nothing was written to the cell",
                part: sheet, address: address)
        }
    }

    static func checkHeaderFooter(_ text: String, what: String, sheet: String) throws(SheetsError) {
        let length = text.unicodeScalars.count
        guard length <= maxHeaderFooter else {
            throw SheetsError(.limitExceeded,
                "\(what) of \(length) characters exceeds Excel's limit of \(maxHeaderFooter) characters", part: sheet)
        }
    }

    /// Whether `items` can be written as an inline list: 1.1.4 quotes the comma-joined items and
    /// copies the bytes into a buffer sized for 255 characters (aborts with Thai text, #394).
    /// Items with a comma or a quote cannot be expressed inline at all.
    static func fitsInline(_ items: [String]) -> Bool {
        guard items.allSatisfy({ !$0.isEmpty && !$0.contains(",") && !$0.contains("\"") }) else { return false }
        let bytes = items.reduce(0) { $0 + $1.utf8.count } + max(items.count - 1, 0) + 2
        return bytes <= maxInlineListBytes
    }
}
