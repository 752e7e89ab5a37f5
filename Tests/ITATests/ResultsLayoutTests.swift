import Foundation
import Testing
import Sheets
@testable import ITA

/// The results layouts agencies use, each with the exact fields read per measure
/// (`title | outcome | status | problems | recommendation`) and the findings that are not info.
@Suite struct ResultsLayoutTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var fileName = "layout.csv"
        var measures: [String]
        var findings: [String] = []
        var testDescription: String { name }
    }

    static let title = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566\nเทศบาลตำบลโนนไทย อำเภอโนนไทย จังหวัดนครราชสีมา\n\n"

    static let cases: [Case] = [
        Case(name: "ปัญหา/อุปสรรค and ข้อเสนอแนะ as two columns", text: title + """
            ลำดับ,มาตรการ,ผลการดำเนินการ,ปัญหา/อุปสรรค,ข้อเสนอแนะ
            1,ประกาศนโยบายไม่รับของขวัญ,ประกาศเมื่อวันที่ 3 ตุลาคม 2565,บุคลากรบางส่วนยังไม่ทราบ,ควรประชาสัมพันธ์เพิ่ม
            2,เปิดเผยข้อมูลการจัดซื้อจัดจ้าง,เผยแพร่ครบทุกเดือน เมื่อวันที่ 10 มกราคม 2566,งบประมาณมีจำกัด,
            """, measures: [
                "ประกาศนโยบายไม่รับของขวัญ | ประกาศเมื่อวันที่ 3 ตุลาคม 2565 | done | บุคลากรบางส่วนยังไม่ทราบ | ควรประชาสัมพันธ์เพิ่ม",
                "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง | เผยแพร่ครบทุกเดือน เมื่อวันที่ 10 มกราคม 2566 | done | งบประมาณมีจำกัด | -",
            ]),
        Case(name: "one combined column ปัญหาอุปสรรคและข้อเสนอแนะ", text: title + """
            ที่,มาตรการ,ผู้รับผิดชอบ,ผลการดำเนินการ,ปัญหาอุปสรรคและข้อเสนอแนะ
            1,ประกาศนโยบายไม่รับของขวัญ,สำนักปลัดเทศบาล,ประกาศเมื่อวันที่ 3 ตุลาคม 2565,ควรทบทวนทุกปี
            """, measures: ["ประกาศนโยบายไม่รับของขวัญ | ประกาศเมื่อวันที่ 3 ตุลาคม 2565 | done | - | ควรทบทวนทุกปี"]),
        Case(name: "status ticks under a merged ผลการดำเนินการ, the text in รายละเอียดผลการดำเนินการ", text: title + """
            ที่,มาตรการ,ผลการดำเนินการ,,,รายละเอียดผลการดำเนินการ,ปัญหา/อุปสรรค,ข้อเสนอแนะ
            ,,ดำเนินการแล้ว,อยู่ระหว่างดำเนินการ,ยังไม่ได้ดำเนินการ,,,
            1,ประกาศนโยบายไม่รับของขวัญ,✓,,,ประกาศเมื่อวันที่ 3 ตุลาคม 2565,-,-
            2,อบรมจริยธรรมพนักงาน,,●,,อยู่ระหว่างจัดหาวิทยากร,งบประมาณล่าช้า,ควรของบเพิ่ม
            3,ทบทวนคู่มือการจัดซื้อจัดจ้าง,,,X,รอระเบียบฉบับใหม่,ไม่มี,–
            4,เปิดเผยข้อมูลงบประมาณ,/,,,เผยแพร่ เมื่อวันที่ 20 ธันวาคม 2565,,
            """, measures: [
                "ประกาศนโยบายไม่รับของขวัญ | ประกาศเมื่อวันที่ 3 ตุลาคม 2565 | done | - | -",
                "อบรมจริยธรรมพนักงาน | อยู่ระหว่างจัดหาวิทยากร | in-progress | งบประมาณล่าช้า | ควรของบเพิ่ม",
                "ทบทวนคู่มือการจัดซื้อจัดจ้าง | รอระเบียบฉบับใหม่ | not-started | - | -",
                "เปิดเผยข้อมูลงบประมาณ | เผยแพร่ เมื่อวันที่ 20 ธันวาคม 2565 | done | - | -",
            ]),
        Case(name: "status ticks with no text column: the tick is the result", text: title + """
            มาตรการ,ผลการดำเนินการ,,,ข้อเสนอแนะ
            ,ดำเนินการแล้ว,อยู่ระหว่างดำเนินการ,ยังไม่ถึงกำหนดดำเนินการ,
            (1) ประกาศนโยบายไม่รับของขวัญ,✓,,,
            (2) ประเมินความเสี่ยงการทุจริต,,,✓,
            """, measures: [
                "ประกาศนโยบายไม่รับของขวัญ | ดำเนินการแล้ว | done | - | -",
                "ประเมินความเสี่ยงการทุจริต | ยังไม่ถึงกำหนดดำเนินการ | not-yet-due | - | -",
            ]),
        Case(name: "ticks under เสร็จ | ไม่เสร็จ | ไม่ดำเนินการ, marks typed as Wingdings letters", text: title + """
            มาตรการ,ผลการดำเนินงาน,,,หมายเหตุ
            ,เสร็จ,ไม่เสร็จ,ไม่ดำเนินการ,
            (1) ประกาศนโยบายไม่รับของขวัญ,P,,,
            (2) อบรมจริยธรรมพนักงาน,,ü,,รอวิทยากร
            """, measures: [
                "ประกาศนโยบายไม่รับของขวัญ | เสร็จ | done | - | -",
                "อบรมจริยธรรมพนักงาน | ไม่เสร็จ | in-progress | - | -",
            ]),
        Case(name: "a results table without steps or monitoring, ผลการดำเนินงาน", text: title + """
            มาตรการ/แนวทาง,ผลการดำเนินงาน,หมายเหตุ
            (1) เผยแพร่ข้อมูลสาธารณะ,ปรับปรุงเว็บไซต์ครบทุกหัวข้อ เมื่อวันที่ 5 พฤศจิกายน 2565,
            (2) ส่งเสริมการมีส่วนร่วม,จัดเวทีประชาคม เมื่อวันที่ 8 กุมภาพันธ์ 2566,
            """, measures: [
                "เผยแพร่ข้อมูลสาธารณะ | ปรับปรุงเว็บไซต์ครบทุกหัวข้อ เมื่อวันที่ 5 พฤศจิกายน 2565 | done | - | -",
                "ส่งเสริมการมีส่วนร่วม | จัดเวทีประชาคม เมื่อวันที่ 8 กุมภาพันธ์ 2566 | done | - | -",
            ]),
        Case(name: "an extra leading ประเด็นที่ต้องพัฒนา column written once for several rows", text: title + """
            ประเด็นที่ต้องพัฒนา,มาตรการ,ผลการดำเนินงาน,สถานะ,ปัญหาอุปสรรค,ข้อเสนอแนะ
            การเปิดเผยข้อมูล,(1) เผยแพร่ข้อมูลสาธารณะ,ปรับปรุงเว็บไซต์ เมื่อวันที่ 5 พฤศจิกายน 2565,ดำเนินการแล้ว,-,-
            ,(2) เปิดเผยข้อมูลการจัดซื้อจัดจ้าง,เผยแพร่รายเดือน,อยู่ระหว่างดำเนินการ,เจ้าหน้าที่ไม่เพียงพอ,-
            การป้องกันการทุจริต,(3) ประเมินความเสี่ยงการทุจริต,,ยังไม่ถึงกำหนด,,
            """, measures: [
                "เผยแพร่ข้อมูลสาธารณะ | ปรับปรุงเว็บไซต์ เมื่อวันที่ 5 พฤศจิกายน 2565 | done | - | -",
                "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง | เผยแพร่รายเดือน | in-progress | เจ้าหน้าที่ไม่เพียงพอ | -",
                "ประเมินความเสี่ยงการทุจริต | - | not-yet-due | - | -",
            ]),
        Case(name: "totals, summary and a signature block right under the table", text: title + """
            ลำดับ,มาตรการ,ผลการดำเนินการ,ข้อเสนอแนะ
            1,ประกาศนโยบายไม่รับของขวัญ,ประกาศเมื่อวันที่ 3 ตุลาคม 2565,
            2,อบรมจริยธรรมพนักงาน,จัดอบรมเมื่อวันที่ 9 ธันวาคม 2565,
            ,รวม 2 มาตรการ,ดำเนินการแล้ว 2 มาตรการ,
            ,ร้อยละ 100,,
            ,สรุป: ดำเนินการครบทุกมาตรการ,,
            ,ลงชื่อ ................................ ผู้รายงาน,,
            ,(นางสาวสุภาพร แก้วมณี),,
            ,ตำแหน่ง ปลัดเทศบาล,,
            """, measures: [
                "ประกาศนโยบายไม่รับของขวัญ | ประกาศเมื่อวันที่ 3 ตุลาคม 2565 | done | - | -",
                "อบรมจริยธรรมพนักงาน | จัดอบรมเมื่อวันที่ 9 ธันวาคม 2565 | done | - | -",
            ]),
        Case(name: "'-', '–' and ไม่มี say nothing; ยังไม่ถึงกำหนดดำเนินการ is not yet due, not blank", text: title + """
            มาตรการ,ผลการดำเนินการ,สถานะ,ปัญหา/อุปสรรค,ข้อเสนอแนะ
            (1) ประกาศนโยบายไม่รับของขวัญ,ประกาศเมื่อวันที่ 3 ตุลาคม 2565,ดำเนินการแล้ว,ไม่มี,–
            (2) ประเมินความเสี่ยงการทุจริต,-,ยังไม่ถึงกำหนดดำเนินการ,-,-
            (3) สำรวจความพึงพอใจ,ยังไม่ถึงกำหนด(ดำเนินการ),,,
            (4) อบรมจริยธรรมพนักงาน,–,ดำเนินการแล้ว,,
            """, measures: [
                "ประกาศนโยบายไม่รับของขวัญ | ประกาศเมื่อวันที่ 3 ตุลาคม 2565 | done | - | -",
                "ประเมินความเสี่ยงการทุจริต | - | not-yet-due | - | -",
                "สำรวจความพึงพอใจ | ยังไม่ถึงกำหนด(ดำเนินการ) | not-yet-due | - | -",
                "อบรมจริยธรรมพนักงาน | - | done | - | -",
            ], findings: ["blank-cell@B8"]),
        Case(name: "section rows written alone, plan and result in one table, a header with a note in parentheses", text: title + """
            ลำดับ,มาตรการ/แนวทางการดำเนินงาน,วิธีดำเนินการ,ผู้รับผิดชอบ,ระยะเวลาในการดำเนินการ,ผลการดำเนินงาน (ระบุรายละเอียด),ปัญหาและอุปสรรค
            ด้านที่ 1 การเปิดเผยข้อมูล
            1,เผยแพร่ข้อมูลทางเว็บไซต์,ปรับปรุงข้อมูลทุกเดือน,งานประชาสัมพันธ์,ต.ค. 65 – ก.ย. 66,ปรับปรุงครบทุกเดือน,-
            การป้องกันการทุจริต
            2,ประกาศเจตนารมณ์ No Gift Policy,ผู้บริหารลงนามประกาศ,นายกเทศมนตรี,ต.ค. - ธ.ค. 65,ประกาศเมื่อวันที่ 10 ตุลาคม 2565,ไม่มี
            """, measures: [
                "เผยแพร่ข้อมูลทางเว็บไซต์ | ปรับปรุงครบทุกเดือน | - | - | -",
                "ประกาศเจตนารมณ์ No Gift Policy | ประกาศเมื่อวันที่ 10 ตุลาคม 2565 | done | - | -",
            ]),
        Case(name: "a 6-month report: a measure planned after the signing date has no result yet, not a blank", text: """
            รายงานผลการดำเนินการตามมาตรการ รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ. 2566

            มาตรการ,ระยะเวลาดำเนินการ,ผลการดำเนินการ,ข้อเสนอแนะ
            (1) ประกาศนโยบายไม่รับของขวัญ,ต.ค. - ธ.ค. 65,ประกาศเมื่อวันที่ 3 ตุลาคม 2565,
            (2) อบรมจริยธรรมพนักงาน,ม.ค. - มี.ค. 66,,
            (3) ประเมินความพึงพอใจผู้รับบริการ,ก.ค. - ก.ย. 66,,

            ข้อมูล ณ วันที่ 31 มีนาคม 2566
            """, measures: [
                "ประกาศนโยบายไม่รับของขวัญ | ประกาศเมื่อวันที่ 3 ตุลาคม 2565 | done | - | -",
                "อบรมจริยธรรมพนักงาน | - | - | - | -",
                "ประเมินความพึงพอใจผู้รับบริการ | - | - | - | -",
            ], findings: ["blank-cell@C5"]),
        Case(name: "the result in parts: เชิงปริมาณ | เชิงคุณภาพ under ผลการดำเนินงาน", text: title + """
            มาตรการ,ผลการดำเนินงาน,,ข้อเสนอแนะ
            ,เชิงปริมาณ,เชิงคุณภาพ,
            (1) อบรมจริยธรรมพนักงาน,จัดอบรม 2 รุ่น 120 คน,ผู้เข้าอบรมมีความรู้เพิ่มขึ้น,-
            (2) ประกาศนโยบายไม่รับของขวัญ,,บุคลากรรับทราบและถือปฏิบัติ,-
            """, measures: [
                "อบรมจริยธรรมพนักงาน | จัดอบรม 2 รุ่น 120 คน ผู้เข้าอบรมมีความรู้เพิ่มขึ้น | - | - | -",
                "ประกาศนโยบายไม่รับของขวัญ | บุคลากรรับทราบและถือปฏิบัติ | - | - | -",
            ]),
        Case(name: "text from Word: tabs, ticks under a group", text: title.replacingOccurrences(of: ",", with: "\t") + """
            ที่\tมาตรการ\tผลการดำเนินการ\t\t\tรายละเอียดผลการดำเนินการ\tปัญหา/อุปสรรค\tข้อเสนอแนะ
            \t\tดำเนินการแล้ว\tอยู่ระหว่างดำเนินการ\tยังไม่ได้ดำเนินการ
            1\tประกาศนโยบายไม่รับของขวัญ\t✓\t\t\tประกาศเมื่อวันที่ 3 ตุลาคม 2565\tไม่มี\tไม่มี
            """, fileName: "layout.txt", measures: ["ประกาศนโยบายไม่รับของขวัญ | ประกาศเมื่อวันที่ 3 ตุลาคม 2565 | done | - | -"]),
    ]

    static func reading(_ m: Measure) -> String {
        [m.title, m.outcome ?? "-", m.status?.rawValue ?? "-", m.problems ?? "-", m.recommendation ?? "-"].joined(separator: " | ")
    }

    @Test(arguments: cases)
    func readsEveryFieldOfEveryMeasure(_ c: Case) throws {
        let outcome = try run(text: c.text, name: c.fileName)
        let results = try #require(outcome.document?.results)
        #expect(results.measures.map(Self.reading) == c.measures)
        #expect(notInfo(outcome).sorted() == c.findings.sorted())
    }

    /// Merged cells as spreadsheet programs write them (the corpus's XLSX files): the ticks under a
    /// merged ผลการดำเนินการ, the leading column merged down over two rows.
    @Test func mergedTicksAndLeadingColumnInXLSX() throws {
        let ticks = try #require(run(fixture("precision/h3-university-2565-results.xlsx")).document?.results)
        #expect(ticks.located.headerRows == [4, 5])
        #expect(ticks.located.columns[.result] == 6 && ticks.located.duplicateColumns.isEmpty)
        #expect(ticks.measures.map(\.status) == [.done, .done, .inProgress, .done, .done])
        #expect(ticks.measures.allSatisfy { $0.outcome?.isEmpty == false })
        // Every spreadsheet program's plan with ประเด็นที่ต้องพัฒนา merged down beside the measures.
        let merged = PrecisionTests.corpus.filter { $0.container.hasPrefix("xlsx") && $0.layouts.contains("plan layout issue-column") }
        #expect(!merged.isEmpty)
        for document in merged {
            let plan = try #require(run(fixture("precision/\(document.file)")).document?.plan)
            #expect(plan.located.columns[.indicator] == 2 && plan.located.columns[.measure] == 3, "\(document.file)")
        }
    }

    @Test func parseJSONShowsProblemsBesideTheRecommendation() throws {
        let document = try #require(try run(text: Self.cases[0].text, name: "layout.csv").document)
        let json = ParseReport.json([document])
        #expect(json.contains("\"problems\" : \"บุคลากรบางส่วนยังไม่ทราบ\"") || json.contains("\"problems\": \"บุคลากรบางส่วนยังไม่ทราบ\""))
        #expect(json.contains("ควรประชาสัมพันธ์เพิ่ม"))
    }
}
