import Foundation
import Testing
import Sheets
@testable import ITA

/// Plan layouts that used to lose measures or raise false alarms, each with the exact fields read per
/// measure (`title | steps | responsible | period | monitoring`) and the findings that are not info.
@Suite struct PlanLayoutTests {
    typealias Case = ResultsLayoutTests.Case

    static let title = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566\nผลการประเมิน ITA ปี 2565 ได้ 88.40 คะแนน ระดับ A\n\n"

    static let cases: [Case] = [
        Case(name: "measures grouped under lone มาตรการที่ N rows, sub-measures 1.1, 1.2", text: title + """
            มาตรการ,ขั้นตอนและวิธีการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,การกำกับติดตาม
            มาตรการที่ 1 การเผยแพร่ข้อมูลต่อสาธารณะ
            1.1 ปรับปรุงเว็บไซต์,ปรับปรุงทุกเดือน,สำนักปลัด,ตลอดปีงบประมาณ,รายงานนายก
            มาตรการที่ 2 การป้องกันการรับสินบน
            2.1 ประกาศเจตนารมณ์,จัดทำประกาศ,นายกเทศมนตรี/ปลัดเทศบาล,ต.ค.-ธ.ค. 65,รายงานนายก
            """, measures: [
                "1.1 ปรับปรุงเว็บไซต์ | ปรับปรุงทุกเดือน | สำนักปลัด | 2022-10…2023-09 | รายงานนายก",
                "2.1 ประกาศเจตนารมณ์ | จัดทำประกาศ | นายกเทศมนตรี, ปลัดเทศบาล | 2022-10…2022-12 | รายงานนายก",
            ]),
        Case(name: "a section row in the number column, ตัวชี้วัด and ค่าเป้าหมาย, units in parentheses and with ฯ", text: title + """
            ลำดับ,มาตรการ,ตัวชี้วัด,ค่าเป้าหมาย,ขั้นตอนและวิธีการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,การกำกับติดตาม
            การเปิดเผยข้อมูล
            1,เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง,ร้อยละของโครงการ,100,ประกาศทุกเดือน,กองคลัง (งานพัสดุ),ทุกเดือน,รายงานนายก
            2,อบรมคุณธรรม,จำนวนผู้เข้าอบรม,50 คน,จัดอบรม,กองการศึกษาฯ,เม.ย. - มิ.ย. 66,รายงานนายก
            """, measures: [
                "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง | ประกาศทุกเดือน | กองคลัง | 2022-10…2023-09 | รายงานนายก",
                "อบรมคุณธรรม | จัดอบรม | กองการศึกษา | 2023-04…2023-06 | รายงานนายก",
            ]),
        Case(name: "an extra leading ประเด็นที่ต้องพัฒนา column written once for several rows", text: title + """
            ที่,ประเด็นที่ต้องพัฒนา,มาตรการ,วิธีการดำเนินการ,หน่วยงานที่รับผิดชอบ,ระยะเวลา,การติดตามและประเมินผล
            1,การเปิดเผยข้อมูล,เผยแพร่ข้อมูลทางเว็บไซต์,ปรับปรุงทุกเดือน,งานประชาสัมพันธ์,ตลอดปีงบประมาณ,รายงานผู้บริหาร
            2,,เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง,ประกาศทุกเดือน,ทุกกอง/ฝ่าย,ไตรมาส 2,รายงานผู้บริหาร
            """, measures: [
                "เผยแพร่ข้อมูลทางเว็บไซต์ | ปรับปรุงทุกเดือน | งานประชาสัมพันธ์ | 2022-10…2023-09 | รายงานผู้บริหาร",
                "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง | ประกาศทุกเดือน | ทุกกอง | 2023-01…2023-03 | รายงานผู้บริหาร",
            ]),
        Case(name: "a measure whose title opens like a summary (สรุปผล…, รวมพลัง…) is a measure", text: title + """
            มาตรการ,ขั้นตอนและวิธีการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,การกำกับติดตาม
            สรุปผลการจัดซื้อจัดจ้างรายเดือน,จัดทำแบบ สขร.1,กองคลัง,ทุกเดือน,รายงานนายก
            รวมพลังต่อต้านการทุจริต,จัดกิจกรรมวันต่อต้านคอร์รัปชันสากล,สำนักปลัด,ธ.ค. 65,รายงานนายก
            รวม 2 มาตรการ
            """, measures: [
                "สรุปผลการจัดซื้อจัดจ้างรายเดือน | จัดทำแบบ สขร.1 | กองคลัง | 2022-10…2023-09 | รายงานนายก",
                "รวมพลังต่อต้านการทุจริต | จัดกิจกรรมวันต่อต้านคอร์รัปชันสากล | สำนักปลัด | 2022-12…2022-12 | รายงานนายก",
            ]),
        Case(name: "a steps cell that says ไม่มี is blank", text: title + """
            มาตรการ,ขั้นตอนและวิธีการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,การกำกับติดตาม
            (1) ปรับปรุงเว็บไซต์,ไม่มี,สำนักปลัด,ตลอดปีงบประมาณ,รายงานนายก
            """, measures: ["ปรับปรุงเว็บไซต์ |  | สำนักปลัด | 2022-10…2023-09 | รายงานนายก"], findings: ["blank-cell@B5"]),
    ]

    static func reading(_ m: Measure) -> String {
        let period = m.period.map { "\($0.start.iso)…\($0.end.iso)" } ?? "-"
        return [m.title, m.steps.joined(separator: "; "), m.responsible.map { $0.canonical ?? $0.written }.joined(separator: ", "),
                period, m.monitoring ?? "-"].joined(separator: " | ")
    }

    @Test(arguments: cases)
    func readsEveryFieldOfEveryMeasure(_ c: Case) throws {
        let outcome = try run(text: c.text, name: c.fileName)
        let plan = try #require(outcome.document?.plan)
        #expect(plan.measures.map(Self.reading) == c.measures)
        #expect(notInfo(outcome).sorted() == c.findings.sorted())
    }
}
