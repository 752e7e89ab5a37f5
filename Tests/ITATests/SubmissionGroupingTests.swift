import Testing
@testable import ITA

/// Agency names written in their different forms group as one agency; different agencies stay apart.
@Suite struct SubmissionGroupingTests {
    @Test(arguments: [
        ("อบต.กุดจอก", "องค์การบริหารส่วนตำบลกุดจอก"),
        ("อบต. กุดจอก", "องค์การบริหารส่วนตำบล กุดจอก"),
        ("ทต.หนองบัว", "เทศบาลตำบลหนองบัว"),
        ("ทม.ชุมแพ", "เทศบาลเมืองชุมแพ"),
        ("รพ.สต.บ้านนา", "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านนา"),
        ("อบจ.ขอนแก่น", "องค์การบริหารส่วนจังหวัดขอนแก่น"),
    ])
    func oneAgencyWrittenTwoWays(short: String, full: String) {
        #expect(AgencyName.key(short) == AgencyName.key(full))
    }

    @Test(arguments: [
        ("อบต.กุดจอก", "อบต.กุดจิก"),
        ("ทต.หนองบัว", "ทม.หนองบัว"),
        ("รพ.สต.บ้านนา", "รพ.บ้านนา"),
    ])
    func differentAgenciesStayApart(a: String, b: String) {
        #expect(AgencyName.key(a) != AgencyName.key(b))
    }

    @Test(arguments: [
        ("batch/อบต.กุดจอก/plan.xlsx", "อบต.กุดจอก"),
        ("batch/อำเภอเมือง/อบต.โนนสูง-ผล.csv", "อบต.โนนสูง"),
        ("batch/123/plan.xlsx", nil),
        ("หนองบัว-แผน.txt", nil),
    ] as [(String, String?)])
    func agencyFromAFileOrFolderName(path: String, agency: String?) {
        #expect(SubmissionGrouper.agencyFromPath(path) == agency)
    }

    @Test(arguments: [
        ("(ตัวอย่าง) เผยแพร่ข้อมูล", true), ("......................", true), ("", true), ("เช่น ประกาศนโยบาย", true),
        ("เผยแพร่ข้อมูลข่าวสาร", false), ("ประชุมชี้แจงตัวอย่างการปฏิบัติ", false),
    ])
    func formTextIsNeverData(text: String, isForm: Bool) {
        #expect(FormText.isFormText(text) == isForm)
    }
}
