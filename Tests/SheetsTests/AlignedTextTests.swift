import Foundation
import Testing
@testable import Sheets

/// Space-aligned columns with page footers and a header repeated on each page, as a PDF viewer's
/// copy gives a table, read into its table.
@Suite struct AlignedTextTests {
    static let text = """
    รายงานผลการดำเนินการ

    มาตรการ            ผู้รับผิดชอบ     ระยะเวลา
    (๑) จัดทำแนวทาง      กองคลัง         ม.ค.-มี.ค.๖๔
    ปฏิบัติ
    (๒) ให้ความรู้เรื่อง     สำนักปลัด        ม.ค.-มี.ค.๖๔
    ผลประโยชน์ทับซ้อน   

                         หน้า ๑
    \u{0C}
    มาตรการ            ผู้รับผิดชอบ     ระยะเวลา
    (๓) เปิดเผยข้อมูล      -สำนักปลัด       เม.ย.๖๔
    ข่าวสาร              -กองช่าง
    (๔) ประชุมชี้แจง       สำนักปลัด        พ.ค.๖๔

                         หน้า ๒
    """

    static func read() throws -> Sheet {
        try SpreadsheetReader.read(bytes: Array(text.utf8), path: "copy.txt").sheets[0]
    }

    static func rows(_ sheet: Sheet) -> [[String]] {
        sheet.rows.map { $0.cells.map(\.value.plainText) }
    }

    @Test func readsOneTableWithItsHeaderOnce() throws {
        let rows = Self.rows(try Self.read())
        #expect(rows == [
            ["รายงานผลการดำเนินการ"],
            ["มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"],
            ["(๑) จัดทำแนวทางปฏิบัติ", "กองคลัง", "ม.ค.-มี.ค.๖๔"],
            ["(๒) ให้ความรู้เรื่องผลประโยชน์ทับซ้อน", "สำนักปลัด", "ม.ค.-มี.ค.๖๔"],
            ["(๓) เปิดเผยข้อมูลข่าวสาร", "-สำนักปลัด -กองช่าง", "เม.ย.๖๔"],
            ["(๔) ประชุมชี้แจง", "สำนักปลัด", "พ.ค.๖๔"],
        ])
    }

    @Test func rowsKnowTheirPage() throws {
        let sheet = try Self.read()
        let last = try #require(sheet.rows.last)
        #expect(sheet.pages[last.index] == PagePlace(page: 2, row: 2))
    }

    @Test func aOneColumnTextStaysAsItIs() throws {
        let plain = "บรรทัดหนึ่ง\nบรรทัดสอง  มีช่องว่าง\nบรรทัดสาม\n"
        let sheet = try SpreadsheetReader.read(bytes: Array(plain.utf8), path: "plain.txt").sheets[0]
        #expect(Self.rows(sheet) == [["บรรทัดหนึ่ง"], ["บรรทัดสอง  มีช่องว่าง"], ["บรรทัดสาม"]])
        #expect(sheet.pages.isEmpty)
    }
}
