import Foundation
import Testing

/// `ita export` on the seed, checked by independent programs: openpyxl reads the workbook,
/// LibreOffice renders it to PDF as a user's office suite would.
@Suite(.serialized) struct ExportCommandTests {
    let seed = sample("kudjok-2564-report.txt")

    func export(_ extra: String...) throws -> (run: Run, path: URL) {
        let out = try temporaryDirectory().appendingPathComponent("results.xlsx")
        let run = try execute(itaBinary, ["export", seed, "-o", out.path] + extra)
        return (run, out)
    }

    func inspect(_ path: URL) throws -> [String: Any] {
        let script = packageRoot.appendingPathComponent("Tests/ITACommandTests/Support/inspect_workbook.py")
        let run = try execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script.path, path.path])
        #expect(run.status == 0, "\(run.stderr)")
        return try jsonObject(run.stdout)
    }

    @Test func workbookOpensWithOpenpyxlFormattedForPrint() throws {
        let (run, path) = try export()
        #expect(run.status == 0, "\(run.stderr)")
        let book = try inspect(path)
        let sheets = try #require(book["sheets"] as? [[String: Any]])
        #expect(sheets.map { $0["name"] as? String } == ["แผนมาตรการ", "ผลการดำเนินการ", "ผลการตรวจ"])
        for sheet in sheets {
            #expect(sheet["orientation"] as? String == "landscape")
            #expect(sheet["paperSize"] as? Int == 9, "A4")
            #expect(sheet["fitToPage"] as? Bool == true)
            #expect((sheet["fitToWidth"] as? Int ?? 1) == 1, "one page wide (1 is the default openpyxl leaves out)")
            #expect((sheet["footer"] as? String)?.contains("&P") == true)
            let fonts = try #require(sheet["fonts"] as? [[Any]])
            #expect(fonts.allSatisfy { $0.first as? String == "TH SarabunPSK" }, "\(fonts)")
        }
        let results = sheets[1]
        #expect(results["printTitleRows"] as? String == "$5:$5", "header repeated on every printed page")
        #expect(results["freeze"] as? String == "A6")
        let cells = try #require(results["cells"] as? [String: [String: Any]])
        #expect(cells["A1"]?["value"] as? String == "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")
        #expect(cells["A2"]?["value"] as? String == "องค์การบริหารส่วนตำบลกุดจอก อำเภอบัวใหญ่ จังหวัดนครราชสีมา")
        #expect(cells["A3"]?["value"] as? String == "ประจำปีงบประมาณ พ.ศ. 2564")
        #expect(cells["B5"]?["value"] as? String == "มาตรการ/แนวทาง")
        #expect(cells["B5"]?["bold"] as? Bool == true)
        #expect(cells["F12"]?["value"] as? String == "๑. จัดประชุมให้ความรู้เกี่ยวกับการป้องกันผลประโยชน์ทับซ้อน เมื่อวันที่ ๑ เมษายน ๒๕๖๔ โดยมีบุคลากรของ อบต. กุดจอก ผู้นำหมู่บ้าน และสมาชิกสภาท้องถิ่นเข้าร่วมประชุม")
        #expect(cells["F12"]?["wrap"] as? Bool == true)
        #expect(cells["F12"]?["vertical"] as? String == "top")
        #expect(cells["F12"]?["border"] as? String == "thin")
        #expect(Set((sheets[0]["fonts"] as? [[Any]] ?? []).compactMap { $0.last as? Double }).contains(16))
        // The monitoring text written once for six plan rows is one merged cell again.
        #expect((sheets[0]["merged"] as? [String])?.contains("F6:F11") == true)
        let findings = try #require(sheets[2]["cells"] as? [String: [String: Any]])
        #expect(findings["B4"]?["value"] as? String == "result-outside-period")
        #expect(findings["C4"]?["value"] as? String == "'kudjok-2564-report'!E50")
    }

    @Test func thaiDigitsOnRequest() throws {
        let (run, path) = try export("--thai-digits")
        #expect(run.status == 0)
        let cells = try #require(((try inspect(path))["sheets"] as? [[String: Any]])?[1]["cells"] as? [String: [String: Any]])
        #expect(cells["A3"]?["value"] as? String == "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔")
    }

    @Test func libreOfficeRendersItToPDF() throws {
        let (run, path) = try export()
        #expect(run.status == 0)
        let dir = path.deletingLastPathComponent()
        let office = try execute(URL(fileURLWithPath: "/usr/bin/env"), [
            "soffice", "--headless", "-env:UserInstallation=file://\(dir.path)/lo-profile",
            "--convert-to", "pdf", "--outdir", dir.path, path.path,
        ])
        #expect(office.status == 0, "\(office.stderr)")
        let pdf = dir.appendingPathComponent("results.pdf")
        let info = try execute(URL(fileURLWithPath: "/usr/bin/env"), ["pdfinfo", pdf.path])
        #expect(info.status == 0, "\(info.stderr)")
        let pages = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(pages >= 3, "one page per sheet at least")
        #expect(info.stdout.contains("841.89 x 595.3"), "A4 landscape: \(info.stdout)")
    }

    @Test func refusesToOverwriteItsInputAndNeedsXLSX() throws {
        #expect(try ita("export", seed, "-o", seed).status != 0)
        #expect(try ita("export", seed, "-o", "/tmp/out.csv").status != 0)
    }
}
