/// Numbers as text: the one formatting both the CSV and the JSON writer use.
public enum NumberText {
    /// The shortest text that reads back as the same `Double`, laid out as JavaScript's
    /// `Number.prototype.toString` (and so `JSON.stringify`) does: integers below 1e21 in full
    /// (`2564`, `1234567890123`, `100000000000000000000`), `0.1`, `0.000001`, then exponents
    /// without padding (`1e+21`, `1e-7`, `1.7976931348623157e+308`). `-0` prints as `0`, as in
    /// JSON.stringify and Excel. Not finite: `NaN`, `Infinity`, `-Infinity` (not JSON numbers;
    /// the JSON writer writes those cells as the error `#NUM!`).
    public static func shortest(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == 0 { return "0" }
        if d == d.rounded(.towardZero), abs(d) < 9_007_199_254_740_992 { return String(Int64(d)) }
        // Swift's description is the shortest round-trip digit string; without an exponent its
        // layout is already JavaScript's (`0.1`, `-1234.5`), which is nearly every number met.
        // (Integers from 2^53 to 1e16 print with a trailing ".0", which JavaScript leaves out.)
        let text = d.description
        if !text.utf8.contains(UInt8(ascii: "e")) { return text.hasSuffix(".0") ? String(text.dropLast(2)) : text }
        let (negative, digits, exponent) = decimalParts(text)
        // The value is 0.digits × 10^exponent, so `point` digits come before the decimal point.
        let point = exponent
        let k = digits.count
        var out = negative ? "-" : ""
        if k <= point && point <= 21 {
            out += digits + String(repeating: "0", count: point - k)
        } else if 0 < point && point <= 21 {
            out += digits.prefix(point) + "." + digits.dropFirst(point)
        } else if -6 < point && point <= 0 {
            out += "0." + String(repeating: "0", count: -point) + digits
        } else {
            let e = point - 1
            out += digits.prefix(1) + (k > 1 ? "." + digits.dropFirst() : "") + "e" + (e < 0 ? "-" : "+") + String(abs(e))
        }
        return out
    }

    /// Sign, significant digits (no leading or trailing zeros) and the exponent `p` such that
    /// the value is 0.DIGITS × 10^p, from text like `-1.25e-07` or `0.001`.
    private static func decimalParts(_ text: String) -> (Bool, String, Int) {
        var s = Substring(text)
        let negative = s.hasPrefix("-")
        if negative { s = s.dropFirst() }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(s[s.index(after: e)...]) ?? 0
            s = s[..<e]
        }
        let intPart = s.prefix { $0 != "." }
        let fraction = s.dropFirst(intPart.count + (s.contains(".") ? 1 : 0))
        var digits = String(intPart) + fraction
        var point = intPart.count + exponent
        while digits.hasPrefix("0") { digits.removeFirst(); point -= 1 }
        while digits.hasSuffix("0") { digits.removeLast() }
        return (negative, digits.isEmpty ? "0" : digits, point)
    }

    /// An elapsed time in days as `[-]H:MM:SS`, hours unbounded, rounded to the second.
    public static func duration(days: Double) -> String {
        guard days.isFinite else { return shortest(days) }
        let totalSeconds = (abs(days) * 86_400).rounded()
        guard totalSeconds < 9.0e18 else { return shortest(days) }
        let s = Int64(totalSeconds)
        let mm = s / 60 % 60, ss = s % 60
        let sign = days < 0 && s > 0 ? "-" : ""
        return "\(sign)\(s / 3600):\(mm < 10 ? "0" : "")\(mm):\(ss < 10 ? "0" : "")\(ss)"
    }
}

extension CellValue {
    /// The value as a CSV writer prints it: text as is, numbers in the shortest round-trip
    /// form, dates in ISO 8601, durations `[-]H:MM:SS`, `TRUE`/`FALSE`, error literals.
    public var plainText: String {
        switch self {
        case .string(let s): s
        case .number(let d): NumberText.shortest(d)
        case .bool(let b): b ? "TRUE" : "FALSE"
        case .date(let date): date.iso8601
        case .duration(let days): NumberText.duration(days: days)
        case .error(let e): e
        }
    }

    /// The `type` name of the canonical JSON form (DESIGN §3.2).
    public var typeName: String {
        switch self {
        case .string: "string"
        case .number: "number"
        case .bool: "bool"
        case .date: "date"
        case .duration: "duration"
        case .error: "error"
        }
    }
}
