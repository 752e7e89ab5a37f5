import Testing
@testable import Sheets

@Suite struct CellAddressTests {
    @Test(arguments: [
        ("A1", 1, 1), ("Z9", 9, 26), ("AA10", 10, 27), ("XFD1048576", 1_048_576, 16_384), ("$C$7", 7, 3), ("c7", 7, 3),
    ])
    func parsesA1(text: String, row: Int, column: Int) {
        let address = CellAddress(a1: text)
        #expect(address == CellAddress(row: row, column: column))
        #expect(address?.a1 == text.uppercased().replacingOccurrences(of: "$", with: ""))
    }

    @Test(arguments: ["", "A", "1", "A0", "XFE1", "A1048577", "1A", "A-1", "ก1"])
    func rejectsMalformedOrOutOfLimits(text: String) {
        #expect(CellAddress(a1: text) == nil)
    }

    @Test func rangeGeometry() throws {
        let range = try #require(CellRange(a1: "E7:E2"))
        #expect(range.a1 == "E2:E7")
        #expect(range.rowCount == 6 && range.columnCount == 1)
        #expect(range.contains(CellAddress(row: 4, column: 5)))
        #expect(!range.contains(CellAddress(row: 4, column: 4)))
        #expect(range.overlaps(CellRange(a1: "A7:F9")!))
        #expect(!range.overlaps(CellRange(a1: "A8:F9")!))
    }

    @Test(arguments: [
        (1.0, SpreadsheetDate.Kind.date, "1899-12-31"), (44_270, .date, "2021-03-15"), (44_270.5, .dateTime, "2021-03-15T12:00:00"),
        (0.25, .timeOfDay, "06:00:00"), (44_270.000_011_574, .dateTime, "2021-03-15T00:00:01"),
        (44_270.5 + 0.123 / 86_400, .dateTime, "2021-03-15T12:00:00.123"), (0.75 + 0.05 / 86_400, .timeOfDay, "18:00:00.050"),
        (-693_593, .date, "0001-01-01"), (2_958_465, .date, "9999-12-31"),
    ])
    func serialDatesPrintAsISO(serial: Double, kind: SpreadsheetDate.Kind, iso: String) {
        #expect(SpreadsheetDate(serial: serial, kind: kind).iso8601 == iso)
    }

    @Test func civilDateRoundTrips() {
        let date = SpreadsheetDate(year: 2021, month: 4, day: 1)
        #expect(date.iso8601 == "2021-04-01")
        #expect(date.civil == (2021, 4, 1))
    }
}
