import Foundation
import Sheets
import Testing

/// `ita template`: the blank fill-in workbook, read by openpyxl and our reader, compared with
/// goldens part by part, rendered by LibreOffice.
@Suite(.serialized) struct TemplateCommandTests {
    func template(_ extra: String...) throws -> (run: Run, path: URL) {
        let out = try temporaryDirectory().appendingPathComponent("template.xlsx")
        let run = try WorkbookChecks.ita(["template", "-o", out.path] + extra)
        return (run, out)
    }

    @Test func resultsTemplateHasColumnsDropdownsHintsAndInstructions() throws {
        let (run, path) = try template("--kind", "results", "--ita-year", "2567")
        #expect(run.status == 0, "\(run.stderr)")
        let sheets = try WorkbookChecks.sheets(path)
        #expect(sheets.map { $0["name"] as? String } == ["ผลการดำเนินการ", "_lists", "คำแนะนำ"])
        #expect(sheets.map { $0["state"] as? String } == ["visible", "hidden", "visible"])
        let form = sheets[0]
        let cells = WorkbookChecks.cells(form)
        let headers = (1...8).map { cells["\(CellAddress.columnName($0))5"]?["value"] as? String }
        #expect(headers == ["ลำดับ", "มาตรการ/แนวทาง", "ขั้นตอนและวิธีการ", "ผู้รับผิดชอบ", "ระยะเวลา\nดำเนินการ", "ผลการดำเนินการ", "สถานะ", "ข้อเสนอแนะ"])
        #expect(cells["A3"]?["value"] as? String == "ประจำปีงบประมาณ พ.ศ. 2567")
        #expect(form["printTitleRows"] as? String == "$5:$5")
        #expect(form["orientation"] as? String == "landscape")
        #expect(form["freeze"] as? String == "A6")
        let validations = try #require(form["validations"] as? [[String: Any]])
        func validation(_ range: String) -> [String: Any]? { validations.first { $0["range"] as? String == range } }
        let units = try #require(validation("D6:D505"))
        #expect(units["type"] as? String == "list")
        #expect((units["formula"] as? String)?.hasPrefix("'_lists'!") == true, "the long Thai list lives on the hidden sheet")
        #expect(units["showError"] as? Bool == false, "several units may be typed")
        let status = try #require(validation("G6:G505"))
        #expect(status["formula"] as? String == "\"ดำเนินการแล้ว,อยู่ระหว่างดำเนินการ,ยังไม่ดำเนินการ\"")
        #expect(status["showError"] as? Bool == true)
        let period = try #require(validation("E6:E505"))
        #expect((period["prompt"] as? String)?.contains("1 ต.ค. 2566 - 30 ก.ย. 2567") == true)
        #expect(validation("B6:B505")?["promptTitle"] as? String == "มาตรการ/แนวทาง (ต้องกรอก)")
        // The month list: the fiscal year's months in order, October of the year before first.
        let lists = WorkbookChecks.cells(sheets[1])
        let periods = lists.filter { $0.key.hasSuffix("2") && $0.key.dropLast().allSatisfy(\.isLetter) }
        #expect(periods.values.contains { $0["value"] as? String == "ต.ค. 2566" })
        #expect(periods.values.contains { $0["value"] as? String == "ก.ย. 2567" })
        let instructions = WorkbookChecks.cells(sheets[2]).values.compactMap { $0["value"] as? String }
        #expect(instructions.contains { $0.contains("ita validate") })
        #expect(instructions.contains { $0.contains("1 ตุลาคม 2566") }, "the fiscal-year rule")
    }

    @Test func planTemplateIsTheDefault() throws {
        let (run, path) = try template()
        #expect(run.status == 0, "\(run.stderr)")
        let sheets = try WorkbookChecks.sheets(path)
        let cells = WorkbookChecks.cells(sheets[0])
        #expect(sheets[0]["name"] as? String == "แผนมาตรการ")
        #expect(cells["F5"]?["value"] as? String == "การกำกับติดตาม")
        #expect(cells["A1"]?["value"] as? String == "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")
    }

    @Test(arguments: ["plan", "results"]) func matchesGoldenPartByPart(kind: String) throws {
        let (run, path) = try template("--kind", kind, "--ita-year", "2567")
        #expect(run.status == 0, "\(run.stderr)")
        try WorkbookChecks.compareWithGoldens(path, name: "template-\(kind)-2567")
    }

    @Test func ourReaderReadsItBackAndFindsTheTable() throws {
        let (_, path) = try template("--kind", "results", "--ita-year", "2567")
        let workbook = try SpreadsheetReader.read(path: path.path)
        #expect(workbook.sheets.map(\.name) == ["ผลการดำเนินการ", "_lists", "คำแนะนำ"])
        #expect(workbook.sheets[1].state == .hidden)
        #expect(workbook.sheets[0][CellAddress(row: 5, column: 2)] == .string("มาตรการ/แนวทาง"))
    }

    @Test func libreOfficeRendersItToPDF() throws {
        let (_, path) = try template("--kind", "results")
        let (info, _) = try WorkbookChecks.renderPDF(path)
        #expect(WorkbookChecks.pages(info) >= 2)
        #expect(info.contains("841.89 x 595.3"), "A4 landscape: \(info)")
    }

    @Test func refusesBadArguments() throws {
        #expect(try WorkbookChecks.ita(["template", "-o", "/tmp/t.csv"]).status != 0)
        #expect(try WorkbookChecks.ita(["template", "-o", "/tmp/t.xlsx", "--kind", "report"]).status != 0)
        #expect(try WorkbookChecks.ita(["template", "-o", "/tmp/t.xlsx", "--ita-year", "2024"]).status != 0)
    }
}
