import Foundation
import Testing
@testable import Sheets

/// Each guard: the process survives, the error is typed, and openpyxl can read the file.
@Suite struct WriterGuardTests {
    static let thaiUnits = [
        "สำนักปลัดองค์การบริหารส่วนตำบล", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม",
        "กองสาธารณสุขและสิ่งแวดล้อม", "กองสวัสดิการสังคม", "หน่วยตรวจสอบภายใน", "งานบริหารงานบุคคล",
    ]

    struct ListCase: Sendable, CustomTestStringConvertible {
        var id: String
        var items: [String]
        var inline: Bool
        var testDescription: String { id }
    }

    static let listCases: [ListCase] = [
        ListCase(id: "3 short ASCII items stay inline", items: ["done", "in progress", "not started"], inline: true),
        ListCase(id: "3 Thai items (≈200 bytes) stay inline", items: ["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"], inline: true),
        ListCase(id: "8 Thai units (529+ bytes) go to the hidden list sheet", items: thaiUnits, inline: false),
        ListCase(id: "12 Thai items go to the hidden list sheet", items: thaiUnits + ["ก", "ข", "ค", "ง"], inline: false),
        ListCase(id: "an item with a comma goes to the hidden list sheet", items: ["a,b", "c"], inline: false),
        ListCase(id: "an item with a quote goes to the hidden list sheet", items: ["say \"hi\"", "c"], inline: false),
    ]

    @Test(arguments: listCases)
    func dropdownListsNeverOverflow(_ c: ListCase) throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet(named: "แผน")
        let range = try #require(CellRange(a1: "C2:C100"))
        try writer.addListValidation(range, items: c.items, in: sheet, inputTitle: "หน่วยงาน", inputMessage: "เลือกจากรายการ")
        // The same list again reuses the same row of the list sheet.
        try writer.addListValidation(try #require(CellRange(a1: "D2:D5")), items: c.items, in: sheet)
        try writer.close()

        let info = try WriterTestSupport.inspect(path)
        let s = try info.sheet("แผน")
        #expect(s.dataValidations.count == 2)
        let dv = try #require(s.dataValidations.first { $0.sqref == "C2:C100" })
        #expect(dv.type == "list")
        #expect(dv.promptTitle == "หน่วยงาน" && dv.prompt == "เลือกจากรายการ")
        if c.inline {
            #expect(dv.formula1 == "\"" + c.items.joined(separator: ",") + "\"")
            #expect(!info.sheets.contains { $0.name == "_lists" })
        } else {
            let last = CellAddress.columnName(c.items.count)
            #expect(dv.formula1 == "'_lists'!$A$1:$\(last)$1")
            #expect(s.dataValidations.allSatisfy { $0.formula1 == dv.formula1 })
            let lists = try info.sheet("_lists")
            #expect(lists.state == "hidden")
            for (i, item) in c.items.enumerated() {
                #expect(lists.cells["\(CellAddress.columnName(i + 1))1"]?.value == .string(item))
            }
        }
    }

    @Test func dropdownGuardsRejectBadInput() throws {
        var writer = try XLSXWriter(path: WriterTestSupport.tempPath())
        let sheet = try writer.addSheet(named: "S")
        let range = try #require(CellRange(a1: "A1:A3"))
        #expect(throws: SheetsError.self) { try writer.addListValidation(range, items: ["", " "].filter(\.isEmpty), in: sheet) }
        let tooLongTitle = String(repeating: "ก", count: 33)
        do {
            try writer.addListValidation(range, items: ["a"], in: sheet, inputTitle: tooLongTitle)
            Issue.record("expected a limit error")
        } catch { #expect(error.code == .limitExceeded) }
    }

    struct TextCase: Sendable, CustomTestStringConvertible {
        var id: String
        var input: String
        var expected: String
        var testDescription: String { id }
    }

    static let textCases: [TextCase] = [
        TextCase(id: "NUL kept (written as _x0000_)", input: "ก\u{0}ข\u{0}_x0041_", expected: "ก\u{0}ข\u{0}_x0041_"),
        TextCase(id: "C0 control escaped by libxlsxwriter", input: "a\u{1}b\u{1F}c", expected: "a\u{1}b\u{1F}c"),
        TextCase(id: "tab and newline kept", input: "บรรทัด๑\nบรรทัด๒\tต่อ", expected: "บรรทัด๑\nบรรทัด๒\tต่อ"),
        TextCase(id: "literal _xHHHH_ survives", input: "a_x0041_b _X00e9_", expected: "a_x0041_b _X00e9_"),
        TextCase(id: "formula-looking =SUM", input: "=SUM(A1)", expected: "=SUM(A1)"),
        TextCase(id: "phone number with +", input: "+66812345678", expected: "+66812345678"),
        TextCase(id: "leading minus Thai", input: "-สำนักปลัด", expected: "-สำนักปลัด"),
        TextCase(id: "at sign", input: "@x", expected: "@x"),
        TextCase(id: "leading zeros stay text", input: "0012", expected: "0012"),
        TextCase(id: "13-digit ID stays text", input: "3100501234567", expected: "3100501234567"),
        TextCase(id: "XML specials", input: "<a & \"b\">", expected: "<a & \"b\">"),
        TextCase(id: "emoji and combining marks", input: "น้ำ 👍🏽", expected: "น้ำ 👍🏽"),
    ]

    @Test(arguments: textCases)
    func textIsWrittenAsTextAndRoundTrips(_ c: TextCase) throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet(named: "S")
        try writer.write(.string(c.input), at: CellAddress(row: 2, column: 2), in: sheet)
        try writer.close()
        let cell = try #require(try WriterTestSupport.inspect(path).sheet("S").cells["B2"])
        #expect(cell.type == "s")
        // openpyxl does not decode `_xHHHH_` escapes (it shows `a_x0001_b`); calamine decodes
        // them as Excel does, so it is the oracle for the exact value.
        let hasEscapedControl = c.expected.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }
        if !hasEscapedControl { #expect(cell.value == .string(c.expected)) }
        let decoded = try WriterTestSupport.count(path).sheets[0].last
        #expect(decoded == ["", c.expected])
        let xml = String(decoding: try WriterTestSupport.run(["unzip", "-p", path, "xl/worksheets/sheet1.xml"]), as: UTF8.self)
        #expect(!xml.contains("<f>"))
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity, .signalingNaN])
    func nonFiniteNumbersAreRejectedWithATypedError(_ n: Double) throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet(named: "S")
        try writer.write(.number(1), at: CellAddress(row: 1, column: 1), in: sheet)
        for value in [CellValue.number(n), .duration(n), .date(SpreadsheetDate(serial: n, kind: .date))] {
            do {
                try writer.write(value, at: CellAddress(row: 2, column: 3), in: sheet)
                Issue.record("\(value) was accepted")
            } catch {
                #expect(error.code == .invalidArgument)
                #expect(error.address == CellAddress(row: 2, column: 3))
                #expect(error.part == "S")
            }
        }
        try writer.close()
        let xml = String(decoding: try WriterTestSupport.run(["unzip", "-p", path, "xl/worksheets/sheet1.xml"]), as: UTF8.self)
        #expect(!xml.contains("NAN") && !xml.contains("INF") && !xml.contains("nan") && !xml.contains("inf"))
        let s = try WriterTestSupport.inspect(path).sheet("S")
        #expect(s.cells["C2"] == nil)
        #expect(s.cells["A1"]?.value == .number(1))
    }

    @Test func emptyStringsBecomeBlanks() throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet(named: "S")
        try writer.write(.string(""), at: CellAddress(row: 1, column: 1), in: sheet)
        try writer.write(.string(""), at: CellAddress(row: 1, column: 3), in: sheet, style: CellStyle(bold: true, border: true))
        try writer.writeBlank(at: CellAddress(row: 1, column: 4), in: sheet, style: CellStyle(fill: 0xFFFF00))
        try writer.close()
        let xml = String(decoding: try WriterTestSupport.run(["unzip", "-p", path, "xl/worksheets/sheet1.xml"]), as: UTF8.self)
        #expect(!xml.contains("t=\"s\""))
        let s = try WriterTestSupport.inspect(path).sheet("S")
        #expect(s.cells["A1"] == nil)
        #expect(s.cells["C1"]?.value == .null && s.cells["C1"]?.bold == true && s.cells["C1"]?.border == "thin")
        #expect(s.cells["D1"]?.fill == "FFFF00")
    }

    struct NameCase: Sendable, CustomTestStringConvertible {
        var id: String
        var requested: [String]
        var expected: [String]
        var testDescription: String { id }
    }

    static let longThai = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"

    static let nameCases: [NameCase] = [
        NameCase(id: "blank", requested: ["", "   "], expected: ["Sheet", "Sheet (2)"]),
        NameCase(id: "forbidden characters", requested: ["a[b]c:d*e?f/g\\h"], expected: ["a_b_c_d_e_f_g_h"]),
        NameCase(id: "apostrophes at the ends", requested: ["'quoted'", "''"], expected: ["quoted", "Sheet"]),
        NameCase(id: "duplicates ignore case", requested: ["แผน", "แผน", "Plan", "PLAN"], expected: ["แผน", "แผน (2)", "Plan", "PLAN (2)"]),
        NameCase(id: "History is reserved", requested: ["History"], expected: ["History (2)"]),
        NameCase(id: "control characters removed", requested: ["a\u{0}b\u{7}"], expected: ["ab"]),
        NameCase(id: "40-char ASCII truncated", requested: [String(repeating: "x", count: 40)], expected: [String(repeating: "x", count: 31)]),
    ]

    @Test(arguments: nameCases)
    func sheetNamesAreSanitized(_ c: NameCase) throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try XLSXWriter(path: path)
        var names: [String] = []
        for name in c.requested { names.append(writer.name(of: try writer.addSheet(named: name))) }
        #expect(names == c.expected)
        try writer.close()
        #expect(try WriterTestSupport.inspect(path).sheets.map(\.name) == c.expected)
    }

    @Test func longThaiSheetNamesAreCutOnGraphemeBoundaries() throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try XLSXWriter(path: path)
        let first = writer.name(of: try writer.addSheet(named: Self.longThai))
        let second = writer.name(of: try writer.addSheet(named: Self.longThai))
        #expect(first.unicodeScalars.count <= 31 && second.unicodeScalars.count <= 31)
        #expect(Self.longThai.hasPrefix(first))
        // Whole grapheme clusters: the cut never leaves a mark without its consonant.
        #expect(Array(first) == Array(Self.longThai.prefix(first.count)))
        #expect(second.hasSuffix(" (2)") && Self.longThai.hasPrefix(String(second.dropLast(4))))
        try writer.close()
        #expect(try WriterTestSupport.inspect(path).sheets.map(\.name) == [first, second])
    }

    @Test func overlappingMergesAreRejected() throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet(named: "S")
        try writer.merge(try #require(CellRange(a1: "B2:C4")), value: .string("ก"), in: sheet)
        for overlapping in ["C4:D5", "A1:B2", "B2:C4", "A3:E3"] {
            let range = try #require(CellRange(a1: overlapping))
            do {
                try writer.merge(range, value: .string("x"), in: sheet)
                Issue.record("\(overlapping) was accepted")
            } catch {
                #expect(error.code == .invalidArgument)
                #expect(error.message.contains("B2:C4"))
            }
        }
        try writer.merge(try #require(CellRange(a1: "D2:E2")), value: .number(5), in: sheet)
        try writer.merge(try #require(CellRange(a1: "F2:F2")), value: .string("single"), in: sheet)  // 1×1: a plain write
        try writer.close()
        let s = try WriterTestSupport.inspect(path).sheet("S")
        #expect(s.merged == ["B2:C4", "D2:E2"])
        #expect(s.cells["B2"]?.value == .string("ก") && s.cells["D2"]?.value == .number(5) && s.cells["F2"]?.value == .string("single"))
    }

    @Test(arguments: [(32_767, true), (32_768, false), (40_000, false)])
    func cellTextLimit(length: Int, accepted: Bool) throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet(named: "S")
        let text = String(repeating: "ก", count: length)
        do {
            try writer.write(.string(text), at: CellAddress(row: 7, column: 3), in: sheet)
            #expect(accepted)
        } catch {
            #expect(!accepted)
            #expect(error.code == .limitExceeded)
            #expect(error.address == CellAddress(row: 7, column: 3))
            #expect(error.description.contains("S!C7"))
        }
        try writer.close()
        let cell = try WriterTestSupport.inspect(path).sheet("S").cells["C7"]
        #expect(accepted ? cell?.value == .string(text) : cell == nil)
    }

    @Test(arguments: [(0, 1), (1, 0), (1_048_577, 1), (1, 16_385), (-5, -5)])
    func addressesPastExcelLimitsAreRejected(row: Int, column: Int) throws {
        var writer = try XLSXWriter(path: WriterTestSupport.tempPath())
        let sheet = try writer.addSheet(named: "S")
        let address = CellAddress(row: row, column: column)
        for attempt in 0..<3 {
            do {
                switch attempt {
                case 0: try writer.write(.string("x"), at: address, in: sheet)
                case 1: try writer.merge(CellRange(start: CellAddress(row: 1, column: 1), end: address), value: .string("x"), in: sheet)
                default: try writer.addComment("x", at: address, in: sheet)
                }
                Issue.record("accepted \(address)")
            } catch {
                #expect(error.code == .limitExceeded)
            }
        }
        #expect(throws: SheetsError.self) { try writer.setColumnWidth(10, columns: 1...16_385, in: sheet) }
        // The writer is dropped without close: nothing is written.
    }

    @Test(arguments: [(255, true), (256, false)])
    func headerAndFooterLimit(length: Int, accepted: Bool) throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet(named: "S")
        var setup = PageSetup()
        setup.footer = "&C" + String(repeating: "ห", count: length - 2)
        do {
            try writer.setPageSetup(setup, in: sheet)
            #expect(accepted)
        } catch {
            #expect(!accepted)
            #expect(error.code == .limitExceeded)
        }
        setup.footer = nil
        setup.header = "&L" + String(repeating: "ก", count: length - 2)
        do {
            try writer.setPageSetup(setup, in: sheet)
            #expect(accepted)
        } catch {
            #expect(!accepted && error.code == .limitExceeded)
        }
        try writer.close()
        let s = try WriterTestSupport.inspect(path).sheet("S")
        if accepted {
            #expect(s.footer == String(repeating: "ห", count: length - 2))
        } else {
            #expect(s.footer == nil)
        }
    }

    @Test func constantMemoryRowsMustComeInOrder() throws {
        var writer = try XLSXWriter(path: WriterTestSupport.tempPath(), constantMemory: true)
        let sheet = try writer.addSheet(named: "S")
        try writer.write(.string("a"), at: CellAddress(row: 5, column: 1), in: sheet)
        do {
            try writer.write(.string("b"), at: CellAddress(row: 4, column: 1), in: sheet)
            Issue.record("an earlier row was accepted")
        } catch {
            #expect(error.code == .invalidArgument)
            #expect(error.address == CellAddress(row: 4, column: 1))
        }
    }

    @Test func abandonedWriterLeavesNothingBehind() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("writer-abandon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.xlsx").path
        do {
            var writer = try XLSXWriter(path: path)
            let sheet = try writer.addSheet(named: "S")
            try writer.write(.string("x"), at: CellAddress(row: 1, column: 1), in: sheet)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func missingFolderIsATypedError() {
        do {
            _ = try XLSXWriter(path: "/nonexistent-\(UUID().uuidString)/out.xlsx")
            Issue.record("accepted a missing folder")
        } catch {
            #expect(error.code == .writeFailed)
        }
    }

    /// The finished workbook is renamed onto its path: over /dev/null or a FIFO that would
    /// replace the special file, so a path that is not a regular file is refused up front.
    @Test func specialFilesAreNotReplaced() throws {
        let fifo = WriterTestSupport.tempPath()
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        for path in [fifo, "/dev/null"] {
            #expect(throws: SheetsError.self) { _ = try XLSXWriter(path: path) }
        }
        var status = stat()
        #expect(lstat("/dev/null", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR)
    }

    @Test func closeReplacesAnExistingFileOnlyWhenFinished() throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        var writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet(named: "S")
        try writer.write(.string("new"), at: CellAddress(row: 1, column: 1), in: sheet)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        try writer.close()
        #expect(try WriterTestSupport.inspect(path).sheet("S").cells["A1"]?.value == .string("new"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.hasPrefix(".\(URL(fileURLWithPath: path).lastPathComponent).tmp-") }
        #expect(leftovers.isEmpty)
    }
}
