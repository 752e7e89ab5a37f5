import Testing
import Sheets
@testable import ITA

/// Who wrote a document and for which ITA year, from its title block; the analysis wordings; the
/// responsible units of a report checked against its plan.
@Suite struct DocumentIdentityTests {
    static func prose(_ lines: [String]) -> [SourcedText] {
        lines.enumerated().map { SourcedText(text: $1, source: SourceRef(sheet: "S", address: CellAddress(row: $0 + 1, column: 1))) }
    }

    @Test(arguments: [
        (["มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567", "สำนักงานจังหวัดชัยภูมิ"], "สำนักงานจังหวัดชัยภูมิ", nil, "ชัยภูมิ"),
        (["O43 รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ของสำนักงานจังหวัดชัยภูมิ ประจำปีงบประมาณ พ.ศ. 2567"],
         "สำนักงานจังหวัดชัยภูมิ", nil, "ชัยภูมิ"),
        (["เทศบาลตำบลโนนไทย อำเภอโนนไทย จังหวัดนครราชสีมา ประจำปีงบประมาณ 2564 (ข้อมูล ณ วันที่ 30 กันยายน 2564)"],
         "เทศบาลตำบลโนนไทย", "โนนไทย", "นครราชสีมา"),
        (["องค์การบริหารส่วนตำบลหนองแวง อ.เมืองสรวง จ.ร้อยเอ็ด"], "องค์การบริหารส่วนตำบลหนองแวง", "เมืองสรวง", "ร้อยเอ็ด"),
        (["สำนักงานสาธารณสุขจังหวัดขอนแก่น (ข้อมูล ณ วันที่ 31 มีนาคม 2566)"], "สำนักงานสาธารณสุขจังหวัดขอนแก่น", nil, "ขอนแก่น"),
        (["สำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต 2 จังหวัดอุดรธานี"], "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต 2", nil, "อุดรธานี"),
        (["สำนักงาน", "เทศบาลได้ดำเนินการตามมาตรการ"], nil, nil, nil),
    ] as [([String], String?, String?, String?)])
    func agencyDistrictProvince(lines: [String], agency: String?, district: String?, province: String?) {
        let found = DocumentIdentity.agency(in: Self.prose(lines))
        #expect(found.name == agency)
        #expect(found.district == district)
        #expect(found.province == province)
    }

    @Test(arguments: [
        (["O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", "ประจำปีงบประมาณ พ.ศ. 2569"], 2569, 2569),
        (["O26 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "ประจำปีงบประมาณ พ.ศ. 2568"], 2568, 2569),
        (["O42 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2565"], 2565, 2565),
        (["มาตรการส่งเสริมคุณธรรมและความโปร่งใส ตามแบบ ITA 2566"], 2566, 2566),
        (["มาตรการ ประจำปีงบประมาณ 2566", "ผลการประเมิน ITA ปี 2565 ได้คะแนน 88.21 ระดับ A"], 2566, 2566),
        (["ผลการประเมิน ITA ปี 2565 ได้คะแนน 88.21 ระดับ A"], nil, 2566),
        (["มาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ 2564"], 2564, 2564),
    ] as [([String], Int?, Int)])
    func itaYearFromCodesAndWording(lines: [String], fiscalYear: Int?, itaYear: Int) {
        #expect(DocumentIdentity.itaYear(prose: Self.prose(lines), fiscalYear: fiscalYear, hasPlan: true) == itaYear)
    }

    @Test(arguments: [
        ("ผลการวิเคราะห์การประเมิน ITA ประจำปี 2565", true),
        ("ผลการประเมิน ITA ปี 2565 ได้คะแนน 87.52 คะแนน อยู่ในระดับ A", true),
        ("ผลการประเมินคุณธรรมและความโปร่งใส ระดับ ผ่าน", true),
        ("ประเด็นที่ต้องพัฒนา ได้แก่ การเปิดเผยข้อมูล", true),
        ("จุด อ่อน คือ การใช้ทรัพย์สินของราชการ", true),
        ("ข้อบกพร่องที่ต้องแก้ไขโดยเร่งด่วน", true),
        ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล 78.50", true),
        ("OIT 81.25", true),
        ("ผลการประเมินคุณธรรมและความโปร่งใสของหน่วยงานปีที่ผ่านมา ได้ ๘๕.๒๓", true),
        ("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566", false),
        ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", false),
    ])
    func analysisWordings(line: String, isAnalysis: Bool) {
        #expect(AnalysisWording.isAnalysis(line) == isAnalysis)
    }

    static let unitTitle = "แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566\nจุดอ่อน: การเปิดเผยข้อมูล\n\n"

    /// A results unit is a warning only when it contradicts its plan measure's division.
    @Test(arguments: [
        ("กองคลัง", "กองช่าง", ["unknown-unit@B8"]),
        ("กองคลัง", "กองคลัง (งานพัสดุ)", []),
        ("กองคลัง", "ผู้อำนวยการกองคลัง", []),
        ("กองคลัง", "งานพัสดุ", []),
        ("กองคลัง", "ปลัดเทศบาล", []),
        ("ทุกกอง/ฝ่าย", "กองช่าง", []),
        ("กลุ่มส่งเสริมและพัฒนาการผลิต", "กลุ่มส่งเสริมและพัฒนาการผลิต", []),
        ("กลุ่มส่งเสริมและพัฒนาการผลิต", "กลุ่มอารักขาพืช", ["unknown-unit@B8"]),
        ("สำนักปลัด\nกองคลัง", "กองคลัง", []),
    ])
    func resultsUnitAgainstThePlan(planned: String, reported: String, expected: [String]) throws {
        let csv = Self.unitTitle + """
            มาตรการ,ขั้นตอนและวิธีการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,การกำกับติดตาม
            (1) เปิดเผยข้อมูลการจัดซื้อจัดจ้าง,ประกาศทางเว็บไซต์,"\(planned)",ต.ค.-ธ.ค. 65,รายงานผู้บริหาร

            มาตรการ,ผู้รับผิดชอบ,ผลการดำเนินการ
            (1) เปิดเผยข้อมูลการจัดซื้อจัดจ้าง,"\(reported)",ประกาศเมื่อวันที่ 5 พฤศจิกายน 2565
            """
        let findings = try run(text: csv, name: "units.csv").findings
        #expect(findings.filter { $0.severity != .info }.map { f in "\(f.code)@\(f.place!.address.a1)" } == expected)
        #expect(findings.allSatisfy { $0.code != .unknownUnit || $0.severity == .warning }, "a learned or unit-shaped name is never info")
    }
}
