import Sheets
import Testing

/// Reading through the `Sheets` product as a client does: no `@testable`, public API only.
@Suite struct ReadingTests {
    /// The bundled samples, each identified by its content and read into one sheet named after the file.
    @Test(arguments: [
        ("kudjok-2564-report.txt", FileFormat.tsv, "kudjok-2564-report"),
        ("kudjok-2564-plan.csv", .csv, "kudjok-2564-plan"),
        ("kudjok-2564-results.csv", .csv, "kudjok-2564-results"),
    ])
    func readsEachSample(file: String, format: FileFormat, sheet: String) throws {
        let workbook = try SpreadsheetReader.read(path: sample(file))
        #expect(workbook.format == format)
        #expect(workbook.sheets.map(\.name) == [sheet])
        #expect(workbook.sheets[0].cellCount > 30)
    }

    /// Text stays text: the plan's first header cell and its first measure, Thai digits and all.
    @Test func cellsKeepTheirTextAndAddress() throws {
        let sheet = try SpreadsheetReader.read(path: sample("kudjok-2564-plan.csv")).sheets[0]
        #expect(sheet[CellAddress(row: 1, column: 1)] == .string("มาตรการ/แนวทาง"))
        let first = try #require(sheet[CellAddress(a1: "A2")!]?.text)
        #expect(first.hasPrefix("(๑)"))
    }

    /// Bytes held in memory are identified as a file is, and the kind no reader takes is named.
    @Test func refusesWhatItCannotRead() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)
        #expect(try FileIdentifier.identify(bytes: png, path: "photo.xlsx") == .png)
        let error = #expect(throws: SheetsError.self) { try SpreadsheetReader.read(bytes: png, path: "photo.xlsx") }
        #expect(error?.code == .unsupportedFormat)
        #expect(error?.reason == .wrongFormat(.png))
        let missing = #expect(throws: SheetsError.self) { try SpreadsheetReader.read(path: sample("no-such-file.csv")) }
        #expect(missing?.reason == .notFound)
    }

    /// A client builds a sheet in memory and writes it as CSV with the public writer.
    @Test func writesASheetBuiltInMemory() throws {
        let sheet = Sheet(name: "รายการ", rows: [
            Row(index: 1, cells: [Cell(CellAddress(row: 1, column: 1), .string("รหัส")), Cell(CellAddress(row: 1, column: 2), .string("วันที่"))]),
            Row(index: 2, cells: [Cell(CellAddress(row: 2, column: 1), .string("007")),
                                  Cell(CellAddress(row: 2, column: 2), .date(SpreadsheetDate(year: 2021, month: 3, day: 15)))]),
        ])
        let bytes = try CSVWriter.bytes(sheet, options: CSVWriter.Options(lineEnding: .lf))
        #expect(String(decoding: bytes, as: UTF8.self) == "รหัส,วันที่\n007,2021-03-15\n")
    }
}
