import Foundation
import Testing
import ThaiText
@testable import ITA

/// The shortcuts give Foundation's own answers: each case is compared with the Foundation call it
/// stands for, including the cases where only Foundation can decide.
@Suite struct FoundationShortcutsTests {
    @Test(arguments: [
        ("ผลการวิเคราะห์ita", "การวิเคราะห์"),
        ("ประเด็นข้อบกพร่องหรือจุดอ่อน", "จุดแข็ง"),
        // The bytes of "ก" occur, but inside the character "กิ": Foundation refuses the match.
        ("กิ", "ก"),
        ("ติดตาม กิ", "ก"),
        ("องค์การบริหารส่วนตำบลบ้าน อำเภอเมือง", " อำเภอ"),
        ("ita 2566 ita", "ita"),
        ("", "ita"),
        ("ita", ""),
        ("o 25 และ o25", "o25"),
    ])
    func searchAnswersAsFoundation(text: String, word: String) {
        let key = ThaiCleanup.forMatching(text), needle = ThaiCleanup.forMatching(word)
        #expect(key.containsNFC(needle) == (key.range(of: needle) != nil))
        #expect(key.rangeNFC(of: needle) == key.range(of: needle))
        let tail = key.dropFirst(1)
        #expect(tail.rangeNFC(of: needle) == tail.range(of: needle))
    }

    @Test(arguments: ["กองคลัง", " กองคลัง ", "\tไม่มี\n", "-", "\u{00A0}-\u{00A0}", "\u{3000}ไม่มี", "\u{200B}x", "a\u{0301}", "", "  ", "x\u{2028}"])
    func trimsAsFoundation(text: String) {
        #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
    }

    /// Closing rows are still found with the first-letter shortcut, also in either case and with a
    /// tone mark typed before its vowel (the same character as Foundation and Swift compare it).
    @Test(arguments: [
        ("ลงชื่อ............ผู้รายงาน", ClosingRow.signature), ("(นายสมชาย ใจดี)", .signature), ("ผู้รายงาน", .signature),
        ("\u{0E1C}\u{0E49}\u{0E39}รายงาน", .signature), (" ตำแหน่ง ปลัดเทศบาล", .signature), ("Total 12", .summary), ("TOTAL", .summary),
        ("รวม 5", .summary), ("สรุป:", .summary), ("1", nil), ("เผยแพร่ข้อมูล", nil), ("รวมพลังต่อต้านการทุจริต", nil), ("", nil),
    ] as [(String, ClosingRow?)])
    func closingRows(text: String, kind: ClosingRow?) {
        #expect(ClosingRow.kind(of: text) == kind)
    }
}
