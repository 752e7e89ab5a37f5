import Testing
import ThaiText

/// Input → expected output of a String function.
struct TextCase: CustomTestStringConvertible, Sendable {
    var input: String
    var expected: String

    init(_ input: String, _ expected: String) {
        self.input = input
        self.expected = expected
    }

    var testDescription: String { input.debugDescription }
}

struct MonthCase: CustomTestStringConvertible, Sendable {
    var text: String
    var expected: ThaiMonth?

    init(_ text: String, _ expected: ThaiMonth?) {
        self.text = text
        self.expected = expected
    }

    var testDescription: String { text.debugDescription }
}

struct YearCase: CustomTestStringConvertible, Sendable {
    var written: Int
    var digits: Int
    var near: Int?
    var expected: YearReading

    var testDescription: String { "\(written)/\(digits) digits\(near.map { " near \($0)" } ?? "")" }
}

@Suite struct CalendarTests {
    static let toArabic: [TextCase] = [
        .init("๒๕๖๔", "2564"),
        .init("นม ๐๐๒๓.๑/ว ๒๔๔๑", "นม 0023.1/ว 2441"),
        .init("COVID-๑๙", "COVID-19"),
        .init("ประจำปี 2564", "ประจำปี 2564"),
        .init("๐๑๒๓๔๕๖๗๘๙", "0123456789"),
        .init("", ""),
    ]
    static let toThai: [TextCase] = [
        .init("2564", "๒๕๖๔"),
        .init("ประจำปี 2564", "ประจำปี ๒๕๖๔"),
        .init("ITA O42", "ITA O๔๒"),
    ]

    @Test(arguments: toArabic) func digitsToArabic(_ c: TextCase) { #expect(ThaiDigits.toArabic(c.input) == c.expected) }
    @Test(arguments: toThai) func digitsToThai(_ c: TextCase) { #expect(ThaiDigits.toThai(c.input) == c.expected) }

    static let months: [MonthCase] =
        ThaiMonth.allCases.map { MonthCase($0.fullName, $0) } + ThaiMonth.allCases.map { MonthCase($0.abbreviation, $0) }
        + [
            .init("มี.ค", .march), .init("มีค", .march), .init("ม.ค", .january), .init("มค", .january),
            .init(" ม.ค. ", .january), .init("ม. ค.", .january), .init("เม.ย", .april), .init("มิย", .june),
            .init("ก.ย", .september), .init("กรกฏาคม", .july), .init("กุมภาพันธ", .february), .init("ตุลา", .october),
            .init("ธันวา", .december), .init("มีนาคม\n", .march),
            .init("January", nil), .init("", nil), .init("ก", nil), .init("ปี", nil), .init("มีนาคม2564", nil),
            .init("ม.ค.-มี.ค.", nil), .init("พ.ศ.", nil), .init("ตุลาการ", nil),
        ]

    @Test(arguments: months) func monthParse(_ c: MonthCase) { #expect(ThaiMonth.parse(c.text) == c.expected) }

    @Test func monthNames() {
        #expect(ThaiMonth.march.fullName == "มีนาคม")
        #expect(ThaiMonth.march.abbreviation == "มี.ค.")
        #expect(ThaiMonth.allCases.count == 12)
    }

    static let years: [YearCase] = [
        .init(written: 2564, digits: 4, expected: .be(2564)),
        .init(written: 2021, digits: 4, expected: .be(2564)),
        .init(written: 2400, digits: 4, expected: .be(2400)),
        .init(written: 2600, digits: 4, expected: .be(2600)),
        .init(written: 2601, digits: 4, expected: .implausible(2601)),
        .init(written: 3105, digits: 4, expected: .implausible(3105)),
        .init(written: 1899, digits: 4, expected: .implausible(1899)),
        .init(written: 64, digits: 2, expected: .be(2564)),
        .init(written: 64, digits: 2, near: 2470, expected: .be(2464)),
        .init(written: 99, digits: 2, near: 2564, expected: .be(2599)),
        .init(written: 10, digits: 2, near: 2564, expected: .be(2510)),
        .init(written: 564, digits: 3, expected: .implausible(564)),
        .init(written: 5, digits: 1, expected: .implausible(5)),
        .init(written: 25644, digits: 5, expected: .implausible(25644)),
    ]

    @Test(arguments: years) func interpretYear(_ c: YearCase) {
        #expect(BuddhistEra.interpretYear(c.written, digitCount: c.digits, nearBE: c.near) == c.expected)
    }

    @Test func eraConversion() {
        #expect(BuddhistEra.toCE(2564) == 2021)
        #expect(BuddhistEra.toBE(2021) == 2564)
        #expect(BuddhistEra.offset == 543)
    }

    @Test func fiscalYear2564() {
        let fy = FiscalYear(be: 2564)
        #expect(fy.first == YearMonth(year: 2020, month: 10))
        #expect(fy.last == YearMonth(year: 2021, month: 9))
        #expect(fy.firstDay.iso == "2020-10-01")
        #expect(fy.lastDay.iso == "2021-09-30")
        #expect(fy.contains(YearMonth(year: 2020, month: 10)))
        #expect(!fy.contains(YearMonth(year: 2021, month: 10)))
        #expect(fy.contains(ThaiDate(year: 2021, month: 3, day: 15)))
        #expect(FiscalYear(be: 2563) < fy)
        #expect(fy.month(.october) == YearMonth(year: 2020, month: 10))
        #expect(fy.month(.june) == YearMonth(year: 2021, month: 6))
    }

    static let containing: [(String, Int)] = [
        ("2020-09", 2563), ("2020-10", 2564), ("2020-12", 2564), ("2021-01", 2564), ("2021-09", 2564), ("2021-10", 2565),
    ]

    @Test(arguments: containing) func fiscalYearContaining(_ c: (String, Int)) {
        let parts = c.0.split(separator: "-").compactMap { Int($0) }
        let m = YearMonth(year: parts[0], month: parts[1])
        #expect(FiscalYear(containing: m).be == c.1)
        #expect(FiscalYear(containing: ThaiDate(year: m.year, month: m.month, day: 1)).be == c.1)
    }

    @Test(arguments: [(1, "2022-10", "2022-12"), (2, "2023-01", "2023-03"), (3, "2023-04", "2023-06"), (4, "2023-07", "2023-09")])
    func quarters(_ c: (Int, String, String)) {
        let q = FiscalYear(be: 2566).quarter(c.0)
        #expect(q.lowerBound.iso == c.1 && q.upperBound.iso == c.2)
    }

    @Test func datesAndMonths() {
        #expect(ThaiDate(year: 2021, month: 3, day: 5).iso == "2021-03-05")
        #expect(ThaiDate(year: 2021, month: 3, day: 5).yearMonth.iso == "2021-03")
        #expect(ThaiDate(validating: 2021, month: 2, day: 29) == nil)
        #expect(ThaiDate(validating: 2000, month: 2, day: 29) != nil)
        #expect(ThaiDate(validating: 1900, month: 2, day: 29) == nil)
        #expect(ThaiDate(validating: 2021, month: 13, day: 1) == nil)
        #expect(YearMonth(year: 2020, month: 11).adding(months: 3).iso == "2021-02")
        #expect(YearMonth(year: 2021, month: 1).adding(months: -1).iso == "2020-12")
        #expect(YearMonth(year: 2021, month: 1) < YearMonth(year: 2021, month: 2))
        #expect(ThaiDate(year: 2021, month: 3, day: 15).thai() == "15 มีนาคม 2564")
        #expect(ThaiDate(year: 2021, month: 3, day: 15).thai(abbreviated: true, thaiDigits: true) == "๑๕ มี.ค. ๒๕๖๔")
        #expect(YearMonth(year: 2021, month: 4).thai() == "เมษายน 2564")
    }
}
