import Foundation
import Testing
@testable import Sheets

@Suite struct WriterSmokeTests {
    @Test func writesAReadableWorkbook() throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet(named: "ผลการดำเนินการ")
        let title = CellStyle(fontName: "TH SarabunPSK", fontSize: 16, bold: true, horizontal: .center)
        try writer.merge(CellRange(a1: "A1:E1")!, value: .string("รายงานผล"), in: sheet, style: title)
        try writer.write(.number(2564), at: CellAddress(a1: "B2")!, in: sheet)
        try writer.write(.date(SpreadsheetDate(year: 2021, month: 3, day: 15)), at: CellAddress(a1: "C2")!, in: sheet)
        try writer.close()
        let info = try WriterTestSupport.inspect(path)
        let s = try info.sheet("ผลการดำเนินการ")
        #expect(s.merged == ["A1:E1"])
        #expect(s.cells["A1"]?.value == .string("รายงานผล"))
        #expect(s.cells["A1"]?.font == "TH SarabunPSK")
        #expect(s.cells["B2"]?.value == .number(2564))
        #expect(s.cells["C2"]?.value == .string("2021-03-15T00:00:00"))
        #expect(s.cells["C2"]?.number_format == "yyyy-mm-dd")
    }
}
