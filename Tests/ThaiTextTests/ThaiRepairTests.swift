import Foundation
import Testing
@testable import ThaiText

/// Each repair rule on the damage Thai PDFs' text layers really show (LibreOffice's and older
/// fonts' PDFs read with poppler), and on text that was already right.
@Suite struct ThaiRepairTests {
    @Test(arguments: [
        ("หน่ วยงาน", "หน่วยงาน"),
        ("ดำเนิ นการ", "ดำเนินการ"),
        ("ดีขน ึ ้", "ดีขึ้น"),
        ("ตัวชีว ้ ัด", "ตัวชี้วัด"),
        ("ท ำ", "ทำ"),
    ])
    func spacesInsideWordsAreRemoved(broken: String, repaired: String) {
        #expect(ThaiRepair.repair(broken) == repaired)
    }

    @Test(arguments: [
        ("ขัน้ ตอน", "ขั้นตอน"),
        ("ขัน้ตอน", "ขั้นตอน"),
        ("ตัวชีว้ัด", "ตัวชี้วัด"),
        ("ก่ี", "กี่"),
    ])
    func marksAreInUnicodeOrder(broken: String, repaired: String) {
        #expect(ThaiRepair.repair(broken) == repaired)
    }

    @Test(arguments: [
        ("ด\u{0E4D}\u{0E32}เนิน", "ดำเนิน"),
        ("น\u{0E4D}\u{0E49}\u{0E32}", "น้ำ"),
        ("ดาเนินการ", "ดำเนินการ"),
        ("ประจาปี", "ประจำปี"),
        ("ขันตอน", "ขั้นตอน"),
        ("ชีแจง", "ชี้แจง"),
    ])
    func saraAmAndDroppedMarksAreRestored(broken: String, repaired: String) {
        #expect(ThaiRepair.repair(broken) == repaired)
    }

    @Test(arguments: [
        ("\u{0E1B}\u{F705}\u{0E32}", "ป่า"),
        ("\u{0E17}\u{F701}\u{F70A}", "ทิ่"),
        ("\u{F700}\u{0E32}\u{0E19}", "\u{0E10}าน"),
        ("\u{0E01}\u{F718}", "กุ"),
    ])
    func privateUseFormsAreMappedBack(broken: String, repaired: String) {
        #expect(ThaiRepair.repair(broken) == repaired)
    }

    /// Leading vowels (เ แ โ ใ ไ) are stored before their letter, as they are written: no rule moves them.
    @Test(arguments: ["เนื่องจาก", "แล้ว", "โดยไม่เลือกปฏิบัติ", "ใน", "ไม่", "เป็ น"])
    func leadingVowelsStayInLogicalOrder(text: String) {
        let repaired = ThaiRepair.repair(text)
        let leading = { (s: String) in s.unicodeScalars.enumerated().filter { (0x0E40...0x0E44).contains($0.element.value) }.map(\.element) }
        #expect(leading(repaired) == leading(text))
        #expect(repaired.unicodeScalars.first == text.unicodeScalars.first)
    }

    @Test(arguments: ["ทา", "ทำ", "ดังนี้", "ที่ ๔", "ม.ค.-มี.ค.๖๔", "เว็บไซต์", "แก่ ผู้", "Integrity and transparency", "หน่วย งาน", "ตลิ่ง", "สนิท"])
    func rightTextIsLeftAlone(text: String) {
        #expect(ThaiRepair.repair(text) == text)
    }

    /// The whole bundled report and the real seed document pass through unchanged.
    @Test(arguments: ["Samples/kudjok-2564-report.txt"])
    func wholeSampleIsUnchanged(file: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for cell in line.split(separator: "\t", omittingEmptySubsequences: false) {
                #expect(ThaiRepair.repair(String(cell)) == String(cell))
            }
        }
    }
}
