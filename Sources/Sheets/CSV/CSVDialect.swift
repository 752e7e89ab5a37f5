/// How a delimited text file separates its fields. Quoting is always RFC 4180 (`"`, doubled inside).
public struct CSVDialect: Hashable, Sendable, CustomStringConvertible {
    /// An ASCII byte other than `"`, CR, LF and NUL.
    public var delimiter: UInt8

    /// A dialect separating fields with `delimiter` (an ASCII byte other than `"`, CR, LF and NUL).
    public init(delimiter: UInt8) {
        precondition(delimiter < 0x80 && ![0x22, 0x0A, 0x0D, 0x00].contains(delimiter), "unusable delimiter")
        self.delimiter = delimiter
    }

    /// Comma-separated, as RFC 4180 and most programs write.
    public static let comma = CSVDialect(delimiter: UInt8(ascii: ","))
    /// Semicolon-separated, as Excel writes where the comma is the decimal separator.
    public static let semicolon = CSVDialect(delimiter: UInt8(ascii: ";"))
    /// Tab-separated (TSV, and a document's text copied with its table cells).
    public static let tab = CSVDialect(delimiter: UInt8(ascii: "\t"))
    /// Separated by `|`.
    public static let pipe = CSVDialect(delimiter: UInt8(ascii: "|"))

    /// The candidates sniffing chooses from, in the order that breaks ties.
    public static let candidates: [CSVDialect] = [.comma, .tab, .semicolon, .pipe]

    /// `.tsv` for tab-separated text, `.csv` for everything else.
    public var format: FileFormat { delimiter == UInt8(ascii: "\t") ? .tsv : .csv }

    /// The delimiter as shown in notes: `tab`, or the character itself.
    public var description: String {
        switch delimiter {
        case UInt8(ascii: "\t"): "tab"
        default: String(UnicodeScalar(delimiter))
        }
    }

    /// Picks the delimiter from the first lines of UTF-8 text (at most 20 records or 64 KiB),
    /// counting candidates outside quotes: the one with the same non-zero count on the most
    /// lines wins, then the one with more fields, then the earlier candidate. Defaults to comma.
    public static func sniff(_ text: UnsafeBufferPointer<UInt8>, isComplete: Bool = true) -> CSVDialect {
        let limit = min(text.count, 64 << 10)
        var lines: [[Int]] = []
        var counts = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false, lineHasContent = false, i = 0
        while i < limit, lines.count < 20 {
            let b = text[i]
            i += 1
            if b == 0x22 { inQuotes.toggle(); lineHasContent = true; continue }
            if inQuotes { continue }
            if b == 0x0A || b == 0x0D {
                if lineHasContent { lines.append(counts) }
                counts = [Int](repeating: 0, count: candidates.count)
                lineHasContent = false
                continue
            }
            lineHasContent = true
            if let k = candidates.firstIndex(where: { $0.delimiter == b }) { counts[k] += 1 }
        }
        // A last line is whole only when the text ended there.
        if lineHasContent, lines.count < 20, (isComplete && i >= text.count) || lines.isEmpty {
            lines.append(counts)
        }
        guard !lines.isEmpty else { return .comma }
        var best = (index: 0, consistent: 0, fields: 0)
        for k in candidates.indices {
            var frequency: [Int: Int] = [:]
            for line in lines where line[k] > 0 { frequency[line[k], default: 0] += 1 }
            guard let (count, lineCount) = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            if (lineCount, count) > (best.consistent, best.fields) { best = (k, lineCount, count) }
        }
        return candidates[best.index]
    }
}
