import Testing
import ThaiText

/// A period cell, the context fiscal year, and the expected reading in a compact form:
/// "start..end FYnnnn [spans] [reversed] [deadline]" (days when written), "missingYear", "notAPeriod",
/// "implausible nnnn".
struct PeriodCase: CustomTestStringConvertible, Sendable {
    var text: String
    var fiscalYear: Int?
    var expected: String

    init(_ text: String, fy: Int? = nil, _ expected: String) {
        self.text = text
        self.fiscalYear = fy
        self.expected = expected
    }

    var testDescription: String { "\(text.debugDescription)\(fiscalYear.map { " in FY\($0)" } ?? "")" }
}

func describe(_ reading: Period.Reading) -> String {
    switch reading {
    case .period(let p):
        var s = "\(p.startDate?.iso ?? p.start.iso)..\(p.endDate?.iso ?? p.end.iso) FY\(p.fiscalYear)"
        if p.spansFiscalYears { s += " spans" }
        if p.isReversed { s += " reversed" }
        if p.isDeadline { s += " deadline" }
        return s
    case .missingYear: return "missingYear"
    case .notAPeriod: return "notAPeriod"
    case .implausibleYear(let y): return "implausible \(y)"
    }
}

@Suite struct PeriodTests {
    static let seedForms: [PeriodCase] = [
        .init("ม.ค.-มี.ค.๖๔", "2021-01..2021-03 FY2564"),
        .init("ม.ค.-มี.ค. ๖๔", "2021-01..2021-03 FY2564"),
        .init("ม.ค.- มี.ค. ๖๔", "2021-01..2021-03 FY2564"),
        .init("ม.ค.-มี.ค.๖๔", fy: 2565, "2021-01..2021-03 FY2564"),  // a written year wins over the context
        .init("เมษายน ๒๕๖๔", "2021-04..2021-04 FY2564"),
        .init("มีนาคม ๒๕๖๔", "2021-03..2021-03 FY2564"),
        .init("รายงานผลการดำเนินการใน การประชุม ประจำเดือน เมษายน ๒๕๖๔", "2021-04..2021-04 FY2564"),
        .init("รายงานผลการดำเนินการในการประชุมประจำเดือน", "notAPeriod"),
        .init("(๑ ตุลาคม พ.ศ. ๒๕๖๓ - ๓๑ มีนาคม ๒๕๖๔)", "2020-10-01..2021-03-31 FY2564"),
        .init("ปีงบประมาณ พ.ศ. ๒๕๖๔", "2020-10..2021-09 FY2564"),
        .init("ปีงบประมาณ พ.ศ.๒๕๖๔", "2020-10..2021-09 FY2564"),
        .init("ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "2020-10..2021-09 FY2564"),
        .init("(พ.ศ. ๒๕๖๐ – ๒๕๖๔)", "2016-10..2021-09 FY2560 spans"),
        .init("นม ๐๐๒๓.๑/ว ๒๔๔๑", "notAPeriod"),
        .init("ที่ นม ๐๐๒๓.๑/ว ๒๔๔๑", "notAPeriod"),
        .init("COVID-๑๙", "notAPeriod"),
    ]

    static let abbreviatedRanges: [PeriodCase] = [
        .init("ต.ค.–มี.ค.๖๔", "2020-10..2021-03 FY2564"),
        .init("ต.ค.-มี.ค.64", "2020-10..2021-03 FY2564"),
        .init("(ต.ค.64 - มี.ค.65)", "2021-10..2022-03 FY2565"),
        .init("ต.ค. 63 – ก.ย. 64", "2020-10..2021-09 FY2564"),
        .init("ต.ค.63-ก.ย.64", "2020-10..2021-09 FY2564"),
        .init("ต.ค. 2567 - ก.ย. 2568", "2024-10..2025-09 FY2568"),
        .init("ตุลาคม 2563 - กันยายน 2564", "2020-10..2021-09 FY2564"),
        .init("ต.ค.64 - ก.ย.65", "2021-10..2022-09 FY2565"),
        .init("ธ.ค. 63 - ม.ค. 64", "2020-12..2021-01 FY2564"),
        .init("ก.ย. 64 - ต.ค. 64", "2021-09..2021-10 FY2564 spans"),
        .init("ม.ค. 64 – มี.ค.", "2021-01..2021-03 FY2564"),  // a year written only at the start carries forward
        .init("พ.ย. 64 – ก.พ.", "2021-11..2022-02 FY2565"),
        .init("มีค - มิย 64", "2021-03..2021-06 FY2564"),
        .init("มี.ค-พ.ค.64", "2021-03..2021-05 FY2564"),
        .init("ม. ค. - มี. ค. 64", "2021-01..2021-03 FY2564"),
        .init("ม.ค.—มี.ค.๖๔", "2021-01..2021-03 FY2564"),
        .init("ม.ค. ถึง มี.ค. 64", "2021-01..2021-03 FY2564"),
        .init("ม.ค.-มี.ค. 2021", "2021-01..2021-03 FY2564"),  // CE year
        .init("ม.ค.-มี.ค. ค.ศ. 2021", "2021-01..2021-03 FY2564"),
        .init("ม.ค.-มี.ค.\n๖๔", "2021-01..2021-03 FY2564"),
        .init("ม.ค.\u{00A0}-\u{00A0}มี.ค.\u{200B}๖๔", "2021-01..2021-03 FY2564"),
        .init("\u{FEFF} ม.ค.-มี.ค.๖๔ \r\n", "2021-01..2021-03 FY2564"),
        .init("ม.ค. 64 - มี.ค. 64 และ ก.ค. - ก.ย. 64", "2021-01..2021-09 FY2564"),  // several ranges: their union
        .init("ม.ค. - มี.ค.", "missingYear"),
        .init("ม.ค. - มี.ค.", fy: 2564, "2021-01..2021-03 FY2564"),
        .init("ต.ค. - ธ.ค.", fy: 2564, "2020-10..2020-12 FY2564"),
        .init("พ.ค.", fy: 2567, "2024-05..2024-05 FY2567"),
    ]

    static let fiscalForms: [PeriodCase] = [
        .init("รอบ 6 เดือน (ต.ค.64 - มี.ค.65)", "2021-10..2022-03 FY2565"),
        .init("รอบ 6 เดือน", fy: 2565, "2021-10..2022-03 FY2565"),
        .init("รอบ ๖ เดือน", fy: 2565, "2021-10..2022-03 FY2565"),
        .init("รอบ 12 เดือน", fy: 2565, "2021-10..2022-09 FY2565"),
        .init("รอบ 9 เดือน", fy: 2566, "2022-10..2023-06 FY2566"),
        .init("รอบ 6 เดือน", "missingYear"),
        .init("ไตรมาส 2", fy: 2566, "2023-01..2023-03 FY2566"),
        .init("ไตรมาสที่ 2", fy: 2566, "2023-01..2023-03 FY2566"),
        .init("ไตรมาส ที่ 3", fy: 2566, "2023-04..2023-06 FY2566"),
        .init("ไตรมาส 2", "missingYear"),
        .init("ไตรมาส 2/2566", "2023-01..2023-03 FY2566"),
        .init("ไตรมาสที่ 2 (1 ม.ค. 66 - 31 มี.ค. 66)", "2023-01-01..2023-03-31 FY2566"),
        .init("ไตรมาสที่ 2 (1 ม.ค. 66 - 31 มี.ค. 66)", fy: 2560, "2023-01-01..2023-03-31 FY2566"),  // dates win
        .init("ไตรมาส 1 (ต.ค. - ธ.ค.)", fy: 2566, "2022-10..2022-12 FY2566"),
        .init("ไตรมาส 4 (ก.ค. - ก.ย.)", fy: 2566, "2023-07..2023-09 FY2566"),
        .init("ไตรมาส 1 (ต.ค. - ธ.ค.)", "missingYear"),
        .init("ตลอดปีงบประมาณ", fy: 2564, "2020-10..2021-09 FY2564"),
        .init("ตลอดปี", fy: 2564, "2020-10..2021-09 FY2564"),
        .init("ทั้งปี", fy: 2566, "2022-10..2023-09 FY2566"),
        .init("ตลอดปีงบประมาณ", "missingYear"),
        .init("ตลอดปีงบประมาณ 2564", "2020-10..2021-09 FY2564"),
        .init("ปีงบประมาณ 2564", "2020-10..2021-09 FY2564"),
        .init("ปีงบประมาณ 2564", fy: 2564, "2020-10..2021-09 FY2564"),
        .init("ประจำปีงบประมาณ พ.ศ.. 2568", "2024-10..2025-09 FY2568"),
        .init("พ.ศ..2568", "2024-10..2025-09 FY2568"),
        .init("(พ.ศ. 2561 – 2564)", "2017-10..2021-09 FY2561 spans"),
        .init("2564", "2020-10..2021-09 FY2564"),
        .init("ปีงบประมาณ 2564 (ม.ค. - มี.ค.)", "2021-01..2021-03 FY2564"),  // the written FY is the context
        .init("ปีงบประมาณ 3107", "implausible 3107"),
    ]

    static let dateRanges: [PeriodCase] = [
        .init("8-14 พ.ค.2567", "2024-05-08..2024-05-14 FY2567"),
        .init("27 พ.ย. - 1 ธ.ค.2567", "2024-11-27..2024-12-01 FY2568"),
        .init("28 ธ.ค. 67 - 5 ม.ค.68", "2024-12-28..2025-01-05 FY2568"),
        .init("1 - 31 มี.ค. 64", "2021-03-01..2021-03-31 FY2564"),
        .init("1 ต.ค. 2567 - 30 ก.ย. 2568", "2024-10-01..2025-09-30 FY2568"),
        .init("16 ตุลาคม ถึง 30 พฤศจิกายน", fy: 2567, "2023-10-16..2023-11-30 FY2567"),
        .init("16 ตุลาคม ถึง 30 พฤศจิกายน", "missingYear"),
        // Start after end as written: kept as written (not swapped, no year guessed), flagged by isReversed.
        .init("ตั้งแต่วันที่1 ตุลาคม 2567 ถึงวันที่31 สิงหาคม 2567", "2024-10-01..2024-08-31 FY2568 spans reversed"),
        .init("ตั้งแต่วันที่ 1 ตุลาคม 2563 ถึงวันที่ 31 มีนาคม 2564", "2020-10-01..2021-03-31 FY2564"),
        .init("ระหว่างวันที่ 1 - 15 ม.ค. 2564", "2021-01-01..2021-01-15 FY2564"),
        .init("ภายในเดือนมิถุนายน", fy: 2567, "2023-10..2024-06 FY2567 deadline"),
        .init("ภายในเดือนมิถุนายน", "missingYear"),
        .init("ภายในวันที่ 15 มกราคม", fy: 2567, "2023-10..2024-01-15 FY2567 deadline"),
        .init("ภายในวันที่ 15 มกราคม 2567", "2023-10..2024-01-15 FY2567 deadline"),
        .init("ภายใน 30 ก.ย. 64", "2020-10..2021-09-30 FY2564 deadline"),
        .init("15 มี.ค. 64", "2021-03-15..2021-03-15 FY2564"),
        .init("27 ม.ค. 64", "2021-01-27..2021-01-27 FY2564"),
        .init("28 ส.ค. 64", "2021-08-28..2021-08-28 FY2564"),
        .init("15/3/2564", "2021-03-15..2021-03-15 FY2564"),
        .init("1/10/2563 - 31/3/2564", "2020-10-01..2021-03-31 FY2564"),
        .init("31 เม.ย. 64", "2021-04..2021-04 FY2564"),  // no such day: month only
    ]

    static let singleMonths: [PeriodCase] = [
        .init("ธันวาคม2567", "2024-12..2024-12 FY2568"),
        .init("เดือน ธันวาคม2567", "2024-12..2024-12 FY2568"),
        .init("กันยายน2568", "2025-09..2025-09 FY2568"),
        .init("พ.ค.2567", "2024-05..2024-05 FY2567"),
        .init("ก.ย.68", "2025-09..2025-09 FY2568"),
        .init("กรกฏาคม 2564", "2021-07..2021-07 FY2564"),
        .init("กุมภาพันธ 2564", "2021-02..2021-02 FY2564"),
        .init("มีนาคม ปี 2564", "2021-03..2021-03 FY2564"),
        .init("มิถุนายน", fy: 2567, "2024-06..2024-06 FY2567"),
        .init("มิถุนายน", "missingYear"),
    ]

    static let notPeriods: [PeriodCase] = [
        .init("ครั้งที่ 1/2568", "notAPeriod"),
        .init("ภาคเรียนที่ 1/2565", "notAPeriod"),
        .init("ปีการศึกษา 2566", "notAPeriod"),
        .init("ปีการศึกษา 2566", fy: 2566, "notAPeriod"),
        .init("-", "notAPeriod"),
        .init("", "notAPeriod"),
        .init("   \n ", "notAPeriod"),
        .init("ดำเนินการแล้ว", "notAPeriod"),
        .init("ตามความเหมาะสม", fy: 2564, "notAPeriod"),
        .init("สำนักงาน ก.พ.ร.", "notAPeriod"),
        .init("ก.ค.ศ.", "notAPeriod"),
        .init("ร้อยละ 100", "notAPeriod"),
        .init("8 พฤศจิกายน 3105", "implausible 3105"),
        .init("ต.ค. 3106 - ก.ย. 3107", "implausible 3106"),
        .init("พ.ศ. 3107", "implausible 3107"),
        .init("มีนาคม 12345678901234567890", "implausible 999999999"),
    ]

    @Test(arguments: seedForms + abbreviatedRanges)
    func ranges(_ c: PeriodCase) {
        #expect(describe(Period.parse(c.text, fiscalYear: c.fiscalYear)) == c.expected)
    }

    @Test(arguments: fiscalForms)
    func fiscalYearForms(_ c: PeriodCase) {
        #expect(describe(Period.parse(c.text, fiscalYear: c.fiscalYear)) == c.expected)
    }

    @Test(arguments: dateRanges + singleMonths)
    func datesAndMonths(_ c: PeriodCase) {
        #expect(describe(Period.parse(c.text, fiscalYear: c.fiscalYear)) == c.expected)
    }

    @Test(arguments: notPeriods)
    func notPeriodsAndBrokenYears(_ c: PeriodCase) {
        #expect(describe(Period.parse(c.text, fiscalYear: c.fiscalYear)) == c.expected)
    }

    @Test func keepsTextAsWritten() throws {
        guard case .period(let p) = Period.parse("ม.ค.-มี.ค.๖๔") else { throw Failure.unexpected }
        #expect(p.text == "ม.ค.-มี.ค.๖๔")
        #expect(p.startDate == nil && p.endDate == nil)
        #expect(p.contains(ThaiDate(year: 2021, month: 3, day: 31)))
        #expect(!p.contains(ThaiDate(year: 2021, month: 4, day: 1)))
    }

    @Test func seedPeriodColumnsAllParse() {
        for row in Seed.plan + Seed.results {
            #expect(describe(Period.parse(row[3])) == "2021-01..2021-03 FY2564", "\(row[3])")
        }
    }

    @Test func absurdContextIsIgnored() {
        #expect(describe(Period.parse("ไตรมาส 2", fiscalYear: Int.max)) == "missingYear")
        #expect(describe(Period.parse("ม.ค.", fiscalYear: -5)) == "missingYear")
    }
}

enum Failure: Error { case unexpected }
