/// A period as written in a ระยะเวลาดำเนินการ cell, read as a span of months (and days when written).
public struct Period: Hashable, Sendable {
    /// As written.
    public var text: String
    /// The first month (CE).
    public var start: YearMonth
    /// The last month (CE); for a deadline, the deadline's month.
    public var end: YearMonth
    /// When written with days.
    public var startDate: ThaiDate?
    /// The last day, when written with days.
    public var endDate: ThaiDate?
    /// BE fiscal year containing `start`.
    public var fiscalYear: Int
    /// True when `end` falls in a later fiscal year than `start`.
    public var spansFiscalYears: Bool
    /// A deadline ("ภายในเดือนมิถุนายน", "ภายในวันที่ 15 มกราคม"): `end` is the deadline and `start` the first month
    /// of its fiscal year, so work done any time before the deadline falls inside the period.
    public var isDeadline: Bool

    /// A period from `start` to `end` as written in `text`; its fiscal year is `start`'s.
    public init(
        text: String, start: YearMonth, end: YearMonth, startDate: ThaiDate? = nil, endDate: ThaiDate? = nil,
        isDeadline: Bool = false
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.startDate = startDate
        self.endDate = endDate
        self.isDeadline = isDeadline
        fiscalYear = FiscalYear(containing: start).be
        spansFiscalYears = FiscalYear(containing: end).be != fiscalYear
    }

    /// The start is after the end as written ("1 ตุลาคม 2567 ถึง 31 สิงหาคม 2567"). Such a period is kept as
    /// written, not swapped or repaired, so a validator can point it out.
    public var isReversed: Bool {
        if let startDate, let endDate { return startDate > endDate }
        return start > end
    }

    /// Whether a date falls inside the period: by day when both ends have days, otherwise by month.
    public func contains(_ date: ThaiDate) -> Bool {
        if let startDate, let endDate { return startDate <= date && date <= endDate }
        return start <= date.yearMonth && date.yearMonth <= end
    }

    /// What a period cell was read as.
    public enum Reading: Hashable, Sendable {
        /// A period.
        case period(Period)
        /// A period whose year cannot be right (3107: the Buddhist era added twice), with the year as read.
        case implausibleYear(Int)
        /// Months without a year and no fiscal year to place them in.
        case missingYear
        /// Text that names no period (a number, a school term, prose without months).
        case notAPeriod
    }

    /// Reads a period cell. `fiscalYear` (BE) is the context for forms without a year (ไตรมาส 2, ตลอดปีงบประมาณ,
    /// รอบ 6 เดือน, ภายในเดือนมิถุนายน, ม.ค.-มี.ค.): without it those give `.missingYear`; a fiscal year written in
    /// the text ("ปีงบประมาณ 2564") takes its place. Written months and dates win over quarter and round words
    /// ("ไตรมาสที่ 2 (1 ม.ค. 66 - 31 มี.ค. 66)"). Several ranges in one cell give one period from the earliest
    /// start to the latest end; a single range is kept as written even when reversed (see `isReversed`).
    /// Letter numbers, "ครั้งที่ 1/2568", "ภาคเรียนที่ 1/2565", "ปีการศึกษา 2566" and prose without months are
    /// `.notAPeriod`. A context outside 1000...9999 is ignored.
    public static func parse(_ text: some StringProtocol, fiscalYear: Int? = nil) -> Reading {
        let context = fiscalYear.flatMap { (1000...9999).contains($0) ? $0 : nil }
        let written = String(text)
        let grammar = DateGrammar(DateLexer.lex(written), nearBE: context)
        let items = grammar.items()

        var textFY: Int?
        var deadline = false
        var quarter: Int?
        var round: Int?
        var wholeYear = false
        for item in items {
            switch item {
            case .fiscalYear(.implausible(let v)): return .implausibleYear(v)
            case .fiscalYear(.be(let v)): textFY = textFY ?? v
            case .quarter(let q, let y):
                if case .implausible(let v)? = y { return .implausibleYear(v) }
                quarter = quarter ?? q
                if let v = y?.beYear { textFY = textFY ?? v }
            case .round(let n): round = round ?? n
            case .wholeYear: wholeYear = true
            case .deadline: deadline = true
            default: break
            }
        }

        let fy = textFY ?? context
        let segments = DateGrammar.segments(items)
        if !segments.isEmpty {
            var resolved: [(ResolvedPoint, ResolvedPoint)] = []
            for (a, b) in segments {
                switch DateGrammar.resolve(a, b, fiscalYear: fy) {
                case .resolved(let s, let e): resolved.append((s, e))
                case .implausible(let v): return .implausibleYear(v)
                case .missingYear: return .missingYear
                }
            }
            var (first, last) = resolved[0]
            if resolved.count > 1 {
                first = resolved.map(\.0).min { $0.month < $1.month } ?? first
                last = resolved.map(\.1).max { $0.month < $1.month } ?? last
            }
            if deadline && segments.count == 1 && segments[0].0.tokens == segments[0].1.tokens {
                first = ResolvedPoint(month: FiscalYear(containing: last.month).first, date: nil)
            }
            return .period(
                Period(
                    text: written, start: first.month, end: last.month, startDate: first.date, endDate: last.date,
                    isDeadline: deadline))
        }

        if quarter != nil || round != nil || wholeYear || textFY != nil {
            guard let fy else { return .missingYear }
            let year = FiscalYear(be: fy)
            let months =
                if let quarter { year.quarter(quarter) } else if let round { year.first...year.first.adding(months: round - 1) } else { year.months }
            return .period(Period(text: written, start: months.lowerBound, end: months.upperBound))
        }

        // Years alone: "พ.ศ. 2561 – 2564" (fiscal years), or a bare "2564" when nothing else is written.
        var years: [YearReading] = []
        var marked = false
        var onlyYears = true
        for item in items {
            switch item {
            case .year(let y, let bare):
                years.append(y)
                marked = marked || !bare
            case .dash: continue
            default: onlyYears = false
            }
        }
        guard let firstYear = years.first, let lastYear = years.last, marked || onlyYears else { return .notAPeriod }
        guard case .be(let from) = firstYear else { return .notAPeriod.orImplausible(firstYear) }
        guard case .be(let to) = lastYear else { return .notAPeriod.orImplausible(lastYear) }
        return .period(Period(text: written, start: FiscalYear(be: from).first, end: FiscalYear(be: to).last))
    }
}

extension Period.Reading {
    fileprivate func orImplausible(_ y: YearReading) -> Period.Reading {
        if case .implausible(let v) = y { .implausibleYear(v) } else { self }
    }
}
