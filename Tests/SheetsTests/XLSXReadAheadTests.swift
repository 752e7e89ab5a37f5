import Foundation
import Testing
@testable import Sheets

/// Parts of 4 MiB and more are inflated on a second thread one chunk ahead
/// (`ReadAheadSource`): the same cells as reading in place, and a damaged part still a typed
/// error naming file and part, not a hang.
@Suite(.serialized) struct XLSXReadAheadTests {
    /// A sheet of 120,000 rows × 3 Thai/number cells: its sheet part is well over the threshold.
    static func bigWorkbook() throws -> String {
        let path = WriterTestSupport.tempPath()
        var writer = try XLSXWriter(path: path, constantMemory: true)
        let sheet = try writer.addSheet(named: "ใหญ่")
        for r in 1...120_000 {
            try writer.write(.string("มาตรการที่ \(r) การเปิดเผยข้อมูลสาธารณะ"), at: CellAddress(row: r, column: 1), in: sheet)
            try writer.write(.number(Double(r) * 1.25), at: CellAddress(row: r, column: 2), in: sheet)
            try writer.write(.string(String(1_103_700_000_000 + r)), at: CellAddress(row: r, column: 3), in: sheet)
        }
        try writer.close()
        return path
    }

    @Test func bigPartsReadTheSameAhead() throws {
        let path = try Self.bigWorkbook()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try XLSXReader(path: path)
        var rows = 0, cells = 0
        var last: Row?
        try reader.forEachRow(sheetAt: 0) { row in
            rows += 1
            cells += row.cells.count
            last = row
        }
        #expect(rows == 120_000 && cells == 360_000)
        #expect(last?.cells.map(\.value) == [.string("มาตรการที่ 120000 การเปิดเผยข้อมูลสาธารณะ"), .number(150_000), .string("1103700120000")])
    }

    @Test func aDamagedBigPartIsATypedError() throws {
        let path = try Self.bigWorkbook()
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Flip bytes in the middle of the file (inside the sheet's deflate stream).
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        for i in stride(from: bytes.count / 2, to: bytes.count / 2 + 64, by: 1) { bytes[i] ^= 0x5A }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect {
            let reader = try XLSXReader(path: path)
            try reader.forEachRow(sheetAt: 0) { _ in }
        } throws: { error in
            guard let e = error as? SheetsError else { return false }
            return e.path == path && e.part != nil
        }
    }
}
