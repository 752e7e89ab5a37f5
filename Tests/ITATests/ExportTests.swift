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
            map.addTable(table, input: 0, sheet: table.kind == .plan ? "แผนมาตรการ" : "ผลการดำเนินการ", headerRow: 5,
                         bodyRows: Array(6..<(6 + table.measures.count)), columns: columns)
        }
        let finding = try #require(outcome.findings.first { $0.code == .resultOutsidePeriod })
        #expect(map.target(for: finding, input: 0) == ExportMap.Target(sheet: "ผลการดำเนินการ", address: CellAddress(row: 12, column: 5)),
                "the result column: the results leave the steps to the plan")
        #expect(map.target(for: finding, input: 1) == nil, "another file's cell")
        let tableLevel = Finding(.missingColumn, sheet: "kudjok-2564-report", field: .status)
        #expect(map.target(for: tableLevel, input: 0)?.address.row == 5, "a table finding links to the header")
        let elsewhere = Finding(.fiscalYearUndetermined, at: SourceRef(sheet: "kudjok-2564-report", address: CellAddress(row: 2, column: 1)))
        #expect(map.target(for: elsewhere, input: 0) == nil, "prose is not exported: the place stays text")
    }

    /// Lines as LibreOffice 7 wraps these texts in TH SarabunPSK 16 (read from its PDF with
    /// `pdftotext -bbox`): column units → its lines.
    @Test(arguments: [("", 10.0, [""]), ("สำนักปลัด", 10.0, ["สำนักปลัด"]), ("ก\nข\nค", 10.0, ["ก", "ข", "ค"]),
                      ("มีแนวทางปฏิบัติเกี่ยวกับการใช้ทรัพย์สินของราชการที่ถูกต้อง", 14.72,
                       ["มีแนวทางปฏิบัติ", "เกี่ยวกับการใช้", "ทรัพย์สินของ", "ราชการที่ถูกต้อง"])])
    func linesAsAnOfficeProgramWrapsThem(text: String, units: Double, expected: [String]) {
        let look = ExportLook.standard
        let lines = TextLayout.lines(text, width: look.textWidth(units: units), size: 16, slack: look.slack)
        #expect(lines.map { String(String.UnicodeScalarView(text.unicodeScalars[$0])).trimmingTrailingSpaces } == expected)
    }

    /// A mark or a following vowel never starts a line, a leading vowel never ends one, even in a
    /// word cut because it is longer than the line.
    @Test(arguments: ["ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่", "เกเกเกเกเกเกเกเกเกเกเกเกเกเกเกเก", "กำกำกำกำกำกำกำกำกำกำกำกำกำกำกำกำกำ",
                      String(repeating: "ประชาสัมพันธ์", count: 12)])
    func clustersAreNeverSplit(text: String) {
        for width in stride(from: 20.0, through: 120, by: 7) {
            let lines = TextLayout.lines(text, width: width, size: 16)
            #expect(lines.count > 1)
            for line in lines.dropFirst() {
                let first = text.unicodeScalars[line.lowerBound]
                #expect(!TextLayout.continues(first), "a line starts with U+\(String(first.value, radix: 16)) at \(width) pt")
            }
            for line in lines.dropLast() {
                let last = text.unicodeScalars[text.unicodeScalars.index(before: line.upperBound)]
                #expect(!TextLayout.leads(last), "a line ends with a leading vowel at \(width) pt")
            }
            #expect(lines.map { String(String.UnicodeScalarView(text.unicodeScalars[$0])) }.joined() == text, "nothing lost")
        }
    }

    @Test func widthsUseThePageAndShareItByText() {
        let look = ExportLook.standard
        let needs = [ExportLook.ColumnNeed(min: 4, max: 6, natural: 5, long: false),
                     .init(min: 10, max: 60, natural: 60, long: true, amount: 3000),
                     .init(min: 10, max: 60, natural: 60, long: true, amount: 1000),
                     .init(min: 8, max: 12, natural: 30, long: false)]
        let widths = look.columnWidths(needs)
        #expect(abs(widths.reduce(0, +) - look.pageUnits(columns: 4)) < 0.001, "the whole width")
        #expect(widths[0] == 5 && widths[3] == 12, "short columns as their text wants, within bounds")
        #expect(widths[1] > widths[2] * 1.5, "the longer text gets more of the rest")
        let printed = widths.map { ExportLook.storedWidth($0) * look.unitPointsWide }.reduce(0, +)
        #expect(printed <= look.printableWidth, "fits the printed page in Excel's units too: \(printed)")
    }

    /// Problems (ปัญหา/อุปสรรค) and recommendations (ข้อเสนอแนะ) are two columns when the
    /// document has problems, each with its own text.
    @Test func problemsAndRecommendationsAreTwoColumns() throws {
        var document = try #require(Self.seed.document)
        let results = try #require(document.tables.firstIndex { $0.kind == .results })
        document.tables[results].measures[0].problems = "งบประมาณไม่เพียงพอ"
        document.tables[results].measures[0].recommendation = "ควรของบประมาณเพิ่ม"
        let workbook = ResultsWorkbook(inputs: [.init(path: "seed", document: document, findings: [])], template: .forYear(2564))
        let headers = workbook.columns(for: document.tables[results]).map(\.header)
        #expect(headers.suffix(2) == ["ปัญหา/อุปสรรค", "ข้อเสนอแนะ"])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ita-problems-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try workbook.write(to: path)
        let sheet = try #require(try SpreadsheetReader.read(path: path).sheet(named: "ผลการดำเนินการ"))
        let values = sheet.rows.flatMap(\.cells).map(\.value)
        #expect(values.contains(.string("งบประมาณไม่เพียงพอ")) && values.contains(.string("ควรของบประมาณเพิ่ม")))
        #expect(workbook.columns(for: try #require(Self.seed.document).tables[results]).map(\.header).last == "ข้อเสนอแนะ",
                "no problems column when no measure has problems")
    }

    /// English headings and 14-point type on request; the documents' own text stays as written.
    @Test func englishHeadingsAndFourteenPoints() throws {
        let document = try #require(Self.seed.document)
        let look = ExportLook(fontSize: 14, language: .en)
        let workbook = ResultsWorkbook(inputs: [.init(path: "seed", document: document, findings: [])], template: .forYear(2564), look: look)
        #expect(workbook.columns(for: document.tables[0]).map(\.header).prefix(2) == ["No.", "Measure"])
        #expect(look.body.fontSize == 14 && look.lineHeight < ExportLook.standard.lineHeight)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ita-en-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try workbook.write(to: path)
        let names = try SpreadsheetReader.read(path: path).sheets.map(\.name)
        #expect(names == ["Plan", "Results", "Summary", "Findings"])
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
