import Foundation
import Testing
@testable import Sheets

/// Part-by-part comparison of one small deterministic workbook with checked-in goldens
/// (libxlsxwriter's own test method). Re-record with `RECORD_GOLDENS=1 swift test --filter WriterGolden`.
@Suite struct WriterGoldenTests {
    static func writeSmallWorkbook(to path: String) throws {
        var writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet(named: "ผลการดำเนินการ")
        let header = CellStyle(fontName: "TH SarabunPSK", fontSize: 16, bold: true, wrap: true, horizontal: .center,
                               vertical: .center, border: true)
        let body = CellStyle(fontName: "TH SarabunPSK", fontSize: 16, wrap: true, vertical: .top, border: true)
        try writer.merge(CellRange(a1: "A1:C1")!, value: .string("รายงานผลการดำเนินการ ปีงบประมาณ ๒๕๖๔"), in: sheet, style: header)
        for (i, title) in ["มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"].enumerated() {
            try writer.write(.string(title), at: CellAddress(row: 2, column: i + 1), in: sheet, style: header)
        }
        try writer.write(.string("(๑) เผยแพร่ข้อมูล"), at: CellAddress(a1: "A3")!, in: sheet, style: body)
        try writer.write(.string("สำนักปลัด"), at: CellAddress(a1: "B3")!, in: sheet, style: body)
        try writer.write(.date(SpreadsheetDate(year: 2021, month: 3, day: 15)), at: CellAddress(a1: "C3")!, in: sheet, style: body)
        try writer.write(.number(2564), at: CellAddress(a1: "D3")!, in: sheet)
        try writer.setColumnWidth(30, columns: 1...2, in: sheet)
        var setup = PageSetup()
        setup.landscape = true
        setup.fitToPagesWide = 1
        setup.repeatRows = 1...2
        setup.footer = "&Cหน้า &P / &N"
        try writer.setPageSetup(setup, in: sheet)
        writer.freezePanes(at: CellAddress(a1: "A3")!, in: sheet)
        try writer.addListValidation(CellRange(a1: "B3:B10")!, items: WriterGuardTests.thaiUnits, in: sheet)
        try writer.setProperties(DocumentProperties(title: "ITA", author: "ita", company: "ITA Toolkit",
                                                    created: SpreadsheetDate(serial: 44_270.5, kind: .dateTime)))
        try writer.close()
    }

    @Test func smallWorkbookMatchesGoldens() throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.writeSmallWorkbook(to: path)
        let contents = try WriterTestSupport.parts(path)
        let parts = contents.keys.sorted()
        let directory = WriterTestSupport.fixtures.appendingPathComponent("smallWorkbook")
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil
            || !FileManager.default.fileExists(atPath: directory.path)
        if record {
            try? FileManager.default.removeItem(at: directory)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        let listing = directory.appendingPathComponent("parts.txt")
        if record { try (parts.joined(separator: "\n") + "\n").write(to: listing, atomically: true, encoding: .utf8) }
        let expectedParts = try String(contentsOf: listing, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(parts == expectedParts)
        for part in parts {
            let actual = Self.normalize(contents[part] ?? "")
            let golden = directory.appendingPathComponent(part.replacingOccurrences(of: "/", with: "__"))
            if record { try actual.write(to: golden, atomically: true, encoding: .utf8); continue }
            let expected = try String(contentsOf: golden, encoding: .utf8)
            #expect(Self.elements(actual) == Self.elements(expected), "part \(part)")
        }
        if record { Issue.record("Recorded new goldens in \(directory.path); run again to compare") }
    }

    /// Removes what may legitimately vary between runs and library builds: nothing time-based
    /// remains once `created` is fixed, but `modified` is cleared in case a build stamps it.
    static func normalize(_ xml: String) -> String {
        xml.replacingOccurrences(of: #"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>"#,
                                 with: "<dcterms:modified$1/>", options: .regularExpression)
    }

    /// The XML as a list of elements, relationship lines sorted (their order is not meaningful).
    static func elements(_ xml: String) -> [String] {
        var list = xml.replacingOccurrences(of: ">\\s*<", with: ">\n<", options: .regularExpression)
            .split(separator: "\n").map(String.init)
        if list.contains(where: { $0.hasPrefix("<Relationship ") }) { list.sort() }
        return list
    }
}
