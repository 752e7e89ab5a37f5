import Foundation
import ITA
import Sheets
import Testing

/// Exporting through the `ITA` product as a client does: no `@testable`, public API only. Each
/// workbook written is read back with the `Sheets` reader.
@Suite struct ExportingTests {
    /// The results workbook of the sample report: the plan and results sheets, the summary and
    /// the findings, with the finding's code in the findings sheet.
    @Test func exportsTheResultsWorkbook() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = Pipeline()
        let outcome = pipeline.run(path: sample("kudjok-2564-report.txt"))
        let document = try #require(outcome.document)
        let output = folder.appendingPathComponent("results.xlsx").path
        try ResultsWorkbook(outcomes: [outcome], template: pipeline.template(for: document),
                            created: SpreadsheetDate(year: 2024, month: 1, day: 1)).write(to: output)

        let written = try SpreadsheetReader.read(path: output)
        #expect(written.format == .xlsx)
        #expect(written.sheets.map(\.name) == ["แผนมาตรการ", "ผลการดำเนินการ", "สรุป", "ผลการตรวจ"])
        let findings = written.sheets[3].rows.flatMap(\.cells).compactMap(\.value.text)
        #expect(findings.contains("result-outside-period"))
        // Read back, it is a plan and a results report again, with the same numbered measures (a
        // text too long for a printed page continues on the row below, so rows are not measures).
        let again = pipeline.document(from: written)
        #expect(again.tables.map(\.kind) == [.plan, .results])
        #expect(again.plan?.measures.compactMap(\.number) == document.plan?.measures.compactMap(\.number))
    }

    /// With a fixed creation time the same input gives the same bytes.
    @Test func sameInputSameBytes() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = Pipeline().run(path: sample("kudjok-2564-report.txt"))
        var written: [Data] = []
        for name in ["a.xlsx", "b.xlsx"] {
            let path = folder.appendingPathComponent(name).path
            try ResultsWorkbook(outcomes: [outcome], template: .forYear(2564), created: SpreadsheetDate(year: 2024, month: 1, day: 1)).write(to: path)
            written.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(written[0] == written[1])
    }

    /// The fill-in form of a year and the annotated copy of a submitted file.
    @Test func exportsAFormAndAnAnnotatedCopy() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let form = folder.appendingPathComponent("form.xlsx").path
        try TemplateWorkbook(template: .forYear(2567), kind: .plan).write(to: form)
        let formSheets = try SpreadsheetReader.read(path: form).sheets
        #expect(formSheets.contains { sheet in sheet.rows.flatMap(\.cells).contains { $0.value.text == "มาตรการ/แนวทาง" } })

        let outcome = Pipeline().run(path: sample("kudjok-2564-results.csv"))
        let copy = folder.appendingPathComponent("checked.xlsx").path
        try AnnotatedCopy(outcomes: [outcome]).write(to: copy)
        let annotated = try SpreadsheetReader.read(path: copy)
        let original = try SpreadsheetReader.read(path: sample("kudjok-2564-results.csv"))
        #expect(annotated.sheets[0].cellCount == original.sheets[0].cellCount)
    }

    /// A document a client builds by hand (public initialisers of the model) exports as one read from a file.
    @Test func exportsADocumentBuiltByHand() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func cell(_ text: String, _ a1: String) -> SourcedText {
            SourcedText(text: text, source: SourceRef(sheet: "แผน", address: CellAddress(a1: a1)!))
        }
        let rows = [LocatedTable.BodyRow(row: 2, cells: [.measure: cell("เผยแพร่ข้อมูลข่าวสาร", "A2"), .responsible: cell("สำนักปลัด", "B2")])]
        let located = LocatedTable(kind: .plan, sheet: "แผน", range: CellRange(a1: "A1:B2")!, headerRows: [1],
                                   columns: [.measure: 1, .responsible: 2], bodyRows: rows)
        let measure = Measure(number: 1, title: "เผยแพร่ข้อมูลข่าวสาร", cells: rows[0].cells, row: 2)
        let document = ITADocument(workbook: Workbook(path: "แผน.xlsx", format: .xlsx, sheets: [Sheet(name: "แผน")]),
                                   tables: [MeasureTable(located: located, measures: [measure])], fiscalYear: 2564,
                                   agency: "องค์การบริหารส่วนตำบลกุดจอก")
        let outcome = Pipeline.Outcome(path: "แผน.xlsx", document: document, findings: Validator(template: .forYear(2564)).validate(document))
        let path = folder.appendingPathComponent("plan.xlsx").path
        try ResultsWorkbook(outcomes: [outcome], template: .forYear(2564)).write(to: path)
        let plan = try SpreadsheetReader.read(path: path).sheets[0]
        let texts = plan.rows.flatMap(\.cells).compactMap(\.value.text)
        #expect(texts.contains("เผยแพร่ข้อมูลข่าวสาร"))
        #expect(texts.contains { $0.contains("องค์การบริหารส่วนตำบลกุดจอก") })
    }

    /// A client writes its own workbook with the `Sheets` XLSX writer.
    @Test func writesAnXLSXWorkbook() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("own.xlsx").path
        var writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet(named: "สรุป")
        try writer.write(.string("หน่วยงาน"), at: CellAddress(row: 1, column: 1), in: sheet, style: CellStyle(bold: true))
        try writer.write(.number(16), at: CellAddress(row: 1, column: 2), in: sheet)
        try writer.close()
        let read = try SpreadsheetReader.read(path: path).sheets[0]
        #expect(read.name == "สรุป")
        #expect(read[CellAddress(row: 1, column: 1)] == .string("หน่วยงาน"))
        #expect(read[CellAddress(row: 1, column: 2)] == .number(16))
    }
}
