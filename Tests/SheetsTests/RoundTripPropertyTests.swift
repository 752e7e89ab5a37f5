import Foundation
import Testing
@testable import Sheets

/// 10,000 random Thai tables, seeded: CSV → XLSX → CSV and XLSX → JSON → XLSX → JSON give back
/// every value unchanged, through the library (the readers, the writers, `CanonicalJSONReader`).
/// The texts are what offices type: leading zeros, 13-digit IDs, line breaks, text that looks
/// like a formula, a number or a date, Thai combining marks, emoji, NUL, blanks, and cells at
/// Excel's 32,767-character limit. A second sheet holds typed values (numbers, dates, times,
/// durations, booleans, errors) for the JSON round trip.
@Suite struct RoundTripPropertyTests {
    static let batches = 20
    static let tablesPerBatch = 500

    /// SplitMix64: small, fast, and the same sequence on every platform.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let words = ["มาตรการ", "ที่", "น้ำ", "กำหนด", "ปั้น", "ญ๋", "ฤๅษี", "ผู้รับผิดชอบ", "สำนักปลัด", "กองคลัง", "ไตรมาส", "๑๒๓",
                        "ป้องกันการทุจริต", "เผยแพร่", "ก็", "ไม่", "ๆ", "ฯลฯ", "ITA", "O42", "อบต.", "ปี", "์", "ั้"]
    static let shapes = ["=SUM(A1:A3)", "=1+1", "+66 2 123 4567", "-5", "@home", "#N/A", "#DIV/0!", "TRUE", "false", "1,234.50",
                         "1e5", "0.10", "15/3/2564", "2021-03-15", "1 ม.ค. 64", "๑๕ มี.ค. ๒๕๖๔", "12:30", "ต.ค.๖๓-ธ.ค.๖๓", "  เว้นวรรค  ",
                         "\"ในเครื่องหมาย\"", "a,b;c|d", "_x0041_", "😀", "👨‍👩‍👧", "👍🏽", "🇹🇭", "e\u{301}", "'0012", "ก\u{0}ข"]

    static func text(_ rng: inout SeededGenerator) -> String {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: return "0" + String(Int.random(in: 0..<100_000, using: &rng))                        // leading zero
        case 1: return String(Int.random(in: 1_000_000_000_000..<9_000_000_000_000, using: &rng))   // 13-digit ID
        case 2: return shapes.randomElement(using: &rng)!
        case 3:
            let parts = (0..<Int.random(in: 2...3, using: &rng)).map { _ in words.randomElement(using: &rng)! }
            return parts.joined(separator: ["\n", "\r\n", "\n\n"].randomElement(using: &rng)!)      // line breaks
        case 4: return shapes.randomElement(using: &rng)! + words.randomElement(using: &rng)!
        default:
            return (0..<Int.random(in: 1...4, using: &rng)).map { _ in words.randomElement(using: &rng)! }
                .joined(separator: Bool.random(using: &rng) ? " " : "")
        }
    }

    /// A cell of exactly 32,767 UTF-16 units (Excel's limit) or just under, Thai with an emoji.
    static func longText(_ rng: inout SeededGenerator) -> String {
        let target = WriterGuards.maxCellText - Int.random(in: 0...3, using: &rng)
        let unit = words.randomElement(using: &rng)!
        var s = String(repeating: unit, count: target / unit.utf16.count)
        s += "😀"
        while s.utf16.count > target { s.unicodeScalars.removeLast() }
        return s
    }

    static func table(_ rng: inout SeededGenerator, long: Bool) -> [[String?]] {
        let rows = Int.random(in: 1...4, using: &rng), columns = Int.random(in: 1...4, using: &rng)
        var grid: [[String?]] = (0..<rows).map { _ in
            (0..<columns).map { _ in Int.random(in: 0..<5, using: &rng) == 0 ? nil : text(&rng) }
        }
        if long { grid[Int.random(in: 0..<rows, using: &rng)][Int.random(in: 0..<columns, using: &rng)] = longText(&rng) }
        return grid
    }

    /// Typed values as a reader gives them: dates and times to the millisecond, with the kind
    /// their serial shows (a date format over a whole day, a time format under a day).
    static func typedValue(_ rng: inout SeededGenerator) -> CellValue {
        let ms = Double(Int.random(in: 0..<86_400_000, using: &rng)) / 86_400_000
        let day = Double(Int.random(in: 1...2_958_465, using: &rng))
        switch Int.random(in: 0..<9, using: &rng) {
        case 0: return .number(Double(Int.random(in: -1_000_000...1_000_000, using: &rng)))
        case 1: return .number(Double.random(in: -1e6...1e6, using: &rng))
        case 2: return .number([0.1 + 0.2, 1e21, 1e-7, 5e-324, 1_103_700_012_345, -0.5, 2564, 1.7976931348623157e308,
                                 12_345_678_901_234_568, 0x1p-1022, -0.0].randomElement(using: &rng)!)
        case 3: return .date(SpreadsheetDate(serial: day, kind: .date))
        case 4: return .date(SpreadsheetDate(serial: day + ms, kind: ms == 0 ? .date : .dateTime))
        case 5: return .date(SpreadsheetDate(serial: ms, kind: .timeOfDay))
        case 6: return .duration((Bool.random(using: &rng) ? 1 : -1) * Double(Int.random(in: 0..<100_000_000_000, using: &rng)) / 86_400_000)
        case 7: return .bool(Bool.random(using: &rng))
        default: return .error(WriterGuards.errorLiterals.sorted().randomElement(using: &rng)!)
        }
    }

    static func sheet(_ grid: [[String?]]) -> Sheet {
        Sheet(name: "ข้อมูล", rows: grid.enumerated().compactMap { r, row in
            let cells = row.enumerated().compactMap { c, text in
                text.map { Cell(CellAddress(row: r + 1, column: c + 1), .string($0)) }
            }
            return cells.isEmpty ? nil : Row(index: r + 1, cells: cells)
        })
    }

    static func writeXLSX(_ sheets: [Sheet], to path: String) throws {
        var writer = try XLSXWriter(path: path, constantMemory: true)
        for sheet in sheets {
            let handle = try writer.addSheet(named: sheet.name)
            for row in sheet.rows {
                for cell in row.cells { try writer.write(cell.value, at: cell.address, in: handle) }
            }
        }
        try writer.close()
    }

    /// The same value, as the canonical JSON prints it (numbers exactly, dates and durations to the millisecond).
    static func same(_ a: CellValue?, _ b: CellValue?) -> Bool {
        switch (a, b) {
        case let (.date(x)?, .date(y)?): x.kind == y.kind && x.iso8601 == y.iso8601
        case let (.duration(x)?, .duration(y)?): NumberText.duration(days: x) == NumberText.duration(days: y)
        case let (.number(x)?, .number(y)?): x.bitPattern == y.bitPattern || (x == 0 && y == 0)
        default: a == b
        }
    }

    static func expectSameCells(_ got: Sheet, _ want: Sheet, _ step: String, table: Int) {
        let gotCells = got.rows.flatMap(\.cells), wantCells = want.rows.flatMap(\.cells)
        #expect(gotCells.map(\.address) == wantCells.map(\.address), "table \(table), \(step): cells")
        for cell in wantCells where !same(got[cell.address], cell.value) {
            Issue.record("table \(table), \(step), \(cell.address.a1): \(String(describing: got[cell.address]).debugDescription) instead of \(String(describing: cell.value).debugDescription)")
        }
    }

    /// Tables go ten to a workbook (a sheet each, and a typed sheet each): the same round trips
    /// with a tenth of the files.
    static let tablesPerWorkbook = 10

    @Test(arguments: 0..<batches)
    func everyValueComesBack(batch: Int) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var rng = SeededGenerator(state: UInt64(batch) &* 0x1234_5678_9ABC_DEF1)
        for group in 0..<(Self.tablesPerBatch / Self.tablesPerWorkbook) {
            let first = batch * Self.tablesPerBatch + group * Self.tablesPerWorkbook
            var texts: [Sheet] = [], typed: [Sheet] = [], csvs: [[UInt8]] = []
            var sheets: [Sheet] = []
            for k in 0..<Self.tablesPerWorkbook {
                let table = first + k
                var text = Self.sheet(Self.table(&rng, long: table % 100 == 7))
                text.name = "ตาราง \(k)"
                var values = Sheet(name: "ชนิด \(k)")
                for r in 1...Int.random(in: 1...3, using: &rng) {
                    values.append(Row(index: r, cells: (1...Int.random(in: 1...4, using: &rng)).map {
                        Cell(CellAddress(row: r, column: $0), Self.typedValue(&rng))
                    }))
                }
                // CSV → (read) → the sheet written to XLSX.
                let csv = try CSVWriter.bytes(text)
                let fromCSV = try CSVReader.readWorkbook(bytes: csv, path: "t.csv").sheets[0]
                Self.expectSameCells(fromCSV, text, "CSV read", table: table)
                texts.append(text); typed.append(values); csvs.append(csv)
                sheets += [Sheet(name: text.name, rows: fromCSV.rows), values]
            }
            let xlsx = directory.appendingPathComponent("t\(first).xlsx").path
            try Self.writeXLSX(sheets, to: xlsx)
            let workbook = try XLSXReader.readWorkbook(path: xlsx)
            // Sheets 2k and 2k + 1 of a workbook written here are table k's text and typed values.
            func expectTables(in read: Workbook, _ step: String) {
                for k in 0..<Self.tablesPerWorkbook {
                    Self.expectSameCells(read.sheets[2 * k], texts[k], step, table: first + k)
                    Self.expectSameCells(read.sheets[2 * k + 1], typed[k], "typed " + step, table: first + k)
                }
            }
            expectTables(in: workbook, "CSV → XLSX")
            for k in 0..<Self.tablesPerWorkbook {
                #expect(try CSVWriter.bytes(workbook.sheets[2 * k]) == csvs[k], "table \(first + k): CSV → XLSX → CSV")
            }

            // XLSX → JSON → XLSX → JSON.
            let json = JSONWriter.string(workbook)
            let fromJSON = try CanonicalJSONReader.sheets(from: Array(json.utf8), path: "t.json")
            let again = directory.appendingPathComponent("t\(first)-again.xlsx").path
            try Self.writeXLSX(fromJSON, to: again)
            let reread = try XLSXReader.readWorkbook(path: again)
            expectTables(in: reread, "JSON → XLSX")
            #expect(JSONWriter.string(reread) == json, "tables \(first)…: XLSX → JSON → XLSX → JSON")
            try? FileManager.default.removeItem(atPath: xlsx)
            try? FileManager.default.removeItem(atPath: again)
        }
    }

    /// The canonical JSON reader on its own: every kind of value, and what it refuses.
    @Test func canonicalJSONReadsEveryKind() throws {
        let json = ##"{"sheets":[{"name":"ก","cells":[{"row":1,"col":1,"ref":"A1","type":"string","value":"0012\u0000"},"##
            + ##"{"row":1,"col":2,"ref":"B1","type":"number","value":1e+21},{"row":1,"col":3,"ref":"C1","type":"bool","value":false},"##
            + ##"{"row":2,"col":1,"ref":"A2","type":"date","value":"2013-02-28T12:00:00.250"},{"row":2,"col":2,"ref":"B2","type":"date","value":"1899-12-30"},"##
            + ##"{"row":2,"col":3,"ref":"C2","type":"date","value":"00:00:00"},{"row":3,"col":1,"ref":"A3","type":"duration","value":"-870:00:12.340"},"##
            + ##"{"row":3,"col":2,"ref":"B3","type":"error","value":"#N/A"}],"merged":["A1:B1"],"state":"hidden"}]}"##
        let sheets = try CanonicalJSONReader.sheets(from: Array(json.utf8), path: "x.json")
        #expect(JSONWriter.string(Workbook(path: "x", format: .csv, sheets: sheets)) == json + "\n")
        for bad in [#"{"sheets":[{"name":"a","cells":[{"row":0,"col":1,"type":"string","value":"x"}]}]}"#,
                    #"{"sheets":[{"name":"a","cells":[{"row":1,"col":1,"type":"number","value":"x"}]}]}"#,
                    #"{"sheets":[{"name":"a","cells":[{"row":1,"col":1,"type":"date","value":"2021-13-01"}]}]}"#,
                    #"{"sheets":[{"name":"a","cells":[],"merged":["A1:"]}]}"#, "[1,2]", ""] {
            #expect(throws: SheetsError.self, "\(bad)") { try CanonicalJSONReader.sheets(from: Array(bad.utf8), path: "x.json") }
        }
    }
}
