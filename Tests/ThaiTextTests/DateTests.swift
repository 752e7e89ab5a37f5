import Testing
import ThaiText

struct DateCase: CustomTestStringConvertible, Sendable {
    var text: String
    var nearBE: Int?
    /// ISO date, or nil when not a date.
    var expected: String?

    init(_ text: String, near: Int? = nil, _ expected: String?) {
        self.text = text
        self.nearBE = near
        self.expected = expected
    }

    var testDescription: String { text.debugDescription }
}

/// Prose and the dates expected in it: ISO dates, "!nnnn" for an implausible year.
struct ProseCase: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var expected: [String]
    var testDescription: String { id }
}

@Suite struct DateTests {
    static let single: [DateCase] = [
        .init("๑๕ มีนาคม ๒๕๖๔", "2021-03-15"),
        .init("15 มี.ค. 64", "2021-03-15"),
        .init("15/3/2564", "2021-03-15"),
        .init("15/03/64", "2021-03-15"),
        .init("วันที่1 ตุลาคม 2567", "2024-10-01"),
        .init("1 เม.ย. 2564", "2021-04-01"),
        .init("๑ ตุลาคม พ.ศ. ๒๕๖๓", "2020-10-01"),
        .init("๒๗ ม.ค. ๖๔", "2021-01-27"),
        .init("วันจันทร์ที่ 15 มีนาคม 2564", "2021-03-15"),
        .init("15 มีนาคม 2021", "2021-03-15"),
        .init("29 ก.พ. 2563", "2020-02-29"),
        .init("29 ก.พ. 2564", nil),
        .init("31 เม.ย. 2564", nil),
        .init("15 มี.ค. 64", near: 2470, "1921-03-15"),
        .init("1 ม.ค. 01", near: 2598, "1958-01-01"),  // 2601 would be nearer, but is above 2600
        .init("มีนาคม ๒๕๖๔", nil),
        .init("15 มีนาคม", nil),
        .init("8 พฤศจิกายน 3105", nil),
        .init("ครั้งที่ 1/2568", nil),
        .init("1 ต.ค. 63 - 31 มี.ค. 64", nil),
        .init("", nil),
        .init("32 มีนาคม 2564", nil),
    ]

    @Test(arguments: single)
    func parse(_ c: DateCase) {
        #expect(ThaiDateParser.parse(c.text, nearBE: c.nearBE)?.iso == c.expected)
    }

    static let seedResults: [ProseCase] =
        zip(
            Seed.results.indices,
            [
                ["2021-03-15"], ["2021-01-11"], ["2021-01-06"], ["2021-01-06"], [],
                ["2020-10-01", "2021-03-31"], ["2021-04-01"], ["2021-02-01"],
            ]
        ).map { i, dates in ProseCase(id: "seed result (\(i + 1))", text: Seed.results[i][4], expected: dates) }
        + [
            ProseCase(id: "seed suggestion (7)", text: Seed.results[6][5], expected: ["2021-04-20"]),
            ProseCase(id: "seed suggestion (1)", text: Seed.results[0][5], expected: []),
        ]

    static let prose: [ProseCase] = [
        .init(id: "inside a sentence", text: "เมื่อวันที่ ๑๕ มีนาคม ๒๕๖๔ โดยมี", expected: ["2021-03-15"]),
        .init(id: "two news dates", text: "ประกาศ 27 ม.ค. 64 และแก้ไข 28 ส.ค. 64", expected: ["2021-01-27", "2021-08-28"]),
        .init(id: "range start takes the end's year", text: "อบรม 27 พ.ย. - 1 ธ.ค.2567", expected: ["2024-11-27", "2024-12-01"]),
        .init(id: "day range", text: "จัดงาน 8-14 พ.ค.2567 ณ หอประชุม", expected: ["2024-05-08", "2024-05-14"]),
        .init(id: "broken year", text: "ประกาศ ณ วันที่ 8 พฤศจิกายน 3105", expected: ["!3105"]),
        .init(
            id: "not dates", text: "ครั้งที่ 1/2568 ภาคเรียนที่ 1/2565 ปีการศึกษา 2566 COVID-๑๙ นม ๐๐๒๓.๑/ว ๒๔๔๑",
            expected: []),
        .init(id: "month and year only", text: "ประจำเดือน เมษายน ๒๕๖๔", expected: []),
        .init(id: "plan-period years", text: "ระยะที่ ๓ (พ.ศ. ๒๕๖๐ – ๒๕๖๔)", expected: []),
        .init(id: "numeric", text: "ลงวันที่ 15/3/2564 เวลา 10.00 น.", expected: ["2021-03-15"]),
        .init(id: "line breaks", text: "เมื่อวันที่\n๑๕\u{00A0}มีนาคม\n๒๕๖๔", expected: ["2021-03-15"]),
        .init(id: "empty", text: "", expected: []),
    ]

    @Test(arguments: seedResults + prose)
    func datesInProse(_ c: ProseCase) {
        let found = ThaiDateParser.dates(in: c.text)
        #expect(found.map { $0.date?.iso ?? "!\($0.implausibleYear ?? 0)" } == c.expected)
        for f in found {
            #expect(String(c.text[f.range]) == f.text)
        }
    }

    @Test func foundTextIsAsWritten() {
        let text = Seed.results[0][4]
        let found = ThaiDateParser.dates(in: text)
        #expect(found.map(\.text) == ["๑๕ มีนาคม ๒๕๖๔"])
        let range = ThaiDateParser.dates(in: Seed.results[5][4]).map(\.text)
        #expect(range == ["๑ ตุลาคม พ.ศ. ๒๕๖๓", "๓๑ มีนาคม ๒๕๖๔"])
    }
}
