import Foundation
import Testing
@testable import Sheets

@Suite struct CSVWriterTests {
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (0.1, "0.1"), (1e21, "1e+21"), (1e-7, "1e-7"), (2564, "2564"),
        (1_234_567_890_123, "1234567890123"), (3.14159265358979, "3.14159265358979"),
        (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"), (-1234.5, "-1234.5"), (1e20, "100000000000000000000"),
        (0.000001, "0.000001"), (5e-324, "5e-324"), (9_007_199_254_740_993, "9007199254740992"), (.nan, "NaN"), (-.infinity, "-Infinity"),
    ])
    func numberText(value: Double, expected: String) {
        #expect(NumberText.shortest(value) == expected)
        if value.isFinite { #expect(Double(expected) == value) }
    }

    /// Elapsed time to the millisecond: the fraction of a second is kept when it is not zero.
    static let durations: [(Double, String)] = [
        (1.5, "36:00:00"), (-0.25, "-6:00:00"), (0, "0:00:00"), (59.6 / 86_400, "0:00:59.600"), (1.5 / 86_400, "0:00:01.500"),
        (36.25 + 12.34 / 86_400, "870:00:12.340"), (0.001 / 86_400, "0:00:00.001"), (-0.0004 / 86_400, "0:00:00"),
        (-90.05 / 86_400, "-0:01:30.050"), (0.9996 / 86_400, "0:00:01"),
    ]

    @Test(arguments: durations)
    func durationText(days: Double, expected: String) {
        #expect(NumberText.duration(days: days) == expected)
    }

    static func csv(_ sheet: Sheet, _ options: CSVWriter.Options = .init()) throws -> String {
        String(decoding: try CSVWriter.bytes(sheet, options: options), as: UTF8.self)
    }

    static func sheet(_ cells: [(String, CellValue)]) -> Sheet {
        let all = cells.map { Cell(CellAddress(a1: $0.0)!, $0.1) }
        let rows = Dictionary(grouping: all, by: \.address.row).sorted { $0.key < $1.key }
            .map { Row(index: $0.key, cells: $0.value.sorted { $0.address < $1.address }) }
        return Sheet(name: "Sheet1", rows: rows)
    }

    @Test func valuesAndQuoting() throws {
        let sheet = Self.sheet([
            ("A1", .string("มาตรการ")), ("B1", .string("a,b")), ("C1", .string("say \"hi\"")), ("D1", .string("two\nlines")),
            ("A2", .number(2564)), ("B2", .number(0.1)), ("C2", .bool(true)), ("D2", .error("#DIV/0!")),
            ("A3", .date(SpreadsheetDate(year: 2021, month: 3, day: 15))), ("B3", .duration(1.5)), ("C3", .string("007")),
        ])
        #expect(try Self.csv(sheet) == "มาตรการ,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n2564,0.1,TRUE,#DIV/0!\r\n2021-03-15,36:00:00,007,\r\n")
    }

    @Test func gapsBecomeEmptyLinesAndFields() throws {
        let sheet = Self.sheet([("B1", .string("x")), ("D3", .string("y"))])
        #expect(try Self.csv(sheet) == ",x,,\r\n,,,\r\n,,,y\r\n")
        var options = CSVWriter.Options(lineEnding: .lf)
        options.columnCount = 0
        #expect(try Self.csv(sheet, options) == ",x\n\n,,,y\n")
    }

    @Test func bomDelimiterAndLineEnding() throws {
        let sheet = Self.sheet([("A1", .string("ก;ข")), ("B1", .string("ค"))])
        let text = try Self.csv(sheet, .init(delimiter: UInt8(ascii: ";"), byteOrderMark: true, lineEnding: .lf))
        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text.dropFirst() == "\"ก;ข\";ค\n")
    }

    @Test func rejectsBadDelimiterAndRowOrder() throws {
        #expect(throws: SheetsError.self) { _ = try CSVWriter(output: BufferedOutput(), options: .init(delimiter: UInt8(ascii: "\""))) }
        var writer = try CSVWriter(output: BufferedOutput())
        try writer.write(Row(index: 2, cells: [Cell(CellAddress(row: 2, column: 1), .string("a"))]))
        #expect(throws: SheetsError.self) { try writer.write(Row(index: 1, cells: [])) }
    }

    /// CSV → read → CSVWriter → read gives the same cells, for every fixture.
    @Test(arguments: CSVReaderTests.cases.map(\.name), [CSVDialect.comma, .semicolon, .tab])
    func roundTrip(_ name: String, dialect: CSVDialect) throws {
        let first = try CSVReader.readWorkbook(bytes: CSVFixtures.bytes(name), path: name)
        let written = try CSVWriter.bytes(first.sheets[0], options: .init(delimiter: dialect.delimiter, byteOrderMark: true))
        let second = try CSVReader.readWorkbook(bytes: written, path: "again")
        #expect(second.sheets[0].rows == first.sheets[0].rows)
        #expect(second.encoding == .utf8BOM)
        #expect(!second.notes.contains { $0.kind == .raggedRow })
    }

    @Test func writesToAFileDescriptorInChunks() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csvwriter-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        let output = BufferedOutput(fileDescriptor: handle.fileDescriptor, path: path, capacity: 7)
        var writer = try CSVWriter(output: output)
        for r in 1...500 {
            try writer.write(Row(index: r, cells: [Cell(CellAddress(row: r, column: 1), .string("แถว \(r)")),
                                                   Cell(CellAddress(row: r, column: 2), .number(Double(r) / 4))]))
        }
        try writer.finish()
        try handle.close()
        let back = try CSVReader.readWorkbook(path: path)
        #expect(back.sheets[0].rows.count == 500)
        #expect(back.sheets[0][CellAddress(a1: "B499")!] == .string("124.75"))
    }
}
