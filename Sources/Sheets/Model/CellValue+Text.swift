/// Numbers as text: the one formatting both the CSV and the JSON writer use.
public enum NumberText {
    /// The shortest text that reads back as the same `Double`, laid out as JavaScript's
    /// `Number.prototype.toString` (and so `JSON.stringify`) does: integers below 1e21 in full
    /// (`2564`, `1234567890123`, `100000000000000000000`), `0.1`, `0.000001`, then exponents
    /// without padding (`1e+21`, `1e-7`, `1.7976931348623157e+308`). `-0` prints as `0`, as in
    /// JSON.stringify and Excel. Not finite: `NaN`, `Infinity`, `-Infinity` (not JSON numbers;
    /// the JSON writer writes those cells as the error `#NUM!`).
    public static func shortest(_ d: Double) -> String {
        String(unsafeUninitializedCapacity: maxLength) { put(d, at: $0.baseAddress!) }
    }

    /// The most bytes `put(_:at:)` writes (`-1.7976931348623157e+308` is 24).
    static let maxLength = 32

    /// Writes `shortest(d)` at `p` (room for `maxLength` bytes); returns the byte count.
    /// Integers (the common case) go straight to digits, without a `String`.
    @inline(__always)
    static func put(_ d: Double, at p: UnsafeMutablePointer<UInt8>) -> Int {
        if d == d.rounded(.towardZero), abs(d) < 9_007_199_254_740_992 {
            // -0 prints as 0.
            return putDecimal(Int(d), at: p)
        }
        return putFraction(d, at: p)
    }

    private static func putFraction(_ d: Double, at p: UnsafeMutablePointer<UInt8>) -> Int {
        var text: String
        var dropPointZero = false
        if d.isNaN {
            text = "NaN"
        } else if d.isInfinite {
            text = d < 0 ? "-Infinity" : "Infinity"
        } else {
            // Swift's description is the shortest round-trip digit string; without an exponent
            // its layout is already JavaScript's (`0.1`, `-1234.5`), which is nearly every number
            // met. (Integers from 2^53 to 1e16 print with a trailing ".0", which JavaScript
            // leaves out.)
            text = d.description
            if text.utf8.contains(UInt8(ascii: "e")) { text = exponentLayout(text) } else { dropPointZero = true }
        }
        return text.withUTF8 { u in
            var n = u.count
            if dropPointZero && n >= 2 && u[n - 2] == UInt8(ascii: ".") && u[n - 1] == UInt8(ascii: "0") { n -= 2 }
            p.update(from: u.baseAddress!, count: n)
            return n
        }
    }

    /// `description` text with an exponent (`1e-07`, `1.2e+21`) laid out as JavaScript does.
    private static func exponentLayout(_ text: String) -> String {
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

    /// Writes `value` in decimal (as `String(value)` does) at `p`; returns the byte count (at most 20).
    @inline(__always)
    static func putDecimal(_ value: Int, at p: UnsafeMutablePointer<UInt8>) -> Int {
        if value >= 0 && value < 10 { p[0] = UInt8(truncatingIfNeeded: value) &+ 0x30; return 1 }
        var m = value.magnitude
        var length = value < 0 ? 2 : 1
        var rest = m
        while rest >= 10 { rest /= 10; length += 1 }
        var k = length
        repeat {
            k -= 1
            p[k] = UInt8(truncatingIfNeeded: m % 10) &+ 0x30
            m /= 10
        } while m > 0
        if value < 0 { p[0] = UInt8(ascii: "-") }
        return length
    }

    /// `putDecimal`, with zeros in front up to `width` bytes (a minus sign counts).
    @inline(__always)
    static func putPadded(_ value: Int, width: Int, at p: UnsafeMutablePointer<UInt8>) -> Int {
        if value >= 0 && value < 10 && width == 2 {
            p[0] = 0x30
            p[1] = UInt8(truncatingIfNeeded: value) &+ 0x30
            return 2
        }
        var length = value < 0 ? 2 : 1
        var rest = value.magnitude
        while rest >= 10 { rest /= 10; length += 1 }
        let zeros = max(0, width - length)
        for k in 0..<zeros { p[k] = 0x30 }
        return zeros + putDecimal(value, at: p + zeros)
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

    /// An elapsed time in days as `[-]H:MM:SS[.fff]`, hours unbounded, to the millisecond:
    /// the fraction of a second is kept whenever it is not zero (`[hh]:mm:ss.00` shows it, and
    /// the value holds it whatever the format shows).
    public static func duration(days: Double) -> String {
        guard days.isFinite else { return shortest(days) }
        let totalMillis = (abs(days) * 86_400_000).rounded()
        guard totalMillis < 9.0e18 else { return shortest(days) }
        let m = Int64(totalMillis)
        let s = m / 1000, ms = m % 1000
        let mm = s / 60 % 60, ss = s % 60
        let sign = days < 0 && m > 0 ? "-" : ""
        var text = "\(sign)\(s / 3600):\(mm < 10 ? "0" : "")\(mm):\(ss < 10 ? "0" : "")\(ss)"
        if ms != 0 { text += ms < 10 ? ".00\(ms)" : ms < 100 ? ".0\(ms)" : ".\(ms)" }
        return text
    }
}

extension CellValue {
    /// The value as a CSV writer prints it: text as is, numbers in the shortest round-trip
    /// form, dates in ISO 8601, durations `[-]H:MM:SS[.fff]`, `TRUE`/`FALSE`, error literals.
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

    /// The `type` name of the canonical JSON form (`ita convert --to json`, `JSONWriter`).
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
