import Testing
import Sheets
@testable import ITA

/// Broken plans and results, each with the findings it must produce at their cells.
@Suite struct ValidatorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var csv: String
        /// `code@cell` (or just `code` for a file or table finding), in any order.
        var expected: Set<String>
        var fiscalYear: Int? = nil
        var testDescription: String { name }
    }

    static let title = "แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2564\nวิเคราะห์ผลการประเมินปีที่ผ่านมา: จุดอ่อน การเปิดเผยข้อมูล\n\n"
    static let planHeader = "มาตรการ,ขั้นตอนและวิธีการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,การกำกับติดตาม\n"
    static let resultsHeader = "มาตรการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,ผลการดำเนินการ,ข้อเสนอแนะ\n"

    static let cases: [Case] = [
        Case(name: "clean plan", csv: title + planHeader + """
            (1) เผยแพร่ข้อมูลสาธารณะ,ปรับปรุงเว็บไซต์,สำนักปลัด,ม.ค.-มี.ค. 64,รายงานผลทุกเดือน
            (2) ป้องกันผลประโยชน์ทับซ้อน,อบรมพนักงาน,กองคลัง,เม.ย.-มิ.ย. 64,รายงานผลทุกเดือน
            """, expected: []),
        Case(name: "missing responsible column", csv: title + """
            มาตรการ,ขั้นตอนและวิธีการ,ระยะเวลาดำเนินการ,การกำกับติดตาม
            (1) เผยแพร่ข้อมูลสาธารณะ,ปรับปรุงเว็บไซต์,ม.ค.-มี.ค. 64,รายงานผลทุกเดือน
            """, expected: ["missing-column"]),
        Case(name: "blank required cells", csv: title + planHeader + """
            (1) เผยแพร่ข้อมูลสาธารณะ,,สำนักปลัด,ม.ค.-มี.ค. 64,รายงานผลทุกเดือน
            (2) ป้องกันผลประโยชน์ทับซ้อน,อบรมพนักงาน,,เม.ย.-มิ.ย. 64,รายงานผลทุกเดือน
            """, expected: ["blank-cell@B5", "blank-cell@C6"]),
        Case(name: "period outside the fiscal year (last year's plan copied)", csv: title + planHeader + """
            (1) เผยแพร่ข้อมูลสาธารณะ,ปรับปรุงเว็บไซต์,สำนักปลัด,ม.ค.-มี.ค. 63,รายงานผลทุกเดือน
            (2) ป้องกันผลประโยชน์ทับซ้อน,อบรมพนักงาน,กองคลัง,ต.ค. 64 - ธ.ค. 64,รายงานผลทุกเดือน
            """, expected: ["period-outside-fiscal-year@D5", "period-outside-fiscal-year@D6"]),
        Case(name: "unreadable and implausible periods", csv: title + planHeader + """
            (1) เผยแพร่ข้อมูลสาธารณะ,ปรับปรุงเว็บไซต์,สำนักปลัด,เร็ว ๆ นี้,รายงานผลทุกเดือน
            (2) ป้องกันผลประโยชน์ทับซ้อน,อบรมพนักงาน,กองคลัง,8 พฤศจิกายน 3107,รายงานผลทุกเดือน
            """, expected: ["unparseable-period@D5", "implausible-year@D6"]),
        Case(name: "numbering duplicated and with a gap; a unit that names no one is info only", csv: title + planHeader + """
            (1) เผยแพร่ข้อมูลสาธารณะ,ปรับปรุงเว็บไซต์,สำนักปลัด,ม.ค.-มี.ค. 64,รายงานผลทุกเดือน
            (1) ป้องกันผลประโยชน์ทับซ้อน,อบรมพนักงาน,กองคลัง,ม.ค.-มี.ค. 64,รายงานผลทุกเดือน
            (4) ส่งเสริมการมีส่วนร่วม,เปิดช่องทางร้องเรียน,ตามความเหมาะสม,ม.ค.-มี.ค. 64,รายงานผลทุกเดือน
            """, expected: ["numbering-duplicate@A6", "numbering-gap@A7"]),
        Case(name: "plan without the analysis of last year's result", csv: "ประจำปีงบประมาณ พ.ศ. 2564\n\n" + planHeader + """
            (1) เผยแพร่ข้อมูลสาธารณะ,ปรับปรุงเว็บไซต์,สำนักปลัด,ม.ค.-มี.ค. 64,รายงานผลทุกเดือน
            """, expected: ["missing-analysis"]),
        Case(name: "no year anywhere", csv: planHeader + """
            (1) เผยแพร่ข้อมูลสาธารณะ,ปรับปรุงเว็บไซต์,สำนักปลัด,ม.ค.-มี.ค.,รายงานผลทุกเดือน
            """, expected: ["fiscal-year-undetermined", "missing-analysis", "unparseable-period@D2"]),
        Case(name: "plan and results that do not pair, a result late without reason", csv: title + planHeader + """
            (1) เผยแพร่ข้อมูลสาธารณะ,ปรับปรุงเว็บไซต์,สำนักปลัด,ม.ค.-มี.ค. 64,รายงานผลทุกเดือน
            (2) ป้องกันผลประโยชน์ทับซ้อน,อบรมพนักงาน,กองคลัง,ม.ค.-มี.ค. 64,รายงานผลทุกเดือน

            รายงานผลการดำเนินการ

            """ + resultsHeader + """
            (1) เผยแพร่ข้อมูลสาธารณะ,สำนักปลัด,ม.ค.-มี.ค. 64,ปรับปรุงเว็บไซต์ เมื่อวันที่ 5 พฤษภาคม 2564,
            (2) จัดซื้อรถบรรทุกขยะ,กองช่าง,ม.ค.-มี.ค. 64,จัดซื้อเมื่อวันที่ 3 กุมภาพันธ์ 2564,
            """, expected: ["measure-without-result@A6", "result-without-measure@A11", "result-outside-period@D10"]),
        Case(name: "no table at all", csv: "รายงานประจำปี\nไม่มีตาราง\n", expected: ["no-table-found"]),
    ]

    @Test(arguments: cases)
    func reportsExactlyTheExpectedFindings(_ c: Case) throws {
        let outcome = try run(text: c.csv, name: "case.csv", fiscalYear: c.fiscalYear)
        let got = Set(outcome.findings.filter { $0.severity != .info }.map { f in
            f.place.map { "\(f.code)@\($0.address.a1)" } ?? f.code.rawValue
        })
        #expect(got == c.expected)
    }

    @Test func unexplainedLateResultIsAWarningExplainedOneInfo() throws {
        let late = Self.cases.first { $0.name.hasPrefix("plan and results") }!
        let outcome = try run(text: late.csv, name: "late.csv")
        let finding = try #require(outcome.findings.first { $0.code == .resultOutsidePeriod })
        #expect(finding.severity == .warning)
        let explained = late.csv.replacingOccurrences(of: "5 พฤษภาคม 2564,", with: "5 พฤษภาคม 2564,เลื่อนเนื่องจากสถานการณ์โควิด")
        let second = try run(text: explained, name: "late.csv")
        #expect(second.findings.first { $0.code == .resultOutsidePeriod }?.severity == .info)
    }

    @Test func everyFindingAboutACellNamesIt() throws {
        for c in Self.cases {
            let outcome = try run(text: c.csv, name: "case.csv")
            for finding in outcome.findings where finding.field != nil && finding.code != .missingColumn {
                #expect(finding.place != nil, "\(c.name): \(finding.code)")
            }
        }
    }

    @Test func everyCatalogEntryHasThaiAndEnglishTextAndAFix() {
        #expect(FindingCode.allCodes.count == 31)
        for code in FindingCode.allCodes {
            let entry = code.entry
            #expect(!entry.message.th.isEmpty && !entry.message.en.isEmpty, "\(code)")
            #expect(!entry.fix.th.isEmpty && !entry.fix.en.isEmpty, "\(code)")
            #expect(entry.message.th.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }, "\(code) Thai text")
        }
    }
}
