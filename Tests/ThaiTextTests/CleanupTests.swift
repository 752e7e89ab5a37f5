import Testing
import ThaiText

@Suite struct CleanupTests {
    static let forMatching: [TextCase] = [
        .init("ผลการดําเนินงาน", "ผลการดำเนินงาน"),
        .init("ประจําปี", "ประจำปี"),
        .init("น\u{0E4D}\u{0E49}\u{0E32}", "น\u{0E49}\u{0E33}"),  // nikhahit, tone, sara aa → tone, sara am
        .init("คะเเนน", "คะแนน"),
        .init("  ระยะเวลา\nดำเนินการ  ", "ระยะเวลา ดำเนินการ"),
        .init("ระยะเวลา\r\n\r\nดำเนินการ", "ระยะเวลา ดำเนินการ"),
        .init("การกำกับ\u{00A0}\u{00A0}ติดตาม", "การกำกับ ติดตาม"),
        .init("ผู้รับ\u{200B}ผิดชอบ", "ผู้รับผิดชอบ"),
        .init("ผู้รับ\u{200C}ผิด\u{200D}ชอบ\u{00AD}", "ผู้รับผิดชอบ"),
        .init("\u{FEFF}มาตรการ", "มาตรการ"),
        .init("ก\u{0E48}\u{0E38}", "ก\u{0E38}\u{0E48}"),  // NFC order: sara u before the tone mark
        .init("e\u{0301}", "é"),
        .init("ITA O42", "ITA O42"),
        .init("ฯลฯ ๆ", "ฯลฯ ๆ"),
        .init("", ""),
        .init(" \n\t ", ""),
    ]

    static let keys: [TextCase] = [
        .init("มาตรการ/แนวทาง", "มาตรการแนวทาง"),
        .init("ระยะเวลา ดำเนินการ", "ระยะเวลาดำเนินการ"),
        .init("ระยะเวลา\nดำเนินการ", "ระยะเวลาดำเนินการ"),
        .init("ขั้นตอนและวิธีการ/ปฏิบัติ", "ขั้นตอนและวิธีการปฏิบัติ"),
        .init("ปีงบประมาณ พ.ศ. ๒๕๖๔", "ปีงบประมาณพศ2564"),
        .init("ผลการดําเนินงาน", "ผลการดำเนินงาน"),
        .init("(O42) ITA", "o42ita"),
        .init("สป.", "สป"),
        .init("กองสวัสดิการฯ", "กองสวัสดิการฯ"),
        .init("งบประมาณ (บาท)", "งบประมาณบาท"),
        .init("ก-ข–ค—ง,จ", "กขคงจ"),
        .init("", ""),
    ]

    @Test(arguments: forMatching) func cleanForMatching(_ c: TextCase) {
        #expect(ThaiCleanup.forMatching(c.input) == c.expected)
    }

    @Test(arguments: keys) func matchingKey(_ c: TextCase) {
        #expect(ThaiCleanup.key(c.input) == c.expected)
    }

    @Test func worksOnSubstrings() {
        let s = "xx ม.ค.-มี.ค.๖๔ yy"
        let sub = s.dropFirst(3).dropLast(3)
        #expect(ThaiCleanup.key(sub) == "มคมีค64")
        #expect(ThaiDigits.toArabic(sub) == "ม.ค.-มี.ค.64")
        #expect(describe(Period.parse(sub)) == "2021-01..2021-03 FY2564")
    }
}
