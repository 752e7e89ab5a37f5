import Foundation
import Sheets
import Testing
@testable import ITA
import ThaiText

/// The export's pieces on the seed: counts, the source → exported cell map, layout estimates.
@Suite struct ExportTests {
    static let seed = run(sample("kudjok-2564-report.txt"))

    @Test func summaryCountsPerUnitAndStatus() throws {
        let document = try #require(Self.seed.document)
        let counts = SummarySheet.counts([document])
        #expect(counts.planned == 8)
        #expect(counts.reported == 8)
        #expect(counts.byStatus == [8, 0, 0, 0])
        #expect(counts.units.first?.name == "สำนักปลัด")
        #expect(counts.units.first?.total == 6)
        #expect(counts.units.map(\.total).reduce(0, +) >= counts.reported, "a measure may have several units")
    }

    @Test func findingsMapToTheExportedCells() throws {
        let outcome = Self.seed
        let workbook = ResultsWorkbook(outcomes: [outcome], template: .forYear(2564))
        var map = ExportMap()
        let document = try #require(outcome.document)
        for table in document.tables {
            let columns = workbook.columns(for: table).map(\.field)
            map.addTable(table, input: 0, sheet: table.kind == .plan ? "แผนมาตรการ" : "ผลการดำเนินการ", headerRow: 5, firstBodyRow: 6, columns: columns)
        }
        let finding = try #require(outcome.findings.first { $0.code == .resultOutsidePeriod })
        #expect(map.target(for: finding, input: 0) == ExportMap.Target(sheet: "ผลการดำเนินการ", address: CellAddress(row: 12, column: 6)))
        #expect(map.target(for: finding, input: 1) == nil, "another file's cell")
        let tableLevel = Finding(.missingColumn, sheet: "kudjok-2564-report", field: .status)
        #expect(map.target(for: tableLevel, input: 0)?.address.row == 5, "a table finding links to the header")
        let elsewhere = Finding(.fiscalYearUndetermined, at: SourceRef(sheet: "kudjok-2564-report", address: CellAddress(row: 2, column: 1)))
        #expect(map.target(for: elsewhere, input: 0) == nil, "prose is not exported: the place stays text")
    }

    @Test(arguments: [("", 10.0, 1), ("สำนักปลัด", 10.0, 1), ("ก\nข\nค", 10.0, 3),
                      (String(repeating: "ก", count: 40), 12.0, 5)])
    func lineCounts(text: String, width: Double, lines: Int) {
        #expect(ExportStyle.lineCount(text, width: width) == lines)
    }

    @Test func widthsShrinkToThePage() {
        let bounds = [ExportStyle.WidthBounds(min: 10, max: 40), .init(min: 10, max: 40), .init(min: 10, max: 40)]
        let widths = ExportStyle.columnWidths(bounds, longest: [100, 100, 5])
        #expect(abs(widths.reduce(0, +) - ExportStyle.printableWidth) < 0.001)
        #expect(widths[2] == 10, "a short column keeps its minimum")
        #expect(ExportStyle.columnWidths(bounds, longest: [5, 5, 5]) == [10, 10, 10])
    }

    @Test func fixedTimeFromTheEnvironment() {
        #expect(ExportStyle.fixedTime(from: [:]) == nil)
        #expect(ExportStyle.fixedTime(from: ["ITA_FIXED_TIME": "0"]) == nil)
        #expect(ExportStyle.fixedTime(from: ["ITA_FIXED_TIME": "1"]) == SpreadsheetDate(year: 2024, month: 1, day: 1))
        #expect(ExportStyle.fixedTime(from: ["ITA_FIXED_TIME": "2021-03-15"]) == SpreadsheetDate(year: 2021, month: 3, day: 15))
    }

    @Test func periodChoicesAreReadByTheValidator() {
        let fy = FiscalYear(be: 2567)
        for choice in TemplateWorkbook.periodChoices(fiscalYear: 2567) {
            // Each choice names its year: it reads the same without a context.
            guard case .period(let period) = Period.parse(choice) else {
                Issue.record("\(choice) is not read as a period")
                continue
            }
            #expect(fy.contains(period.start) && fy.contains(period.end), "\(choice) within FY 2567")
        }
    }
}
