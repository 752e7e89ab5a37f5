import Foundation
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

/// The checks between a plan and its results give the same findings whether the two tables are in
/// one file or in two.
@Suite struct CrossFileTests {
    static let plan = """
    มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2564
    องค์การบริหารส่วนตำบลกุดจอก อำเภอบัวใหญ่ จังหวัดนครราชสีมา
    ผลการวิเคราะห์ ITA: ประเด็นข้อบกพร่องหรือจุดอ่อน คือ การเปิดเผยข้อมูล

    มาตรการ,ขั้นตอนและวิธีการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,การกำกับติดตาม
    (1) เผยแพร่ข้อมูลข่าวสารผ่านเว็บไซต์,ปรับปรุงเว็บไซต์ทุกเดือน,สำนักปลัด,ม.ค.-มี.ค. 64,รายงานผู้บริหาร
    (2) อบรมคุณธรรมจริยธรรมให้บุคลากร,จัดอบรมปีละครั้ง,สำนักปลัด,ม.ค.-มี.ค. 64,รายงานผู้บริหาร

    """
    static let results = """
    รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. 2564
    อบต.กุดจอก อำเภอบัวใหญ่ จังหวัดนครราชสีมา

    มาตรการ,ผลการดำเนินการ,ผู้รับผิดชอบ,ข้อเสนอแนะ
    (1) เผยแพร่ข้อมูลข่าวสารผ่านเว็บไซต์,ปรับปรุงเว็บไซต์ เมื่อวันที่ 20 มีนาคม 2564,สำนักปลัด,
    (2) อบรมคุณธรรมจริยธรรมให้บุคลากร,จัดอบรม เมื่อวันที่ 10 เมษายน 2564,สำนักปลัด,

    ประกาศ ณ วันที่ 15 มีนาคม 2564
    """

    static func write(_ text: String, _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static let crossCodes: Set<FindingCode> = [.measureWithoutResult, .resultWithoutMeasure, .resultOutsidePeriod, .resultAfterReportDate]

    @Test func oneFileOrTwoGiveTheSameCrossFindings() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ita-cross-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let two = Pipeline().run([.file(try Self.write(Self.plan, "plan.csv", in: dir)), .file(try Self.write(Self.results, "results.csv", in: dir))])
        #expect(two.count == 1)
        let acrossTwo = two.flatMap(\.findings).filter { Self.crossCodes.contains($0.code) }.map { "\($0.code)@\($0.place?.address.a1 ?? "")" }
        #expect(acrossTwo == ["result-after-report-date@B5", "result-outside-period@B6", "result-after-report-date@B6"])

        // The same tables one below the other in one file: the same codes at the same rows of the results table.
        let one = Pipeline().run(path: try Self.write(Self.plan + Self.results, "both.csv", in: dir))
        let withinOne = one.findings.filter { Self.crossCodes.contains($0.code) }.map(\.code.rawValue)
        #expect(withinOne == ["result-after-report-date", "result-outside-period", "result-after-report-date"])
    }
}
