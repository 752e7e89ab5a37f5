import Testing
import Sheets
import ThaiText
import ITA  // not @testable: only what another package sees

/// The model types can be made by another package, not only read: a document built by hand is
/// validated and paired as one read from a file would be.
@Suite struct PublicModelTests {
    static let sheet = "แผน"

    static func cell(_ text: String, _ a1: String) -> SourcedText {
        SourcedText(text: text, source: SourceRef(sheet: sheet, address: CellAddress(a1: a1)!))
    }

    static func document() -> ITADocument {
        let rows = [
            LocatedTable.BodyRow(row: 2, cells: [.measure: cell("เผยแพร่ข้อมูลข่าวสาร", "A2"), .responsible: cell("สำนักปลัด", "B2")]),
            LocatedTable.BodyRow(row: 3, cells: [.measure: cell("ป้องกันการรับสินบน", "A3"), .responsible: cell("-", "B3")]),
        ]
        let located = LocatedTable(kind: .plan, sheet: sheet, range: CellRange(a1: "A1:B3")!, headerRows: [1],
                                   columns: [.measure: 1, .responsible: 2], bodyRows: rows)
        let measures = rows.map { row in
            Measure(number: row.row - 1, title: row.cells[.measure]!.text, cells: row.cells, row: row.row)
        }
        let workbook = Workbook(path: "แผน.xlsx", format: .xlsx, sheets: [Sheet(name: sheet)])
        return ITADocument(workbook: workbook, tables: [MeasureTable(located: located, measures: measures)], fiscalYear: 2564,
                           fiscalYearSource: .option, agency: "องค์การบริหารส่วนตำบลกุดจอก")
    }

    @Test func aDocumentBuiltByHandIsValidated() {
        let findings = Validator(template: .forYear(2564)).documentFindings(Self.document())
        let blank = findings.filter { $0.code == .blankCell }
        #expect(blank.map { $0.place?.description } == ["แผน!B3"], "\(findings.map(\.code))")
    }

    @Test func outcomesAndMatchesAreMadeByHand() {
        let outcome = Pipeline.Outcome(path: "แผน.xlsx", document: Self.document(), findings: [])
        #expect(outcome.readError == nil)
        #expect(MeasureMatch(plan: 0, result: 1, score: 0.5).result == 1)
        let located = TableLocator.Result(tables: Self.document().tables.map(\.located), prose: [Self.cell("แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2564", "A1")])
        let normalized = Normalizer().normalize(Self.document().workbook, located: located)
        #expect(normalized.fiscalYear == 2564)
        #expect(normalized.fiscalYearSource == .title)
        #expect(normalized.plan?.measures.map(\.title) == ["เผยแพร่ข้อมูลข่าวสาร", "ป้องกันการรับสินบน"])
    }
}
