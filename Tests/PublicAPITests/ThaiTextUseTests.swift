import Testing
import ThaiText

/// The `ThaiText` product as a client uses it: no `@testable`, public API only.
@Suite struct ThaiTextUseTests {
    /// Thai dates in the forms documents use, read to civil dates (CE).
    @Test(arguments: [
        ("๑๕ มีนาคม ๒๕๖๔", ThaiDate(year: 2021, month: 3, day: 15)),
        ("1 เม.ย. 64", ThaiDate(year: 2021, month: 4, day: 1)),
    ])
    func readsADate(text: String, date: ThaiDate) {
        #expect(ThaiDateParser.parse(text) == date)
    }

    /// A period without a year takes the fiscal year's; FY 2564 runs from October 2563 to September 2564.
    @Test func readsAPeriodInItsFiscalYear() throws {
        guard case .period(let period) = Period.parse("ม.ค.-มี.ค.", fiscalYear: 2564) else {
            Issue.record("not read as a period")
            return
        }
        #expect(period.start == YearMonth(year: 2021, month: 1))
        #expect(period.end == YearMonth(year: 2021, month: 3))
        let year = FiscalYear(be: 2564)
        #expect(year.firstDay == ThaiDate(year: 2020, month: 10, day: 1))
        #expect(year.contains(ThaiDate(year: 2021, month: 3, day: 15)))
        #expect(ThaiDigits.toArabic("๒๕๖๔") == "2564")
    }
}
