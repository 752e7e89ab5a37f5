import Foundation
import Testing
@testable import Sheets

/// `SpreadsheetSource`, the one reading layer: what it streams into a `CellSink` is, cell for
/// cell, what the whole workbook holds (merges filled or not), for every kind it reads; a file
/// from a stream reads as the same file on disk; a kind no reader takes is refused once, here.
@Suite struct SpreadsheetSourceTests {
    static let inputs = [
        "xlsx/hand_sheets.xlsx", "xlsx/hand_text.xlsx", "xlsx/libreoffice_roundtrip.xlsx", "xlsx/openpyxl_types.xlsx",
        "xlsx/hand_dates_1904.xlsx", "csv/plan-cp874.csv", "csv/plan-pipe.csv", "csv/nul.csv",
        "docx/libreoffice-merges.docx", "docx/kudjok-2564-report.docx",
    ]

    static func path(_ name: String) -> String { XLSXFixtures.root.appendingPathComponent(name).path }

    /// The canonical JSON of one sheet, its cells given by `fill`.
    static func json(name: String, state: SheetState, _ fill: (inout JSONWriter) throws(SheetsError) -> [CellRange]) throws -> String {
        let out = BufferedOutput()
        var writer = try JSONWriter(output: out)
        try writer.beginSheet(name: name)
        let merged = try fill(&writer)
        try writer.endSheet(merged: merged, state: state)
        try writer.finish()
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test(arguments: inputs, [false, true])
    func streamedCellsAreTheWorkbooksCells(_ name: String, fillMerged: Bool) throws {
        let source = try SpreadsheetSource(path: Self.path(name))
        // Text is read whole through the aligned-columns finder, which these comma, pipe and
        // cp874 files do not need: their cells are the fields.
        let workbook = try source.readWorkbook()
        #expect(source.sheets.count == workbook.sheets.count)
        for (index, entry) in source.sheets.enumerated() where entry.hasCells {
            let whole = fillMerged ? workbook.sheets[index].fillingMerged() : workbook.sheets[index]
            let streamed = try Self.json(name: entry.name, state: entry.state) { (writer) throws(SheetsError) in
                try source.stream(sheetAt: index, fillMerged: fillMerged, into: &writer)
            }
            let held = try Self.json(name: entry.name, state: entry.state) { (writer) throws(SheetsError) in
                for row in whole.rows { try writer.write(row) }
                return whole.merged
            }
            #expect(streamed == held, "\(name) sheet \(index + 1)")
        }
    }

    @Test(arguments: inputs)
    func bytesFromAStreamReadAsTheFile(_ name: String) throws {
        let path = Self.path(name)
        let fromFile = try SpreadsheetSource(path: path)
        let fromBytes = try SpreadsheetSource(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
        #expect(fromFile.kind == fromBytes.kind && fromFile.sheets == fromBytes.sheets)
        let workbook = JSONWriter.string(try fromFile.readWorkbook())
        #expect(JSONWriter.string(try fromBytes.readWorkbook()) == workbook)
        #expect(JSONWriter.string(try SpreadsheetReader.read(path: path)) == workbook)
    }

    @Test(arguments: [("identify/old-excel.xls", FileKind.legacyExcel), ("identify/scan-png.xlsx", .png),
                      ("identify/sheet-ods.xlsx", .ods)])
    func aKindNoReaderTakesIsRefusedByName(_ name: String, kind: FileKind) throws {
        #expect { try SpreadsheetSource(path: Self.path(name)) } throws: { error in
            (error as? SheetsError)?.reason == .wrongFormat(kind)
        }
    }

    @Test func sheetsAreChosenByNameThenNumber() throws {
        let source = try SpreadsheetSource(path: Self.path("xlsx/hand_sheets.xlsx"))
        let names = source.sheets.map(\.name)
        #expect(try source.sheetIndex(for: names[1]) == 1)
        #expect(try source.sheetIndex(for: "1") == 0)
        #expect(throws: SheetsError.self) { try source.sheetIndex(for: "no such sheet") }
        let first = try source.firstVisibleSheet()
        #expect(source.sheets[first].state == .visible && source.sheets[first].hasCells)
    }

    /// The XLSX writer's sink: a streamed sheet written into a workbook reads back cell for cell.
    @Test(arguments: ["csv/plan-cp874.csv", "xlsx/openpyxl_types.xlsx", "xlsx/hand_dates_1904.xlsx", "xlsx/hand_dates_1900.xlsx", "docx/libreoffice-merges.docx"])
    func theWorkbookSinkWritesWhatWasRead(_ name: String) throws {
        let source = try SpreadsheetSource(path: Self.path(name))
        let index = try source.firstVisibleSheet()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("source-sink-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        var writer = try XLSXWriter(path: out, constantMemory: true)
        let handle = try writer.addSheet(named: source.sheets[index].name)
        var sink = writer.cellSink(for: handle, firstRowStyle: CellStyle(bold: true))
        try source.stream(sheetAt: index, into: &sink)
        try writer.close()
        let written = try XLSXReader(path: out).readSheet(at: 0)
        let read = try source.readWorkbook().sheets[index]
        #expect(written.rows.map(\.cells) == read.rows.map(\.cells))
    }
}
