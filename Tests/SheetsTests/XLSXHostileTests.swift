import Foundation
import Testing
@testable import Sheets

/// Hostile and broken files: each gets a typed error that names the file (and the part when
/// there is one), quickly, without crashing or allocating from declared sizes.
@Suite struct XLSXHostileTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var code: SheetsError.Code
        /// Text the error's description must contain (the part, the reason).
        var mentions: [String]
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "bomb_ratio.xlsx", code: .limitExceeded, mentions: ["xl/worksheets/sheet1.xml", "200 times"]),
        Case(file: "size_lie.xlsx", code: .malformed, mentions: ["xl/worksheets/sheet1.xml", "declares 1000 bytes"]),
        Case(file: "too_many_entries.xlsx", code: .limitExceeded, mentions: ["10001 entries"]),
        Case(file: "billion_laughs.xlsx", code: .malformed, mentions: ["xl/sharedStrings.xml", "DOCTYPE"]),
        Case(file: "ref_past_last_column.xlsx", code: .limitExceeded, mentions: ["xl/worksheets/sheet1.xml", "XFE1"]),
        Case(file: "ref_past_last_row.xlsx", code: .limitExceeded, mentions: ["xl/worksheets/sheet1.xml", "1048577"]),
        Case(file: "merge_past_limits.xlsx", code: .limitExceeded, mentions: ["xl/worksheets/sheet1.xml", "XFE2"]),
        Case(file: "truncated.xlsx", code: .malformed, mentions: ["damaged or truncated"]),
        Case(file: "crc_mismatch.xlsx", code: .malformed, mentions: ["xl/worksheets/sheet1.xml", "CRC"]),
        // A Compound File header with an empty directory: neither .xls nor encrypted OOXML can be told.
        Case(file: "encrypted_cfb.xlsx", code: .unsupportedFormat, mentions: ["Compound File"]),
        Case(file: "empty.xlsx", code: .unreadableFile, mentions: ["empty"]),
        Case(file: "invalid_utf8.xlsx", code: .invalidTextEncoding, mentions: ["xl/sharedStrings.xml", "UTF-8"]),
        Case(file: "mismatched_tags.xlsx", code: .malformed, mentions: ["xl/worksheets/sheet1.xml", "</worksheet>"]),
        Case(file: "shared_index_out_of_range.xlsx", code: .malformed, mentions: ["xl/worksheets/sheet1.xml", "!A1", "shared string index"]),
        Case(file: "rows_out_of_order.xlsx", code: .malformed, mentions: ["xl/worksheets/sheet1.xml", "out of order"]),
        // No OOXML part at all: a zip archive, named as such.
        Case(file: "no_workbook.xlsx", code: .unsupportedFormat, mentions: ["zip archive"]),
        Case(file: "no_workbook_relationships.xlsx", code: .malformed, mentions: ["xl/_rels/workbook.xml.rels", "no relationships"]),
        Case(file: "no_worksheets.xlsx", code: .malformed, mentions: ["lists no sheets"]),
    ]

    @Test(arguments: cases)
    func refusedWithTypedError(_ c: Case) throws {
        let path = XLSXFixtures.hostile(c.file)
        let clock = ContinuousClock()
        let start = clock.now
        var caught: SheetsError?
        do {
            _ = try SpreadsheetReader.read(path: path)
        } catch {
            caught = error
        }
        let elapsed = clock.now - start
        let error = try #require(caught, "\(c.file) was read without error")
        #expect(error.code == c.code, "\(error)")
        #expect(error.path == path)
        #expect(error.description.contains(c.file), "\(error)")
        for text in c.mentions { #expect(error.description.contains(text), "\(error)") }
        // A hang guard, not a speed test: an unguarded bomb or loop runs for minutes.
        #expect(elapsed < .seconds(60), "took \(elapsed)")
    }

    /// The same files from memory (standard input) fail the same way.
    @Test(arguments: cases.filter { $0.file != "empty.xlsx" })
    func refusedFromMemoryToo(_ c: Case) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: XLSXFixtures.hostile(c.file))))
        #expect { _ = try SpreadsheetReader.read(bytes: bytes, path: "-") } throws: { error in
            (error as? SheetsError)?.code == c.code
        }
    }

    /// A dimension and a merge covering the whole sheet are fine: nothing is allocated from them.
    @Test func wholeSheetDimensionAndMergeAreHarmless() throws {
        let workbook = try SpreadsheetReader.read(path: XLSXFixtures.hostile("huge_dimension_and_merge.xlsx"))
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet.cellCount == 1)
        #expect(sheet.merged.map(\.a1) == ["A1:XFD1048576"])
    }

    /// Lower limits are honoured: the part cap counts bytes as delivered.
    @Test func partCapCountsDeliveredBytes() throws {
        var options = ReadOptions()
        options.limits.maxPartBytes = 1000
        #expect { try XLSXReader.readWorkbook(path: XLSXFixtures.xlsx("openpyxl_types.xlsx"), options: options) } throws: {
            ($0 as? SheetsError)?.code == .limitExceeded
        }
        options = ReadOptions()
        options.limits.maxArchiveEntries = 3
        #expect { try XLSXReader.readWorkbook(path: XLSXFixtures.xlsx("openpyxl_types.xlsx"), options: options) } throws: {
            ($0 as? SheetsError)?.code == .limitExceeded
        }
    }

    /// An archive whose directory disagrees with a local header opens only without libzip's
    /// consistency check: it is read, and the workbook says so in a note. Its chart sheet is
    /// listed as one.
    @Test func inconsistentDirectoryIsReadWithANote() throws {
        let path = XLSXFixtures.hostile("inconsistent_directory.xlsx")
        let fromFile = try SpreadsheetReader.read(path: path)
        let fromMemory = try SpreadsheetReader.read(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: "-")
        for workbook in [fromFile, fromMemory] {
            #expect(workbook.notes.map(\.kind) == [.repairedArchive])
            #expect(workbook.sheets.map(\.name) == ["Sheet1", "Chart"])
            #expect(workbook.sheets.map(\.kind) == [.worksheet, .chartsheet])
            #expect(workbook.sheets[0][CellAddress(row: 1, column: 1)] == .number(42))
            #expect(workbook.sheets[1].cellCount == 0)
        }
        let clean = try XLSXReader.readWorkbook(path: XLSXFixtures.xlsx("hand_sheets.xlsx"))
        #expect(clean.notes.isEmpty)
    }
}
