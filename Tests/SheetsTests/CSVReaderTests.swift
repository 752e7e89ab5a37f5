import Foundation
import Testing
@testable import Sheets

/// Where the CSV fixtures live (written by `scripts/make-csv-goldens`).
enum CSVFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/csv")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }
}

struct FixtureCase: CustomTestStringConvertible, Sendable {
    var name: String
    var encoding: TextEncoding
    var dialect: CSVDialect
    var notes: [ReadNote.Kind]
    var cells: [(String, String)]
    var testDescription: String { name }
}

@Suite struct CSVReaderTests {
    static let planCells = [
        ("A1", "ลำดับ"), ("F1", "เลขประจำตัว"), ("A2", "(๑)"),
        ("C2", "๑. แต่งตั้งคณะทำงาน\n๒. ประชุมจัดทำแผน, เสนอนายก อบต."),
        ("F2", "1103700012345"), ("C3", "ประชาสัมพันธ์ \"ITA\" ทุกไตรมาส"), ("F3", "007"), ("F4", "0012"),
    ]

    static let cases: [FixtureCase] = [
        FixtureCase(name: "plan-utf8-bom.csv", encoding: .utf8BOM, dialect: .comma, notes: [], cells: planCells),
        FixtureCase(name: "plan-utf8.csv", encoding: .utf8, dialect: .comma, notes: [], cells: planCells),
        FixtureCase(name: "plan-utf16le.txt", encoding: .utf16LE, dialect: .tab, notes: [], cells: planCells),
        FixtureCase(name: "plan-utf16be.csv", encoding: .utf16BE, dialect: .semicolon, notes: [], cells: planCells),
        FixtureCase(name: "plan-cp874.csv", encoding: .windows874, dialect: .comma, notes: [.legacyEncoding],
                    cells: planCells + [("B5", "รายงานผลต่อผู้บริหาร…"), ("C5", "“สรุปผล” ‘ไตรมาส’ – ส่ง • รายงาน — ๑ ชุด"), ("F5", "€100")]),
        FixtureCase(name: "plan-semicolon.csv", encoding: .utf8BOM, dialect: .semicolon, notes: [], cells: planCells),
        FixtureCase(name: "plan-tab.tsv", encoding: .utf8, dialect: .tab, notes: [], cells: planCells),
        FixtureCase(name: "plan-pipe.csv", encoding: .utf8, dialect: .pipe, notes: [], cells: planCells),
        FixtureCase(name: "plan-cr.csv", encoding: .utf8, dialect: .comma, notes: [], cells: planCells),
        FixtureCase(name: "quotes.csv", encoding: .utf8, dialect: .comma, notes: [], cells: [
            ("A2", "เขาพูดว่า \"สวัสดี\""), ("B2", "นิ้ว 5\""), ("C2", "ab\"c"), ("A3", "ปิดแล้วต่อท้าย"), ("C3", "\""),
            ("A4", "หลาย\r\nบรรทัด\nและ\rอีก"), ("B4", "a,b;c|d\te"), ("A5", "  เว้นวรรค  "), ("C5", "ไม่มีขึ้นบรรทัดใหม่"),
        ]),
        FixtureCase(name: "ragged.csv", encoding: .utf8, dialect: .comma, notes: [.raggedRow, .raggedRow],
                    cells: [("B2", "2"), ("D4", "6"), ("A7", "10")]),
        FixtureCase(name: "nul.csv", encoding: .utf8, dialect: .comma, notes: [.nulByte],
                    cells: [("A2", "ก\u{0}ข"), ("B2", "1\u{0}"), ("A3", "ค\u{0}")]),
        FixtureCase(name: "cp874-unassigned.csv", encoding: .windows874, dialect: .comma, notes: [.legacyEncoding, .invalidUTF8],
                    cells: [("B2", "\u{FFFD}\u{FFFD}ทดสอบ")]),
        FixtureCase(name: "western-cp1252.csv", encoding: .windows1252, dialect: .comma, notes: [.legacyEncoding],
                    cells: [("A2", "José Müller"), ("B2", "Zürich"), ("C3", "æøå ÆØÅ"), ("B3", "Malmö"), ("C4", "naïve – “quoted” €5")]),
        FixtureCase(name: "western-latin1.csv", encoding: .windows1252, dialect: .comma, notes: [.legacyEncoding],
                    cells: [("A3", "Søren Ærø"), ("B4", "Besançon"), ("C4", "naïve - \"quoted\" ?5")]),
        FixtureCase(name: "thai-digits.csv", encoding: .utf8, dialect: .comma, notes: [.raggedRow],
                    cells: [("A2", "๐๐๗"), ("B2", "๑๒"), ("C2", "๓๔๕.๕๐")]),
    ]

    @Test(arguments: cases)
    func readsFixture(_ c: FixtureCase) throws {
        let workbook = try CSVReader.readWorkbook(bytes: CSVFixtures.bytes(c.name), path: c.name)
        #expect(workbook.encoding == c.encoding)
        #expect(workbook.format == c.dialect.format)
        #expect(workbook.notes.map(\.kind) == c.notes)
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet.name == "Sheet1")
        for (ref, text) in c.cells {
            #expect(sheet[CellAddress(a1: ref)!] == .string(text), "\(ref)")
        }
        for row in sheet.rows {
            for cell in row.cells {
                guard case .string(let s) = cell.value else { Issue.record("not a string: \(cell)"); continue }
                #expect(!s.isEmpty)
            }
        }
    }

    /// The JSON writer's output for the read workbook equals what Python's csv module read.
    @Test(arguments: cases.map(\.name))
    func matchesIndependentGolden(_ name: String) throws {
        let workbook = try CSVReader.readWorkbook(bytes: CSVFixtures.bytes(name), path: name)
        let golden = String(decoding: try CSVFixtures.bytes(name + ".expected.json"), as: UTF8.self)
        #expect(JSONWriter.string(workbook) == golden)
    }

    /// The file API, the in-memory API and tiny chunks (every boundary case) agree.
    @Test(arguments: cases.map(\.name))
    func chunkingDoesNotMatter(_ name: String) throws {
        let bytes = try CSVFixtures.bytes(name)
        let whole = try CSVReader.readWorkbook(bytes: bytes, path: name)
        let fromFile = try CSVReader.readWorkbook(path: CSVFixtures.path(name))
        #expect(fromFile.sheets[0].rows == whole.sheets[0].rows)
        #expect(fromFile.notes == whole.notes)
        for size in [1, 2, 3, 5, 64] {
            var rows: [Row] = []
            let info = try CSVReader.forEachRow(bytes: bytes, path: name, options: ReadOptions(), chunkSize: size) { rows.append($0) }
            #expect(rows == whole.sheets[0].rows, "chunk size \(size)")
            #expect(info.encoding == whole.encoding, "chunk size \(size)")
            #expect(info.format == whole.format, "chunk size \(size)")
            #expect(info.notes.map(\.kind) == whole.notes.map(\.kind), "chunk size \(size)")
        }
    }

    @Test func raggedRowsAreNotedOncePerRow() throws {
        let workbook = try CSVReader.readWorkbook(bytes: CSVFixtures.bytes("ragged.csv"), path: "ragged.csv")
        let ragged = workbook.notes.filter { $0.kind == .raggedRow }
        #expect(ragged.map(\.address) == [CellAddress(row: 2, column: 1), CellAddress(row: 4, column: 1)])
        #expect(ragged[0].detail.contains("2 field"))
    }

    @Test func nulNoteNamesTheFirstCell() throws {
        let workbook = try CSVReader.readWorkbook(bytes: CSVFixtures.bytes("nul.csv"), path: "nul.csv")
        let note = try #require(workbook.notes.first { $0.kind == .nulByte })
        #expect(note.address == CellAddress(a1: "A2"))
        #expect(note.detail.hasPrefix("3 NUL byte(s) kept"))
    }

    /// Forced Latin-1 reads 0x80–0x9F as the C1 controls they are in ISO 8859-1; Windows-1252
    /// reads them as its punctuation, and its five unassigned bytes as the C1 controls too.
    @Test func singleByteCodePagesDecodeEveryByte() throws {
        let bytes: [UInt8] = [0x80, 0x81, 0x93, 0x9D, 0xE6, 0xFF, 0x0A]
        let latin1 = try CSVReader.readWorkbook(bytes: bytes, path: "l.csv", options: ReadOptions(encoding: .latin1))
        let cp1252 = try CSVReader.readWorkbook(bytes: bytes, path: "w.csv", options: ReadOptions(encoding: .cp1252))
        #expect(latin1.sheets[0][CellAddress(row: 1, column: 1)] == .string("\u{80}\u{81}\u{93}\u{9D}æÿ"))
        #expect(cp1252.sheets[0][CellAddress(row: 1, column: 1)] == .string("€\u{81}“\u{9D}æÿ"))
        #expect(!latin1.notes.contains { $0.kind == .invalidUTF8 } && !cp1252.notes.contains { $0.kind == .invalidUTF8 })
    }

    @Test func westernGuessIsNamedInTheNote() throws {
        let workbook = try CSVReader.readWorkbook(bytes: CSVFixtures.bytes("western-cp1252.csv"), path: "w.csv")
        let note = try #require(workbook.notes.first { $0.kind == .legacyEncoding })
        #expect(note.detail.contains("Windows-1252") && note.detail.contains("does not read as Thai"))
    }

    @Test func legacyEncodingNoteAdvisesCSVUTF8() throws {
        let workbook = try CSVReader.readWorkbook(bytes: CSVFixtures.bytes("plan-cp874.csv"), path: "p.csv")
        #expect(workbook.notes.first?.detail.contains("CSV UTF-8") == true)
    }

    @Test(arguments: [
        (EncodingChoice.utf8, "plan-cp874.csv", TextEncoding.utf8),
        (.cp874, "plan-utf8.csv", .windows874),
        (.utf8, "plan-utf8-bom.csv", .utf8BOM),
        (.latin1, "western-cp1252.csv", .latin1),
        (.cp1252, "plan-cp874.csv", .windows1252),
    ])
    func forcedEncodingWins(choice: EncodingChoice, name: String, expected: TextEncoding) throws {
        let workbook = try CSVReader.readWorkbook(bytes: CSVFixtures.bytes(name), path: name, options: ReadOptions(encoding: choice))
        #expect(workbook.encoding == expected)
        if choice == .utf8 && name == "plan-cp874.csv" {
            #expect(workbook.notes.contains { $0.kind == .invalidUTF8 })
        }
    }

    @Test func invalidUTF8InAMostlyUTF8FileIsRepairedAndNoted() throws {
        var bytes = Array(String(repeating: "สวัสดี,ครับ\n", count: 20).utf8)
        bytes += [0x61, 0xFF, 0x62, 0x0A]
        let workbook = try CSVReader.readWorkbook(bytes: bytes, path: "x.csv")
        #expect(workbook.encoding == .utf8)
        #expect(workbook.sheets[0][CellAddress(row: 21, column: 1)] == .string("a\u{FFFD}b"))
        let note = try #require(workbook.notes.first { $0.kind == .invalidUTF8 })
        #expect(note.address == CellAddress(row: 21, column: 1))
    }

    @Test func asciiPrefixThenThaiLaterIsStillDetected() throws {
        let ascii = Array(String(repeating: "id,name\n", count: 20_000).utf8)
        let thai = Array("1,".utf8) + Array("สวัสดี\n".utf8)
        let cp874 = Array("1,".utf8) + [0xCA, 0xC7, 0xD1, 0xCA, 0xB4, 0xD5, 0x0A]
        let utf8Book = try CSVReader.readWorkbook(bytes: ascii + thai, path: "u.csv")
        let cpBook = try CSVReader.readWorkbook(bytes: ascii + cp874, path: "c.csv")
        #expect(utf8Book.encoding == .utf8)
        #expect(cpBook.encoding == .windows874)
        #expect(cpBook.sheets[0][CellAddress(row: 20_001, column: 2)] == .string("สวัสดี"))
    }

    @Test func fieldOverTheLimitIsATypedError() throws {
        var options = ReadOptions()
        options.limits.maxCSVFieldBytes = 1_000
        let bytes = Array("a,\"".utf8) + [UInt8](repeating: 0x78, count: 5_000)
        #expect {
            _ = try CSVReader.readWorkbook(bytes: bytes, path: "big.csv", options: options)
        } throws: { ($0 as? SheetsError)?.code == .limitExceeded && ($0 as? SheetsError)?.path == "big.csv" }
    }

    @Test func fieldOverExcelsCellLimitIsKept() throws {
        let long = String(repeating: "ก", count: 40_000)
        let workbook = try CSVReader.readWorkbook(bytes: Array("x,\(long)\n".utf8), path: "l.csv")
        #expect(workbook.sheets[0][CellAddress(row: 1, column: 2)] == .string(long))
    }

    @Test func tooManyColumnsIsATypedError() throws {
        let bytes = Array(Array(repeating: "a", count: CellAddress.maxColumn + 1).joined(separator: ",").utf8)
        #expect(throws: SheetsError.self) { _ = try CSVReader.readWorkbook(bytes: bytes, path: "w.csv") }
    }

    @Test func gridBudgetIsEnforced() throws {
        var options = ReadOptions()
        options.limits.maxGridCells = 10
        let bytes = Array(String(repeating: "a,b,c\n", count: 5).utf8)
        #expect {
            _ = try CSVReader.readWorkbook(bytes: bytes, path: "g.csv", options: options)
        } throws: { ($0 as? SheetsError)?.code == .limitExceeded }
    }

    @Test func missingFileIsUnreadable() {
        #expect {
            try CSVReader.forEachRow(path: "/nonexistent/x.csv") { _ in }
        } throws: { ($0 as? SheetsError)?.code == .unreadableFile }
    }

    @Test func bodyErrorsStopTheStream() throws {
        struct Stop: Error {}
        var seen = 0
        #expect(throws: SheetsError.self) {
            try CSVReader.forEachRow(path: CSVFixtures.path("plan-utf8.csv")) { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }

    @Test func spreadsheetReaderRoutesTextToCSV() throws {
        let workbook = try SpreadsheetReader.read(path: CSVFixtures.path("plan-semicolon.csv"))
        #expect(workbook.format == .csv && workbook.encoding == .utf8BOM)
        #expect(workbook.sheets[0][CellAddress(a1: "F2")!] == .string("1103700012345"))
    }
}
