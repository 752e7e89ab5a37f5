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
        #expect(cells["F7"]?["value"] as? String == "การกำกับติดตาม", "below the place for last year's result")
        #expect(cells["A1"]?["value"] as? String == "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")
    }

    /// The blank plan has a place for the analysis of last year's result: empty, `missing-analysis`
    /// is reported (the label above it is not an analysis); written in, it is not.
    @Test func planTemplateHasAPlaceForTheAnalysis() throws {
        let (_, path) = try template("--ita-year", "2567")
        func codes(_ file: URL) throws -> [String] {
            let report = try jsonObject(try WorkbookChecks.ita(["validate", file.path, "--format", "json"]).stdout)
            let files = try #require(report["files"] as? [[String: Any]])
            return (files.first?["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        }
        #expect(try codes(path).contains("missing-analysis"))
        let filled = path.deletingLastPathComponent().appendingPathComponent("filled.xlsx")
        let script = """
        import openpyxl, sys
        wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.active
        ws['A5'] = 'ผลการประเมิน ITA ปี 2566 ได้ 78.5 คะแนน จุดอ่อนคือการเปิดเผยข้อมูล'
        for c, v in zip('ABCDEF', [1, 'เผยแพร่ข้อมูล', 'ประกาศบนเว็บไซต์', 'สำนักปลัด', 'ม.ค. - มี.ค. 2567', 'รายงานผลทุกเดือน']): ws[c + '8'] = v
        wb.save(sys.argv[2])
        """
        let run = try WorkbookChecks.execute(WorkbookChecks.env, ["python3", "-c", script, path.path, filled.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try codes(filled) == [], "the analysis written in its place")
    }

    /// `--from PLAN`: the results form filled from the plan, the result columns left to fill.
    @Test func resultsFormFromThePlan() throws {
        let (run, path) = try template("--from", sample("kudjok-2564-report.txt"))
        #expect(run.status == 0, "\(run.stderr)")
        let sheets = try WorkbookChecks.sheets(path)
        #expect(sheets[0]["name"] as? String == "ผลการดำเนินการ")
        let cells = WorkbookChecks.cells(sheets[0])
        #expect(cells["A2"]?["value"] as? String == "องค์การบริหารส่วนตำบลกุดจอก อำเภอบัวใหญ่ จังหวัดนครราชสีมา")
        #expect(cells["A3"]?["value"] as? String == "ประจำปีงบประมาณ พ.ศ. 2564")
        #expect(cells["A6"]?["value"] as? String == "1" && cells["A6"]?["type"] as? String == "n")
        #expect((cells["B6"]?["value"] as? String)?.isEmpty == false, "the measure")
        #expect(cells["D6"]?["value"] as? String == "กองคลัง")
        #expect(cells["F6"]?["value"] == nil, "the result is left to fill")
        let validations = try #require(sheets[0]["validations"] as? [[String: Any]])
        #expect(validations.contains { $0["range"] as? String == "G6:G505" }, "the status dropdown")
        // Read back: the plan's eight measures, only the results to write.
        let report = try jsonObject(try WorkbookChecks.ita(["parse", path.path]).stdout)
        let tables = try #require((report["files"] as? [[String: Any]])?.first?["tables"] as? [[String: Any]])
        #expect((tables.first?["measures"] as? [Any])?.count == 8)
    }

    @Test func neverOverwritesWithoutForce() throws {
        let (first, path) = try template()
        #expect(first.status == 0)
        let again = try WorkbookChecks.ita(["template", "-o", path.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("--force"))
        #expect(try WorkbookChecks.ita(["template", "-o", path.path, "--force"]).status == 0)
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
