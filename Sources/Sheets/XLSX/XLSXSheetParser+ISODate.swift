import Foundation

// ISO 8601 dates and times of `t="d"` cells.
extension XLSXSheetParser {
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
