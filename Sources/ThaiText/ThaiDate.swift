/// A calendar month; `year` is CE.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year (CE).
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int

    /// The month `month` (1–12) of CE year `year`.
    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// "2021-01"
    public var iso: String { "\(pad(year, 4))-\(pad(month, 2))" }
    /// The ISO form, as `iso`.
    public var description: String { iso }

    /// The month `n` months later (earlier when negative).
    public func adding(months n: Int) -> YearMonth {
        let total = year &* 12 &+ (month - 1) &+ n
        let (q, r) = total.quotientAndRemainder(dividingBy: 12)
        return r < 0 ? YearMonth(year: q - 1, month: r + 13) : YearMonth(year: q, month: r + 1)
    }

    /// "มีนาคม 2564" or "มี.ค. 2564" (BE year).
    public func thai(abbreviated: Bool = false, thaiDigits: Bool = false) -> String {
        let name = ThaiMonth(rawValue: month).map { abbreviated ? $0.abbreviation : $0.fullName } ?? String(month)
        let text = "\(name) \(BuddhistEra.toBE(year))"
        return thaiDigits ? ThaiDigits.toThai(text) : text
    }

    /// Orders months in time.
    public static func < (a: YearMonth, b: YearMonth) -> Bool {
        (a.year, a.month) < (b.year, b.month)
    }
}

/// A calendar day; `year` is CE.
public struct ThaiDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year (CE).
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The day of the month.
    public var day: Int

    /// The day `day` of month `month` of CE year `year`; not checked (see `init(validating:month:day:)`).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Nil unless the day exists (31 เมษายน and 29 กุมภาพันธ์ of a common year do not).
    public init?(validating year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Days in a month of a CE year (Gregorian).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// "2021-03-15"
    public var iso: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }
    /// The ISO form, as `iso`.
    public var description: String { iso }
    /// The month the day is in.
    public var yearMonth: YearMonth { YearMonth(year: year, month: month) }

    /// "15 มีนาคม 2564" or "15 มี.ค. 2564" (BE year).
    public func thai(abbreviated: Bool = false, thaiDigits: Bool = false) -> String {
        let text = "\(day) \(yearMonth.thai(abbreviated: abbreviated))"
        return thaiDigits ? ThaiDigits.toThai(text) : text
    }

    /// Orders days in time.
    public static func < (a: ThaiDate, b: ThaiDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// A date found in prose, with where it was written.
public struct FoundDate: Hashable, Sendable {
    /// Nil when the year is implausible.
    public var date: ThaiDate?
    /// The year as written when it cannot be right (3105).
    public var implausibleYear: Int?
    /// The date as written.
    public var text: String
    /// Where `text` is in the string searched.
    public var range: Range<String.Index>

    /// A date found as `text` at `range`.
    public init(date: ThaiDate?, implausibleYear: Int?, text: String, range: Range<String.Index>) {
        self.date = date
        self.implausibleYear = implausibleYear
        self.text = text
        self.range = range
    }
}

/// Reads Thai dates: day, month (full or abbreviated) and year (BE or CE, 2 or 4 digits, Thai or Arabic digits),
/// or numeric d/m/y.
public enum ThaiDateParser {
    /// One date written alone: "๑๕ มีนาคม ๒๕๖๔", "15 มี.ค. 64", "15/3/2564", "วันที่1 ตุลาคม 2567", "1 เม.ย. 2564",
    /// "๑ ตุลาคม พ.ศ. ๒๕๖๓". Words around it are allowed ("วันที่"), other numbers or months are not.
    /// Nil if not exactly one valid date.
    public static func parse(_ text: some StringProtocol, nearBE: Int? = nil) -> ThaiDate? {
        let grammar = DateGrammar(DateLexer.lex(String(text)), nearBE: nearBE)
        let points = grammar.items().compactMap { item -> DatePoint? in
            if case .point(let p) = item { p } else { nil }
        }
        guard points.count == 1, let p = points.first, p.day != nil, p.year != nil else { return nil }
        for (k, token) in grammar.text.tokens.enumerated() where !p.tokens.contains(k) {
            switch token.kind {
            case .number, .month, .dash, .slash: return nil
            default: continue
            }
        }
        guard case .resolved(let r, _) = DateGrammar.resolve(p, p, fiscalYear: nil) else { return nil }
        return r.date
    }

    /// Every full date (day month year) inside prose, in order, e.g. "เมื่อวันที่ ๑๕ มีนาคม ๒๕๖๔ โดยมี…"; ignores
    /// non-dates (letter numbers "นม ๐๐๒๓.๑/ว ๒๔๔๑", "ครั้งที่ 1/2568", "COVID-๑๙", "ปีการศึกษา 2566",
    /// "ภาคเรียนที่ 1/2565"). The start of a range takes its year from the end ("27 พ.ย. - 1 ธ.ค.2567" gives two
    /// dates). Implausible years (3105) are returned with `date` nil and `implausibleYear` set; impossible days
    /// (31 เมษายน) are skipped.
    public static func dates(in text: String, nearBE: Int? = nil) -> [FoundDate] {
        let grammar = DateGrammar(DateLexer.lex(text), nearBE: nearBE)
        var found: [FoundDate] = []
        var indices: [String.Index] = []
        func add(_ p: DatePoint, _ date: ThaiDate?, implausible: Int? = nil) {
            if indices.isEmpty { indices = Array(text.unicodeScalars.indices) + [text.endIndex] }
            let offsets = grammar.text.originalOffsets(ofTokens: p.tokens)
            let range = indices[offsets.lowerBound]..<indices[offsets.upperBound]
            found.append(FoundDate(date: date, implausibleYear: implausible, text: String(text[range]), range: range))
        }
        for (a, b) in DateGrammar.segments(grammar.items()) {
            let single = a.tokens == b.tokens
            switch DateGrammar.resolve(a, b, fiscalYear: nil) {
            case .resolved(let s, let e):
                if a.day != nil, let d = s.date { add(a, d) }
                if !single, b.day != nil, let d = e.date { add(b, d) }
            case .implausible:
                for p in single ? [a] : [a, b] where p.day != nil {
                    if case .implausible(let y)? = p.year {
                        add(p, nil, implausible: y)
                    } else if p.year != nil, case .resolved(let r, _) = DateGrammar.resolve(p, p, fiscalYear: nil),
                        let d = r.date
                    {
                        add(p, d)
                    }
                }
            case .missingYear:
                continue
            }
        }
        return found
    }
}

/// Zero-padded decimal; negative numbers keep their sign.
func pad(_ n: Int, _ width: Int) -> String {
    let digits = String(n.magnitude)
    let padded = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    return n < 0 ? "-" + padded : padded
}
