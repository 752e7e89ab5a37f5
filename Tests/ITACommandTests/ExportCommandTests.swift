import Foundation
import Sheets
import Testing

/// `ita export` on the seed, checked by independent programs: openpyxl reads the workbook, Python's
/// zipfile unzips it for the golden comparison, LibreOffice renders it to PDF as a user's office
/// suite would, and our own reader reads it back.
@Suite(.serialized) struct ExportCommandTests {
    let seed = sample("kudjok-2564-report.txt")

    func export(_ extra: String...) throws -> (run: Run, path: URL) {
        let out = try temporaryDirectory().appendingPathComponent("results.xlsx")
        let run = try WorkbookChecks.ita(["export", seed, "-o", out.path] + extra)
        return (run, out)
    }

    @Test func workbookOpensWithOpenpyxlFormattedForPrint() throws {
        let (run, path) = try export()
        #expect(run.status == 0, "\(run.stderr)")
        let book = try WorkbookChecks.inspect(path)
        #expect(book["defaultFont"] as? String == "TH SarabunPSK")
        let sheets = try #require(book["sheets"] as? [[String: Any]])
        #expect(sheets.map { $0["name"] as? String } == ["แผนมาตรการ", "ผลการดำเนินการ", "สรุป", "ผลการตรวจ"])
        for sheet in sheets {
            #expect(sheet["orientation"] as? String == "landscape")
            #expect(sheet["paperSize"] as? Int == 9, "A4")
            #expect(sheet["fitToPage"] as? Bool != true, "printed at 100 %: the widths fit the page, no program's scaling")
            #expect((sheet["footer"] as? String)?.contains("&P") == true)
            let margins = try #require(sheet["margins"] as? [String: Double])
            #expect(abs((margins["left"] ?? 0) - 3 / 2.54) < 0.001 && abs((margins["top"] ?? 0) - 2.5 / 2.54) < 0.001, "official margins")
            let fonts = try #require(sheet["fonts"] as? [[Any]])
            #expect(fonts.allSatisfy { $0.first as? String == "TH SarabunPSK" }, "\(fonts)")
        }
        let results = sheets[1]
        #expect(results["printTitleRows"] as? String == "$3:$3", "header repeated on every printed page")
        #expect(results["freeze"] as? String == "A4")
        #expect((results["autofilter"] as? String)?.hasPrefix("A3:G") == true, "results: no steps column (the plan sheet carries them)")
        let cells = WorkbookChecks.cells(results)
        #expect(cells["A1"]?["value"] as? String == "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")
        #expect(cells["A2"]?["value"] as? String == "องค์การบริหารส่วนตำบลกุดจอก อำเภอบัวใหญ่ จังหวัดนครราชสีมา ประจำปีงบประมาณ พ.ศ. 2564")
        #expect(cells["B3"]?["value"] as? String == "มาตรการ/แนวทาง")
        #expect(cells["B3"]?["bold"] as? Bool == true)
        #expect(cells["B3"]?["fill"] as? String == "FFD9E2F3", "header filled")
        #expect(cells["E3"]?["value"] as? String == "ผลการดำเนินการ")
        #expect(cells["F3"]?["value"] as? String == "สถานะ", "status column: the statuses are known")
        #expect(cells["F4"]?["value"] as? String == "ดำเนินการแล้ว")
        #expect(cells["A4"]?["type"] as? String == "n", "item numbers stay numbers")
        let steps = { (cells: [String: [String: Any]]) in cells.contains { $0.key.dropFirst() == "3" && ($0.value["value"] as? String)?.hasPrefix("ขั้นตอน") == true } }
        #expect(!steps(cells), "no steps column in the results: the plan sheet carries them")
        #expect(steps(WorkbookChecks.cells(sheets[0])), "the plan's steps column")
        // Measure 7's row (measures before it may continue on rows of their own).
        let row7 = try #require(cells.first { $0.key.hasPrefix("A") && $0.value["value"] as? String == "7" }?.key.dropFirst())
        // Its result continues on the rows below it when it does not fit what is left of a page.
        let result7 = "๑. จัดประชุมให้ความรู้เกี่ยวกับการป้องกันผลประโยชน์ทับซ้อน เมื่อวันที่ ๑ เมษายน ๒๕๖๔ โดยมีบุคลากรของ อบต. กุดจอก ผู้นำหมู่บ้าน และสมาชิกสภาท้องถิ่นเข้าร่วมประชุม"
        var written = cells["E\(row7)"]?["value"] as? String ?? ""
        var next = (Int(row7) ?? 0) + 1
        while cells["A\(next)"]?["value"] == nil, let more = cells["E\(next)"]?["value"] as? String {
            written += (result7.contains(written + " " + more) ? " " : "") + more
            next += 1
        }
        #expect(written == result7, "the whole result, on its row and the continuation rows")
        #expect(cells["E\(row7)"]?["wrap"] as? Bool == true)
        #expect(cells["E\(row7)"]?["vertical"] as? String == "top")
        #expect(cells["E\(row7)"]?["border"] as? String == "thin")
        #expect(Set((sheets[0]["fonts"] as? [[Any]] ?? []).compactMap { $0.last as? Double }).contains(16))
        // The monitoring text written once for six plan rows: too tall to merge on one page, it is
        // written on the first and again at the top of each page it goes on to.
        let plan = WorkbookChecks.cells(sheets[0])
        #expect((plan["F4"]?["value"] as? String)?.hasPrefix("รายงานผลการดำเนินการ") == true)

        // Summary: counts in cells, the charts on their own pages.
        let summary = WorkbookChecks.cells(sheets[2])
        let labels = summary.filter { $0.value["value"] as? String == "สำนักปลัด" }.keys
        let unitRow = try #require(labels.first).dropFirst()
        #expect(summary["B\(unitRow)"]?["value"] as? String == "6", "six results of สำนักปลัด")
        #expect(summary["B\(unitRow)"]?["type"] as? String == "n")
        #expect((sheets[2]["rowBreaks"] as? [Int] ?? []).isEmpty, "the summary is one page")

        // Findings: severity fill, the place linked to the exported cell (the cell alone: the
        // text file is one sheet), the header right below the title.
        let findings = WorkbookChecks.cells(sheets[3])
        #expect(findings["B3"]?["value"] as? String == "result-outside-period")
        #expect(findings["C3"]?["value"] as? String == "E50")
        #expect(findings["C3"]?["link"] as? String == "'ผลการดำเนินการ'!E\(row7)", "the exported result cell")
        #expect(findings["D3"]?["fill"] as? String == "FFDDEBF7", "info colour")
    }

    @Test func chartsArePartsOfTheWorkbook() throws {
        let (_, path) = try export()
        let parts = try WorkbookChecks.parts(path)
        #expect(parts.keys.filter { $0.hasPrefix("xl/charts/chart") }.count == 2)
        let chart = try #require(parts["xl/charts/chart1.xml"])
        #expect(chart.contains("TH SarabunPSK"), "Thai font in the chart")
        #expect(chart.contains("'สรุป'!$A$"), "categories from the summary cells")
    }

    @Test func matchesGoldenPartByPart() throws {
        let (run, path) = try export()
        #expect(run.status == 0, "\(run.stderr)")
        try WorkbookChecks.compareWithGoldens(path, name: "seed-results")
    }

    @Test func sameInputSameBytesWithAFixedTime() throws {
        let (_, a) = try export()
        let (_, b) = try export()
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func ourReaderReadsItBack() throws {
        let (_, path) = try export()
        let workbook = try SpreadsheetReader.read(path: path.path)
        #expect(workbook.sheets.map(\.name) == ["แผนมาตรการ", "ผลการดำเนินการ", "สรุป", "ผลการตรวจ"])
        let results = try #require(workbook.sheet(named: "ผลการดำเนินการ"))
        #expect(results[CellAddress(row: 4, column: 1)] == .number(1))
        #expect(results[CellAddress(row: 3, column: 2)] == .string("มาตรการ/แนวทาง"))
        // And the exported workbook is itself a valid results report for the toolkit.
        let check = try WorkbookChecks.ita(["validate", path.path, "--format", "json"])
        let report = try jsonObject(check.stdout)
        let files = try #require(report["files"] as? [[String: Any]])
        let kinds = (files.first?["tables"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
        #expect(kinds?.contains("results") == true, "\(check.stdout.prefix(400))")
    }

    @Test func thaiDigitsOnRequest() throws {
        let (run, path) = try export("--thai-digits")
        #expect(run.status == 0)
        let sheets = try WorkbookChecks.sheets(path)
        let cells = WorkbookChecks.cells(sheets[1])
        #expect((cells["A2"]?["value"] as? String)?.hasSuffix("ประจำปีงบประมาณ พ.ศ. ๒๕๖๔") == true)
        #expect(cells["A4"]?["type"] as? String == "n", "numbers stay numbers")
        #expect((cells["A4"]?["numberFormat"] as? String)?.contains("D07") == true, "shown with Thai digits")
    }

    @Test func annotatedCopyKeepsTheCellsAndMarksTheProblems() throws {
        let dir = try temporaryDirectory()
        let out = dir.appendingPathComponent("results.xlsx"), copy = dir.appendingPathComponent("annotated.xlsx")
        let broken = dir.appendingPathComponent("plan.csv")
        // A plan with a blank responsible cell and a period outside the fiscal year.
        try """
        ประจำปีงบประมาณ พ.ศ. 2567
        ลำดับ,มาตรการ,ขั้นตอนและวิธีการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,การกำกับติดตาม
        1,เผยแพร่ข้อมูล,ประกาศบนเว็บไซต์,,ม.ค. - มี.ค. 2567,รายงานผลทุกเดือน
        2,ประชุมชี้แจง,จัดประชุม,สำนักปลัด,ต.ค. - ธ.ค. 2560,รายงานผลทุกเดือน
        0042,ตรวจสอบ,ตรวจ,กองคลัง,ม.ค. 2567,รายงาน

        """.write(to: broken, atomically: true, encoding: .utf8)
        let run = try WorkbookChecks.ita(["export", broken.path, "-o", out.path, "--annotated", copy.path])
        #expect(run.status == 1, "errors found, both workbooks written: \(run.stderr)")
        let sheets = try WorkbookChecks.sheets(copy)
        #expect(sheets.map { $0["name"] as? String } == ["plan"])
        let cells = WorkbookChecks.cells(sheets[0])
        #expect(cells["A5"]?["value"] as? String == "0042", "text stays text")
        #expect(cells["A5"]?["type"] as? String == "s")
        let blank = try #require(cells["D3"], "the blank responsible cell is marked")
        #expect(blank["fill"] as? String == "FFF8CBAD", "error colour")
        #expect((blank["comment"] as? String)?.contains("วิธีแก้") == true)
        #expect(cells["E4"]?["comment"] != nil, "the period outside the fiscal year")
        let findings = WorkbookChecks.cells(try #require(try WorkbookChecks.sheets(out).last))
        let linked = findings.values.compactMap { $0["link"] as? String }
        #expect(linked.contains("'แผนมาตรการ'!D4"), "the blank responsible cell, in its exported place: \(linked)")
        let (info, _) = try WorkbookChecks.renderPDF(copy)
        #expect(info.contains("841.89 x 595.3"), "A4 landscape: \(info)")
    }

    /// The sample's long result cells wrap past Excel's 409-point row limit: the rebuilt copy
    /// keeps each row within it instead of refusing the whole copy.
    @Test func annotatedCopyOfTheSampleIsWritten() throws {
        let dir = try temporaryDirectory()
        let out = dir.appendingPathComponent("results.xlsx"), copy = dir.appendingPathComponent("annotated.xlsx")
        let run = try WorkbookChecks.ita(["export", seed, "-o", out.path, "--annotated", copy.path])
        #expect(run.status == 0, "\(run.stderr)")
        let sheets = try WorkbookChecks.sheets(copy)
        #expect(sheets.count == 1)
        #expect(WorkbookChecks.cells(sheets[0]).count > 100)
    }

    @Test func libreOfficeRendersItToPDF() throws {
        let (run, path) = try export()
        #expect(run.status == 0)
        let (info, _) = try WorkbookChecks.renderPDF(path)
        #expect(WorkbookChecks.pages(info) >= 4, "one page per sheet at least")
        #expect(WorkbookChecks.pages(info) <= 11, "the seed's 8 + 8 measures (plan 4, results 5), summary and findings: \(WorkbookChecks.pages(info)) pages")
        #expect(info.contains("841.89 x 595.3"), "A4 landscape: \(info)")
    }

    /// `--pdf`: LibreOffice renders the workbook; the PDF holds the agency and every measure's
    /// title (pdftotext, whitespace ignored: a title wraps over lines), with its fonts embedded.
    @Test func pdfHoldsTheAgencyAndEveryMeasure() throws {
        let dir = try temporaryDirectory()
        let pdf = dir.appendingPathComponent("report.pdf")
        let run = try WorkbookChecks.ita(["export", seed, "-o", dir.appendingPathComponent("r.xlsx").path, "--pdf", pdf.path])
        #expect(run.status == 0, "\(run.stderr)")
        // -raw keeps LibreOffice's order, cell by cell.
        let text = try WorkbookChecks.execute(WorkbookChecks.env, ["pdftotext", "-raw", pdf.path, "-"]).stdout
        let squeezed = text.filter { !$0.isWhitespace }
        #expect(squeezed.contains("องค์การบริหารส่วนตำบลกุดจอก"))
        let files = try #require(try jsonObject(try WorkbookChecks.ita(["parse", seed]).stdout)["files"] as? [[String: Any]])
        let document = try #require(files.first?["tables"] as? [[String: Any]])
        let titles = document.flatMap { ($0["measures"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String } }
        #expect(titles.count == 16)
        for title in titles {
            #expect(Self.holds(squeezed, title.filter { !$0.isWhitespace }), "\(title)")
        }
        let fonts = try WorkbookChecks.execute(WorkbookChecks.env, ["pdffonts", pdf.path]).stdout
        let rows = fonts.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains(" yes ") }, "every font embedded: \(fonts)")
    }

    /// `text` holds `part` whole, or in pieces one after another (a cell that continues on the
    /// next pages): each longest beginning found, then the rest.
    static func holds(_ text: String, _ part: String) -> Bool {
        var rest = Substring(part)
        while !rest.isEmpty {
            guard let cut = stride(from: rest.count, to: 0, by: -1).first(where: { text.contains(rest.prefix($0)) }), cut >= min(4, rest.count) else {
                return false
            }
            rest = rest.dropFirst(cut)
        }
        return true
    }

    /// Every row's height (points) in each worksheet part of `path`.
    static func rowHeights(_ path: URL) throws -> [String: [Double]] {
        let parts = try WorkbookChecks.parts(path)
        var heights: [String: [Double]] = [:]
        for (name, xml) in parts where name.hasPrefix("xl/worksheets/sheet") {
            let regex = try NSRegularExpression(pattern: #"<row [^>]*ht="([0-9.]+)""#)
            heights[name] = regex.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).compactMap {
                Range($0.range(at: 1), in: xml).flatMap { Double(xml[$0]) }
            }
        }
        return heights
    }

    /// A4 landscape inside the official margins (2.5 cm top, 2 cm bottom).
    static let printableHeight = 595.28 - 4.5 / 2.54 * 72

    /// The seed's workbook as LibreOffice prints it: every row within the printable height, and
    /// the page count (8 plan and 8 results measures of long Thai text at 16 pt).
    @Test func seedPrintsWithNoRowTallerThanAPage() throws {
        let (run, path) = try export()
        #expect(run.status == 0)
        for (part, heights) in try Self.rowHeights(path) {
            #expect(heights.allSatisfy { $0 <= Self.printableHeight - 20 }, "\(part): \(heights.max() ?? 0) pt")
        }
        let (info, _) = try WorkbookChecks.renderPDF(path)
        #expect(WorkbookChecks.pages(info) <= 11, "\(WorkbookChecks.pages(info)) pages")
    }

    /// The sample as two files (plan, results): one column width search per table, and the two
    /// findings together on the last page (their place whole: the cell of a one-sheet file).
    /// 11 pages: plan 4, results 5, summary 1, findings 1 (the plan's 41 and the results' 66
    /// wrapped lines, 26.5 points apart in LibreOffice, at about 14 lines a page).
    @Test func sampleAsTwoFilesPrintsItsFindingsOnOnePage() throws {
        let dir = try temporaryDirectory()
        let out = dir.appendingPathComponent("r.xlsx")
        let run = try WorkbookChecks.ita(["export", sample("kudjok-2564-plan.csv"), sample("kudjok-2564-results.csv"), "-o", out.path])
        #expect(run.status != 2, "\(run.stderr)")
        let (info, pdf) = try WorkbookChecks.renderPDF(out)
        let pages = WorkbookChecks.pages(info)
        #expect(pages <= 11, "\(pages) pages")
        let last = try WorkbookChecks.execute(WorkbookChecks.env, ["pdftotext", "-f", "\(pages)", "-l", "\(pages)", pdf.path, "-"]).stdout
        #expect(last.contains("missing-") && last.contains("result-"), "both findings on the last page: \(last)")
        #expect(last.contains("E8"), "the place shown whole")
    }

    /// One result of some 4,000 characters: it continues on rows of its own, none taller than a
    /// page, and all of its text is in the PDF LibreOffice prints.
    @Test func aVeryLongCellIsPrintedWhole() throws {
        let dir = try temporaryDirectory()
        let long = (1...60).map { "ครั้งที่ \($0) จัดประชุมชี้แจงแนวทางปฏิบัติในการยืมใช้ทรัพย์สินของราชการ" }.joined(separator: " ")
        let input = dir.appendingPathComponent("results.csv")
        try """
        รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. 2567
        ลำดับ,มาตรการ,ขั้นตอนและวิธีการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,ผลการดำเนินการ,ข้อเสนอแนะ
        1,ให้ความรู้เรื่องผลประโยชน์ทับซ้อน,จัดประชุม,สำนักปลัด,ม.ค. - มี.ค. 2567,"\(long)",-
        2,เผยแพร่ข้อมูลสาธารณะ,ประกาศบนเว็บไซต์,สำนักปลัด,ม.ค. - มี.ค. 2567,ประกาศแล้ว เมื่อวันที่ 15 มกราคม 2567,-

        """.write(to: input, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("r.xlsx"), pdf = dir.appendingPathComponent("r.pdf")
        let run = try WorkbookChecks.ita(["export", input.path, "-o", out.path, "--pdf", pdf.path])
        #expect(run.status != 2, "\(run.stderr)")
        for (part, heights) in try Self.rowHeights(out) {
            #expect(heights.allSatisfy { $0 <= Self.printableHeight - 20 }, "\(part): \(heights.max() ?? 0) pt")
        }
        let text = try WorkbookChecks.execute(WorkbookChecks.env, ["pdftotext", "-raw", pdf.path, "-"]).stdout.filter { !$0.isWhitespace }
        #expect(Self.holds(text, long.filter { !$0.isWhitespace }), "all of the long result")
        #expect(text.contains("ครั้งที่60จัดประชุม"), "its very end")
    }

    @Test func pdfWithoutLibreOfficeExits2WithAdvice() throws {
        let dir = try temporaryDirectory()
        let run = try WorkbookChecks.execute(WorkbookChecks.env, ["PATH=/nonexistent", itaBinary.path, "export", seed,
                                                                  "-o", dir.appendingPathComponent("r.xlsx").path, "--pdf", dir.appendingPathComponent("r.pdf").path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("LibreOffice"))
    }

    @Test func refusesToOverwriteItsInputAndNeedsXLSX() throws {
        #expect(try WorkbookChecks.ita(["export", seed, "-o", seed]).status != 0)
        #expect(try WorkbookChecks.ita(["export", seed, "-o", "/tmp/out.csv"]).status != 0)
        #expect(try WorkbookChecks.ita(["export", seed, "-o", "/tmp/out.xlsx", "--annotated", seed]).status != 0)
        #expect(try WorkbookChecks.ita(["export", seed, "-o", "/tmp/out.xlsx", "--annotated", "/tmp/out.xlsx"]).status != 0)
    }
}
