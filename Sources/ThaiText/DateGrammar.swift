/// A date as written, possibly partial: "15 มี.ค. 64", "ต.ค.", "8" (the start of "8-14 พ.ค.2567").
struct DatePoint: Sendable {
    var day: Int?
    /// Nil only for a day-only range start.
    var month: ThaiMonth?
    var year: YearReading?
    /// Token indices.
    var tokens: Range<Int>
}

/// What a stretch of tokens means for dates and periods.
enum DateItem: Sendable {
    case point(DatePoint)
    case dash
    /// ไตรมาส 2, ไตรมาสที่ 2/2566
    case quarter(Int, year: YearReading?)
    /// รอบ 6 เดือน: the first n months of the fiscal year.
    case round(months: Int)
    /// ตลอดปีงบประมาณ, ตลอดปี, ทั้งปี, ทุกเดือน, ทุกไตรมาส, ปีงบประมาณ without a year.
    case wholeYear
    /// ปีงบประมาณ 2564, ประจำปี พ.ศ. 2564
    case fiscalYear(YearReading)
    /// A year on its own: after พ.ศ. ("พ.ศ. 2561 – 2564"), or bare ("2564").
    case year(YearReading, bare: Bool)
    /// ภายใน…
    case deadline
    /// Anything else that is not noise: blocks reading bare numbers as years.
    case other
}

/// A resolved end of a period.
struct ResolvedPoint: Sendable {
    var month: YearMonth
    var date: ThaiDate?
}

enum Resolution: Sendable {
    case resolved(ResolvedPoint, ResolvedPoint)
    case implausible(Int)
    case missingYear
}

/// The grammar shared by `ThaiDateParser` and `Period.parse`.
struct DateGrammar {
    let text: LexedText
    let nearBE: Int?

    init(_ text: LexedText, nearBE: Int?) {
        self.text = text
        self.nearBE = nearBE.flatMap { (1000...9999).contains($0) ? $0 : nil }
    }

    private var tokens: [Token] { text.tokens }

    private func kind(_ k: Int) -> Token.Kind? {
        k < text.tokens.count ? text.tokens[k].kind : nil
    }

    func items() -> [DateItem] {
        var out: [DateItem] = []
        var k = 0
        while k < tokens.count {
            switch tokens[k].kind {
            case .number(let v, let digits):
                if let (p, next) = numericDate(at: k) {
                    out.append(.point(p))
                    k = next
                    continue
                }
                if digits <= 2, (1...31).contains(v) {
                    if case .month(let m)? = kind(k + 1) {
                        let (y, next) = year(after: k + 2)
                        out.append(.point(DatePoint(day: v, month: m, year: y, tokens: k..<next)))
                        k = next
                        continue
                    }
                    if case .dash? = kind(k + 1) {
                        out.append(.point(DatePoint(day: v, month: nil, year: nil, tokens: k..<(k + 1))))
                        k += 1
                        continue
                    }
                }
                out.append(digits == 4 ? .year(interpret(v, digits), bare: true) : .other)
                k += 1
            case .month(let m):
                let (y, next) = year(after: k + 1)
                out.append(.point(DatePoint(day: nil, month: m, year: y, tokens: k..<next)))
                k = next
            case .era:
                let (y, next) = year(after: k)
                if let y { out.append(.year(y, bare: false)) }
                k = max(next, k + 1)
            case .dash:
                out.append(.dash)
                k += 1
            case .word:
                k = keyword(at: k, into: &out)
            case .open, .close:
                k += 1
            default:
                out.append(.other)
                k += 1
            }
        }
        return out
    }

    /// Consecutive points and ranges "a – b" (b has a month), in order. A single point is returned as (p, p).
    static func segments(_ items: [DateItem]) -> [(DatePoint, DatePoint)] {
        var out: [(DatePoint, DatePoint)] = []
        var i = 0
        while i < items.count {
            guard case .point(let a) = items[i] else {
                i += 1
                continue
            }
            if i + 2 < items.count, case .dash = items[i + 1], case .point(let b) = items[i + 2], b.month != nil {
                out.append((a, b))
                i += 3
                continue
            }
            if a.month != nil { out.append((a, a)) }
            i += 1
        }
        return out
    }

    /// Gives both ends a year. A year written once applies to the end, and a start that comes later in the
    /// calendar than the end belongs to the previous year ("ต.ค.–มี.ค.๖๔" starts in October 2563); a year written
    /// only at the start carries forward the same way. With no year at all the months are placed in `fiscalYear`.
    static func resolve(_ a: DatePoint, _ b: DatePoint, fiscalYear: Int?) -> Resolution {
        guard let m2 = b.month else { return .missingYear }
        let m1 = a.month ?? m2
        var y1: Int?
        var y2: Int?
        for (reading, isStart) in [(a.year, true), (b.year, false)] {
            switch reading {
            case .implausible(let v)?: return .implausible(v)
            case .be(let v)?: if isStart { y1 = BuddhistEra.toCE(v) } else { y2 = BuddhistEra.toCE(v) }
            case nil: break
            }
        }
        let startsLater = (m1.rawValue, a.day ?? 0) > (m2.rawValue, b.day ?? 0)
        switch (y1, y2) {
        case (nil, let e?): y1 = startsLater ? e - 1 : e
        case (let s?, nil): y2 = startsLater ? s + 1 : s
        case (nil, nil):
            guard let fiscalYear else { return .missingYear }
            let fy = FiscalYear(be: fiscalYear)
            y1 = fy.month(m1).year
            y2 = fy.month(m2).year
        default: break
        }
        guard let y1, let y2 else { return .missingYear }
        func point(_ year: Int, _ month: ThaiMonth, _ day: Int?) -> ResolvedPoint {
            ResolvedPoint(
                month: YearMonth(year: year, month: month.rawValue),
                date: day.flatMap { ThaiDate(validating: year, month: month.rawValue, day: $0) })
        }
        return .resolved(point(y1, m1, a.day), point(y2, m2, b.day))
    }

    // MARK: - Pieces

    private func interpret(_ value: Int, _ digits: Int) -> YearReading {
        BuddhistEra.interpretYear(value, digitCount: digits, nearBE: nearBE)
    }

    /// An optional era mark or "ปี", then a 2- or 4-or-more-digit number: the year of a date or fiscal year.
    private func year(after start: Int) -> (YearReading?, Int) {
        var j = start
        while let kind = kind(j) {
            if case .era = kind {
                j += 1
            } else if kind == .word, text.word(j).elementsEqual(Words.year) {
                j += 1
            } else {
                break
            }
        }
        if case .number(let v, let digits)? = kind(j), digits == 2 || digits >= 4 {
            return (interpret(v, digits), j + 1)
        }
        return (nil, start)
    }

    /// d/m/y with a 2- or 4-digit year: "15/3/2564".
    private func numericDate(at k: Int) -> (DatePoint, Int)? {
        guard case .number(let d, let dd)? = kind(k), dd <= 2, (1...31).contains(d),
            case .slash? = kind(k + 1),
            case .number(let m, let md)? = kind(k + 2), md <= 2, let month = ThaiMonth(rawValue: m),
            case .slash? = kind(k + 3),
            case .number(let y, let yd)? = kind(k + 4), yd == 2 || yd == 4
        else { return nil }
        return (DatePoint(day: d, month: month, year: interpret(y, yd), tokens: k..<(k + 5)), k + 5)
    }

    /// Reads a word: a period keyword with what it takes, noise ("วันที่", "เดือน", "ตั้งแต่"), or `.other`.
    private func keyword(at k: Int, into out: inout [DateItem]) -> Int {
        let w = text.word(k)
        if w.containsRun(Words.quarter) {
            var j = k + 1
            if kind(j) == .word, text.word(j).elementsEqual(Words.ordinal) { j += 1 }
            if case .number(let q, _)? = kind(j), (1...4).contains(q) {
                var year: YearReading?
                j += 1
                if case .slash? = kind(j), case .number(let v, let d)? = kind(j + 1), d == 2 || d == 4 {
                    year = interpret(v, d)
                    j += 2
                }
                out.append(.quarter(q, year: year))
                return j
            }
        }
        if w.containsRun(Words.round), case .number(let n, _)? = kind(k + 1), (1...12).contains(n),
            kind(k + 2) == .word, text.word(k + 2).starts(with: Words.month)
        {
            out.append(.round(months: n))
            return k + 3
        }
        if w.containsRun(Words.within) { out.append(.deadline) }
        // "ทุกเดือน", "ทุกไตรมาส": a measure repeated through the year is planned for the whole year.
        let whole = w.containsRun(Words.throughoutYear) || w.containsRun(Words.wholeYear)
            || w.containsRun(Words.everyMonth) || w.containsRun(Words.everyQuarter)
        let budget = w.containsRun(Words.budgetYear)
        if whole || budget || w.ends(with: Words.year) {
            let (y, next) = year(after: k + 1)
            if let y {
                out.append(.fiscalYear(y))
                return next
            }
            if whole || budget { out.append(.wholeYear) }
            return k + 1
        }
        if w.containsRun(Words.within) || Words.noise.contains(where: { w.ends(with: $0) }) { return k + 1 }
        out.append(.other)
        return k + 1
    }

    private enum Words {
        static let quarter = scalars("ไตรมาส")
        static let ordinal = scalars("ที่")
        static let round = scalars("รอบ")
        static let month = scalars("เดือน")
        static let within = scalars("ภายใน")
        static let throughoutYear = scalars("ตลอดปี")
        static let wholeYear = scalars("ทั้งปี")
        static let everyMonth = scalars("ทุกเดือน")
        static let everyQuarter = scalars("ทุกไตรมาส")
        static let budgetYear = scalars("ปีงบ")
        static let year = scalars("ปี")
        /// Words that may sit inside a date or range without changing it.
        static let noise = ["วันที่", "เดือน", "ตั้งแต่", "ระหว่าง", "จน", "วัน"].map(scalars)

        static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
    }
}

extension ArraySlice where Element == Unicode.Scalar {
    func containsRun(_ needle: [Unicode.Scalar]) -> Bool {
        guard needle.count <= count else { return false }
        var i = startIndex
        while i + needle.count <= endIndex {
            if self[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    func ends(with suffix: [Unicode.Scalar]) -> Bool {
        suffix.count <= count && self[(endIndex - suffix.count)...].elementsEqual(suffix)
    }
}
