import Sheets
import ThaiText

extension CellValue {
    /// The value as a reader of the document sees it: text as written; a date the Thai way
    /// (`15 มีนาคม 2564`). Shown in reports and findings only: a cell's typed value travels beside
    /// it (`SourcedText.value`), and dates are read from that (`SourcedText.typedDate`).
    var displayText: String {
        switch self {
        case .string(let s): return s
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .date(let d):
            let (y, m, day) = d.civil
            let month = ThaiMonth(rawValue: m)?.fullName ?? String(m)
            return "\(day) \(month) \(BuddhistEra.toBE(y))"
        case .duration(let days): return String(days)
        case .error(let e): return e
        }
    }
}
