/// What a cell holds, as the file stored it. Text stays text: nothing is guessed out of strings.
public enum CellValue: Hashable, Sendable {
    /// Text, exactly as written (leading zeros, long digit strings and all).
    case string(String)
    /// A number (a date or duration is `date` or `duration`, by its number format).
    case number(Double)
    /// `TRUE` or `FALSE`.
    case bool(Bool)
    /// A number whose number format is a date or time format.
    case date(SpreadsheetDate)
    /// A number shown with an elapsed-time format such as `[h]:mm:ss`, in days.
    case duration(Double)
    /// An error value such as `#DIV/0!`.
    case error(String)

    /// The text of a string cell, nil for every other kind.
    public var text: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// True for an empty string: such a cell counts as blank.
    public var isBlank: Bool {
        if case .string(let s) = self { return s.allSatisfy(\.isWhitespace) }
        return false
    }
}

/// A date, date-time or time of day, kept as Excel's serial number (days since 1899-12-30,
/// the 1904 epoch already applied) so that it round-trips exactly.
public struct SpreadsheetDate: Hashable, Sendable {
    /// Whether the serial shows a date, a date with a time, or a time of day.
    public enum Kind: String, Sendable {
        /// A calendar date; the serial is a whole number of days.
        case date
        /// A date with a time of day.
        case dateTime
        /// A time of day or a duration, without a date.
        case timeOfDay
    }

    /// Days since 1899-12-30, the fraction being the time of day.
    public var serial: Double
    /// What the value shows: a date, a date and time, or a time of day.
    public var kind: Kind

    /// A value of `kind` at Excel serial `serial`.
    public init(serial: Double, kind: Kind) {
        self.serial = serial
        self.kind = kind
    }

    /// Builds a date from civil year, month and day (proleptic Gregorian, CE).
    public init(year: Int, month: Int, day: Int) {
        self.init(serial: Double(Self.daysFromCivil(year, month, day) - Self.epochDays), kind: .date)
    }

    /// Days from 1970-01-01 to 1899-12-30.
    static let epochDays = -25_569

    /// `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS[.fff]` or `HH:MM:SS[.fff]`.
    public var iso8601: String {
        String(unsafeUninitializedCapacity: Self.maxISO8601Length) { putISO8601(at: $0.baseAddress!) }
    }

    /// The most bytes `putISO8601(at:)` writes (a 20-byte year, then `-MM-DDTHH:MM:SS.fff`).
    static let maxISO8601Length = 48

    /// Writes `iso8601` at `p` (room for `maxISO8601Length` bytes); returns the byte count.
    @inline(__always)
    func putISO8601(at p: UnsafeMutablePointer<UInt8>) -> Int {
        let totalMillis = (serial * 86_400_000).rounded()
        var days = Int((totalMillis / 86_400_000).rounded(.down))
        var millis = Int(totalMillis - Double(days) * 86_400_000)
        if millis >= 86_400_000 { days += 1; millis -= 86_400_000 }
        let (y, m, d) = Self.civilFromDays(days + Self.epochDays)
        var n = 0
        if kind != .timeOfDay {
            n += NumberText.putPadded(y, width: 4, at: p)
            p[n] = UInt8(ascii: "-")
            n += 1
            n += NumberText.putPadded(m, width: 2, at: p + n)
            p[n] = UInt8(ascii: "-")
            n += 1
            n += NumberText.putPadded(d, width: 2, at: p + n)
            if kind == .date { return n }
            p[n] = UInt8(ascii: "T")
            n += 1
        }
        let s = millis / 1000, ms = millis % 1000
        n += NumberText.putPadded(s / 3600, width: 2, at: p + n)
        p[n] = UInt8(ascii: ":")
        n += 1
        n += NumberText.putPadded(s / 60 % 60, width: 2, at: p + n)
        p[n] = UInt8(ascii: ":")
        n += 1
        n += NumberText.putPadded(s % 60, width: 2, at: p + n)
        if ms != 0 {
            p[n] = UInt8(ascii: ".")
            n += 1
            n += NumberText.putPadded(ms, width: 3, at: p + n)
        }
        return n
    }

    /// Year, month and day in the proleptic Gregorian calendar.
    public var civil: (year: Int, month: Int, day: Int) {
        Self.civilFromDays(Int(serial.rounded(.down)) + Self.epochDays)
    }

    // Howard Hinnant's days_from_civil / civil_from_days, exact for every Int date.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
