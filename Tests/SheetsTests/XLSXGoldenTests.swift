import Foundation
import Testing
@testable import Sheets

/// Every committed fixture read by the toolkit and compared, cell by cell, with the golden
/// JSON an independent reader produced (python-calamine, else openpyxl, else written by hand;
/// see `scripts/make-xlsx-fixtures`). Where the golden reader is wrong, `corrections` says
/// what the right answer is and why.
@Suite struct XLSXGoldenTests {
    struct Correction {
        var sheet: String
        var ref: String
        /// nil: the cell must be absent.
        var expected: (type: String, value: String)?
        var why: String
    }

    static let calamineDropsErrors = "python-calamine 0.9.1 returns error cells as empty; the file stores t=\"e\""
    static let thaiTokens = "ว/ด/ปปปป is a Thai date format (MS-OSHARED tokens ว ด ป); neither calamine nor openpyxl knows them"

    static let corrections: [String: [Correction]] = [
        "hand_dates_1900.xlsx": [
            Correction(sheet: "Dates", ref: "C2", expected: ("error", "#DIV/0!"), why: calamineDropsErrors),
            Correction(sheet: "Dates", ref: "D2", expected: ("error", "#N/A"), why: calamineDropsErrors),
            Correction(sheet: "Dates", ref: "G2", expected: ("error", "#DIV/0!"), why: calamineDropsErrors),
            Correction(sheet: "Dates", ref: "J1", expected: ("date", "2021-03-15"), why: thaiTokens),
        ],
        "hand_dates_1904.xlsx": [
            Correction(sheet: "Dates", ref: "C2", expected: ("error", "#DIV/0!"), why: calamineDropsErrors),
            Correction(sheet: "Dates", ref: "D2", expected: ("error", "#N/A"), why: calamineDropsErrors),
            Correction(sheet: "Dates", ref: "G2", expected: ("error", "#DIV/0!"), why: calamineDropsErrors),
            Correction(sheet: "Dates", ref: "J1", expected: ("date", "2025-03-16"), why: thaiTokens),
        ],
        "hand_text.xlsx": ["Plain", "Prefixed"].flatMap { sheet in [
            Correction(sheet: sheet, ref: "E3", expected: ("string", "astral 😀 ok"),
                       why: "_xD83D__xDE00_ is a UTF-16 surrogate pair written as two escapes; calamine leaves it literal"),
            Correction(sheet: sheet, ref: "C5", expected: ("string", "rich inline"),
                       why: "the runs are <t>rich </t><t>inline</t>: text is kept exactly as stored; calamine drops the run's trailing space"),
            Correction(sheet: sheet, ref: "G7", expected: ("number", "0.30000000000000004"),
                       why: "the stored text 0.30000000000000004 is a different double from 0.3000000000000001; calamine 0.9.1 misparses it by an ulp"),
            Correction(sheet: sheet, ref: "I7", expected: ("number", "42.0"),
                       why: "<v> 42 </v> in a number cell is the number 42 (xsd:double collapses white space); calamine makes it a string"),
        ] },
    ]

    static let fixtures = [
        "openpyxl_types.xlsx", "xlsxwriter_types.xlsx", "libreoffice_csv.xlsx", "libreoffice_roundtrip.xlsx",
        "hand_text.xlsx", "hand_dates_1900.xlsx", "hand_dates_1904.xlsx", "hand_iso_dates.xlsx", "hand_strict.xlsx",
        "hand_sheets.xlsx",
    ]

    @Test(arguments: fixtures)
    func matchesGolden(fixture: String) throws {
        let path = XLSXFixtures.xlsx(fixture)
        let workbook = try SpreadsheetReader.read(path: path)
        var (_, golden) = try CanonicalSheet.golden(path.replacingOccurrences(of: ".xlsx", with: ".json"))
        for correction in Self.corrections[fixture] ?? [] {
            let s = try #require(golden.firstIndex { $0.name == correction.sheet })
            golden[s].cells.removeAll { $0.ref == correction.ref }
            if let (type, value) = correction.expected {
                golden[s].cells.append(CanonicalCell(ref: correction.ref, type: type, value: value))
            }
        }
        let ours = workbook.sheets.map(CanonicalSheet.init)
        #expect(ours.map(\.name) == golden.map(\.name))
        for (mine, theirs) in zip(ours, golden) {
            #expect(mine.state == theirs.state, "\(mine.name)")
            #expect(Set(mine.merged) == Set(theirs.merged), "\(mine.name)")
            let a = Set(mine.cells), b = Set(theirs.cells)
            #expect(a.subtracting(b).sorted { $0.ref < $1.ref } == [], "\(mine.name): only in ours")
            #expect(b.subtracting(a).sorted { $0.ref < $1.ref } == [], "\(mine.name): only in golden")
        }
    }

    /// The same bytes read from memory (standard input) give the same workbook.
    @Test(arguments: ["hand_text.xlsx", "xlsxwriter_types.xlsx"])
    func memoryAndFileAgree(fixture: String) throws {
        let path = XLSXFixtures.xlsx(fixture)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let fromFile = try SpreadsheetReader.read(path: path).sheets.map(CanonicalSheet.init)
        let fromMemory = try SpreadsheetReader.read(bytes: bytes, path: "-").sheets.map(CanonicalSheet.init)
        #expect(fromFile == fromMemory)
    }

    @Test func sheetInfosListEverySheetWithKindAndState() throws {
        let reader = try XLSXReader(path: XLSXFixtures.xlsx("hand_sheets.xlsx"))
        #expect(reader.sheetInfos.map(\.name) == ["Visible", "Hidden", "Chart", "VeryHidden"])
        #expect(reader.sheetInfos.map(\.state) == [.visible, .hidden, .visible, .veryHidden])
        #expect(reader.sheetInfos.map(\.kind) == [.worksheet, .worksheet, .chartsheet, .worksheet])
        var rows: [Int] = []
        let merged = try reader.forEachRow(sheetAt: 0) { rows.append($0.index) }
        #expect(rows == [1, 2])
        #expect(merged.map(\.a1) == ["A1:C1", "E2:E7"])
        try reader.forEachRow(sheetAt: 2) { _ in Issue.record("a chart sheet has no rows") }
        let workbook = try reader.readWorkbook()
        #expect(workbook.sheets.map(\.kind) == [.worksheet, .worksheet, .chartsheet, .worksheet])
        #expect(workbook.notes.isEmpty)
    }

    @Test func callerErrorsStopTheStreamAndPassThrough() throws {
        struct Stop: Error {}
        let reader = try XLSXReader(path: XLSXFixtures.xlsx("hand_text.xlsx"))
        var seen = 0
        #expect(throws: Stop.self) {
            try reader.forEachRow(sheetAt: 0) { _ in seen += 1; if seen == 2 { throw Stop() } }
        }
        #expect(seen == 2)
        // The reader stays usable.
        #expect(try reader.readSheet(at: 1).cellCount > 0)
    }

    @Test func gridBudgetIsEnforced() throws {
        var options = ReadOptions()
        options.limits.maxGridCells = 5
        #expect { try XLSXReader.readWorkbook(path: XLSXFixtures.xlsx("hand_text.xlsx"), options: options) } throws: {
            ($0 as? SheetsError)?.code == .limitExceeded
        }
    }
}
