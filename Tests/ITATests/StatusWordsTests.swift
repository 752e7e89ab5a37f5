import Testing
import ThaiText
@testable import ITA

/// The status vocabulary (`StatusWords`): every label names its own status and no other, the word
/// shown is the results report's, and only a whole label (after cleanup) counts as one.
@Suite struct StatusWordsTests {
    @Test(arguments: MeasureStatus.searchOrder) func everyLabelNamesItsStatus(_ status: MeasureStatus) {
        for label in status.words.labels {
            #expect(MeasureStatus(label: label) == status, "\(label)")
        }
        #expect(status.label.th == status.words.display)
    }

    static let cells: [(String, MeasureStatus?)] = [
        ("ดำเนินการ แล้ว", .done),
        (" เสร็จ\n", .done),
        ("ไม่เสร็จ", .inProgress),
        ("ยังไม่ถึงกำหนดดำเนินการ", .notYetDue),
        ("ยังไม่ได้ดำเนินการ", .notStarted),
        ("ดำเนินการแล้วบางส่วน", nil),
        ("สถานะ", nil),
        ("", nil),
    ]

    @Test(arguments: cells) func wholeLabelsOnly(_ c: (String, MeasureStatus?)) {
        #expect(MeasureStatus(label: c.0) == c.1)
    }

    static let results: [(String, MeasureStatus?)] = [
        ("ยังไม่ถึงกำหนดดำเนินการ ตามแผน", .notYetDue),
        ("ยังไม่ได้ดำเนินการ เนื่องจากงบประมาณ", .notStarted),
        ("อยู่ระหว่างจัดซื้อ", .inProgress),
        ("จัดประชุมชี้แจงเมื่อ 5 มีนาคม 2564", .done),
        ("ไม่มีข้อมูล", nil),
    ]

    /// A result's text: phrases searched in `MeasureStatus.searchOrder` (not yet due before done).
    @Test(arguments: results) func phrasesInAResult(_ c: (String, MeasureStatus?)) {
        #expect(Normalizer.status(column: nil, outcome: c.0) == c.1)
    }
}
