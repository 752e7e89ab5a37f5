import Testing
import Sheets
import ThaiText
@testable import ITA

/// A date cell is read from its value (`SourcedText.typedDate`), not from the Thai words it is
/// shown with; the reading must be the one the words would have given, for every year a cell can
/// hold: CE years, and BE years typed into Excel as CE (2564 → BE 3107, implausible).
@Suite struct TypedDateTests {
    static let years = Array(stride(from: 1890, through: 2110, by: 11)) + Array(2555...2575) + [1600, 3000]

    @Test(arguments: years) func aDateCellReadsAsItsWordsWould(_ year: Int) {
        for month in 1...12 {
            let date = SpreadsheetDate(year: year, month: month, day: 1 + (month * 5) % 28)
            let cell = SourcedText(text: CellValue.date(date).displayText, source: SourceRef(sheet: "S", address: CellAddress(row: 1, column: 1)),
                                   value: .date(date))
            for fiscalYear in [nil, 2564] {
                #expect(cell.periodReading(fiscalYear: fiscalYear) == Period.parse(cell.text, fiscalYear: fiscalYear), "\(cell.text)")
            }
            let found = ThaiDateParser.dates(in: cell.text)
            switch cell.typedDate {
            case .day(let day)?: #expect(found.map(\.date) == [day], "\(cell.text)")
            case .implausibleYear(let be)?: #expect(found.map(\.implausibleYear) == [be], "\(cell.text)")
            case nil: Issue.record("a date cell without a typed date")
            }
        }
    }

    @Test func onlyDateCellsHaveOne() {
        let place = SourceRef(sheet: "S", address: CellAddress(row: 1, column: 1))
        #expect(SourcedText(text: "15 มีนาคม 2564", source: place).typedDate == nil, "text is read as text")
        #expect(SourcedText(text: "44270", source: place, value: .number(44270)).typedDate == nil)
    }
}
