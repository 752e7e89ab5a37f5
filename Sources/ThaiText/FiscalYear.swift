/// A Thai government fiscal year (ปีงบประมาณ), named by the BE year it ends in: FY y runs from 1 October (y − 1)
/// to 30 September y. FY2564 = 2020-10-01 … 2021-09-30.
public struct FiscalYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The BE year it ends in.
    public let be: Int

    /// The fiscal year that ends in September of BE year `be`.
    public init(be: Int) {
        self.be = be
    }

    /// The fiscal year a month falls in (October starts the next one).
    public init(containing m: YearMonth) {
        be = BuddhistEra.toBE(m.month >= 10 ? m.year + 1 : m.year)
    }

    /// The fiscal year a day falls in.
    public init(containing d: ThaiDate) {
        self.init(containing: d.yearMonth)
    }

    /// October of the previous year (CE).
    public var first: YearMonth { YearMonth(year: BuddhistEra.toCE(be) - 1, month: 10) }
    /// September (CE).
    public var last: YearMonth { YearMonth(year: BuddhistEra.toCE(be), month: 9) }
    /// 1 October of the previous year (CE), the first day.
    public var firstDay: ThaiDate { ThaiDate(year: first.year, month: 10, day: 1) }
    /// 30 September (CE), the last day.
    public var lastDay: ThaiDate { ThaiDate(year: last.year, month: 9, day: 30) }
    /// `first...last`
    public var months: ClosedRange<YearMonth> { first...last }

    /// Whether the month falls in the fiscal year.
    public func contains(_ m: YearMonth) -> Bool { months.contains(m) }
    /// Whether the day falls in the fiscal year.
    public func contains(_ d: ThaiDate) -> Bool { contains(d.yearMonth) }

    /// Q1 ต.ค.–ธ.ค., Q2 ม.ค.–มี.ค., Q3 เม.ย.–มิ.ย., Q4 ก.ค.–ก.ย.; `q` is clamped to 1...4.
    public func quarter(_ q: Int) -> ClosedRange<YearMonth> {
        let start = first.adding(months: (min(max(q, 1), 4) - 1) * 3)
        return start...start.adding(months: 2)
    }

    /// The month of this fiscal year with the given number (October → previous CE year).
    public func month(_ m: ThaiMonth) -> YearMonth {
        YearMonth(year: BuddhistEra.toCE(be) - (m.rawValue >= 10 ? 1 : 0), month: m.rawValue)
    }

    /// "2564"
    public var description: String { String(be) }

    /// Orders fiscal years by their year.
    public static func < (a: FiscalYear, b: FiscalYear) -> Bool { a.be < b.be }
}
