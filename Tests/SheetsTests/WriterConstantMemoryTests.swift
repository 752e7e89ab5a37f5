import Foundation
import Testing
@testable import Sheets

/// The streaming path: rows flushed in order, merges registered on their last row.
@Suite struct WriterConstantMemoryTests {
    /// Writes the same merged Thai header block in both modes; the results must agree.
    static func writeMergedBlock(path: String, constantMemory: Bool) throws {
        var writer = try XLSXWriter(path: path, constantMemory: constantMemory)
        let sheet = try writer.addSheet(named: "ผล")
        let style = CellStyle(fontName: "TH SarabunPSK", bold: true, vertical: .center, border: true)
        // Row 1: a vertical merge A1:A3 and a horizontal merge B1:D1, then C2:D3 (2×2).
        try writer.merge(CellRange(a1: "A1:A3")!, value: .string("มาตรการ"), in: sheet, style: style)
        try writer.merge(CellRange(a1: "B1:D1")!, value: .string("ผลการดำเนินการ"), in: sheet, style: style)
        try writer.write(.string("x1"), at: CellAddress(a1: "E1")!, in: sheet)
        try writer.write(.string("ไตรมาส ๑"), at: CellAddress(a1: "B2")!, in: sheet, style: style)
        try writer.merge(CellRange(a1: "C2:D3")!, value: .number(42), in: sheet, style: style)
        try writer.write(.string("x3"), at: CellAddress(a1: "B3")!, in: sheet)
        try writer.write(.string("after"), at: CellAddress(a1: "A5")!, in: sheet)
        // A merge whose last row is never written: registered at close.
        try writer.merge(CellRange(a1: "A7:B9")!, value: .string("ท้าย"), in: sheet, style: style)
        try writer.close()
    }

    @Test func mergesInConstantMemoryMatchNormalMode() throws {
        let normal = WriterTestSupport.tempPath("normal"), streamed = WriterTestSupport.tempPath("streamed")
        defer {
            try? FileManager.default.removeItem(atPath: normal)
            try? FileManager.default.removeItem(atPath: streamed)
        }
        try Self.writeMergedBlock(path: normal, constantMemory: false)
        try Self.writeMergedBlock(path: streamed, constantMemory: true)
        let a = try WriterTestSupport.inspect(normal).sheet("ผล"), b = try WriterTestSupport.inspect(streamed).sheet("ผล")
        #expect(b.merged == ["A1:A3", "A7:B9", "B1:D1", "C2:D3"])
        #expect(a.merged == b.merged)
        for ref in ["A1", "B1", "E1", "B2", "C2", "B3", "A5", "A7"] {
            #expect(a.cells[ref]?.value == b.cells[ref]?.value, "\(ref)")
        }
        #expect(b.cells["A1"]?.value == .string("มาตรการ") && b.cells["C2"]?.value == .number(42))
        #expect(b.cells["B3"]?.value == .string("x3") && b.cells["A7"]?.value == .string("ท้าย"))
        // The merged area's other cells carry the style (formatted blanks), as in normal mode.
        // (openpyxl turns them into MergedCells, so look at the XML.)
        let xml = String(decoding: try WriterTestSupport.run(["unzip", "-p", streamed, "xl/worksheets/sheet1.xml"]), as: UTF8.self)
        for ref in ["A2", "A3", "C1", "D3", "B7", "A8", "B9"] { #expect(xml.contains("<c r=\"\(ref)\" s=\"1\"/>"), "\(ref)") }
    }

    @Test func twoHundredThousandRowsStream() throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let rows = 200_000
        var writer = try XLSXWriter(path: path, constantMemory: true)
        let sheet = try writer.addSheet(named: "ข้อมูล")
        let money = CellStyle(numberFormat: "#,##0.00")
        let clock = ContinuousClock.now
        for row in 1...rows {
            try writer.write(.number(Double(row)), at: CellAddress(row: row, column: 1), in: sheet)
            try writer.write(.string("หน่วยงาน \(row % 97)"), at: CellAddress(row: row, column: 2), in: sheet)
            try writer.write(.number(Double(row) * 1.5), at: CellAddress(row: row, column: 3), in: sheet, style: money)
            try writer.write(.date(SpreadsheetDate(serial: 44_000 + Double(row % 365), kind: .date)),
                             at: CellAddress(row: row, column: 4), in: sheet)
            try writer.write(.bool(row % 2 == 0), at: CellAddress(row: row, column: 5), in: sheet)
            try writer.write(.string(row % 10 == 0 ? "" : "=ไม่ใช่สูตร"), at: CellAddress(row: row, column: 6), in: sheet)
        }
        try writer.close()
        let elapsed = ContinuousClock.now - clock
        let counts = try WriterTestSupport.count(path)
        let s = try #require(counts.sheets.first)
        #expect(s.name == "ข้อมูล")
        #expect(s.rows == rows)
        #expect(s.cells == rows * 6 - rows / 10)
        #expect(s.last.first == "200000.0" && s.last[1] == "หน่วยงาน \(rows % 97)" && s.last[5] == "")
        #expect(s.first[5] == "=ไม่ใช่สูตร")
        print("constant memory: \(rows) × 6 cells written in \(elapsed)")
    }
}
