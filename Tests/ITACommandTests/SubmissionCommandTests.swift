import Foundation
import Testing

/// Submissions through the real `ita` binary: a plan and its results in two files checked against
/// each other, incomplete submissions, `export` of two agencies, and `ita batch` on a reviewer's folder.
@Suite struct SubmissionCommandTests {
    static func fixture(_ name: String) -> String { packageRoot.appendingPathComponent("Tests/Fixtures/submissions/\(name)").path }
    static let crossCodes: Set<String> = ["measure-without-result", "result-without-measure", "result-outside-period", "result-after-report-date"]

    /// (file name, code, place) of every finding in a `validate --format json` report.
    static func findings(_ report: [String: Any], codes: Set<String>? = nil) -> [String] {
        let files = report["files"] as? [[String: Any]] ?? []
        return files.flatMap { file -> [String] in
            let name = (file["path"] as? String ?? "").split(separator: "/").last.map(String.init) ?? ""
            return (file["findings"] as? [[String: Any]] ?? []).compactMap { f in
                let code = f["code"] as? String ?? ""
                guard codes?.contains(code) ?? true else { return nil }
                let place = (f["cell"] as? String).map { "@\(f["sheet"] as? String ?? "")!\($0)" } ?? ""
                return "\(name) \(code)\(place)"
            }
        }
    }

    /// Plan XLSX and results CSV of one agency (อบต. in one, the full name in the other), renumbered:
    /// one planned measure has no result, one result was not planned, one was late with no reason.
    @Test func planAndResultsInTwoFilesAreCheckedAgainstEachOther() throws {
        let run = try ita("validate", Self.fixture("cross/plan.xlsx"), Self.fixture("cross/results.csv"), "--format", "json")
        #expect(run.status == 1, "\(run.stderr)")
        let report = try jsonObject(run.stdout)
        #expect(Self.findings(report, codes: Self.crossCodes) == [
            "plan.xlsx measure-without-result@แผนมาตรการ!B8",
            "results.csv result-outside-period@results!E7",
            "results.csv result-without-measure@results!B8",
        ])
        let submissions = try #require(report["submissions"] as? [[String: Any]])
        #expect(submissions.count == 1)
        #expect(submissions.first?["agency"] as? String == "องค์การบริหารส่วนตำบลกุดจอก")
        #expect(submissions.first?["verdict"] as? String == "needs-fix")

        // The same files one at a time: nothing to pair, no cross-file finding.
        for file in ["cross/plan.xlsx", "cross/results.csv"] {
            let alone = try jsonObject(try ita("validate", Self.fixture(file), "--format", "json").stdout)
            #expect(Self.findings(alone, codes: ["measure-without-result", "result-without-measure"]).isEmpty, "\(file)")
        }
    }

    @Test func parsePairsMeasuresAcrossFiles() throws {
        let run = try ita("parse", Self.fixture("cross/plan.xlsx"), Self.fixture("cross/results.csv"))
        #expect(run.status == 0, "\(run.stderr)")
        let submissions = try #require(try jsonObject(run.stdout)["submissions"] as? [[String: Any]])
        let matches = try #require(submissions.first?["matches"] as? [[String: Any]])
        #expect(matches.map { "\($0["plan"] ?? "")↔\($0["result"] ?? "")" } == ["1↔6", "2↔7", "4↔5"])
    }

    /// Each completeness finding on its own fixture: the arguments, then every finding expected.
    @Test(arguments: [
        (["complete/results-only.csv", "--expect", "both"], ["results-only.csv plan-missing"], "incomplete"),
        (["complete/plan-only.csv", "--expect", "results"], ["plan-only.csv results-missing"], "incomplete"),
        (["complete/plan-only.csv"], [], "pass"),
        (["complete/duplicate/plan-v1.csv", "complete/duplicate/plan-v2.xlsx"], ["plan-v2.xlsx duplicate-document"], "pass"),
        (["complete/year-mismatch/plan.csv", "complete/year-mismatch/results.csv"], ["results.csv fiscal-year-mismatch@results!A1"], "incomplete"),
        (["complete/example-only.csv"], ["example-only.csv missing-analysis", "example-only.csv blank-form"], "incomplete"),
    ])
    func completenessFindings(arguments: [String], expected: [String], verdict: String) throws {
        let paths = arguments.map { $0.hasPrefix("complete/") ? Self.fixture($0) : $0 }
        let run = try execute(itaBinary, ["validate", "--format", "json"] + paths)
        let report = try jsonObject(run.stdout)
        #expect(Self.findings(report) == expected)
        #expect((report["submissions"] as? [[String: Any]])?.map { $0["verdict"] as? String } == [verdict])
        #expect(run.status == (verdict == "pass" ? 0 : 1))
    }

    /// In a batch a file must name its agency: nothing else says whose it is.
    @Test func aBatchFileWithoutAgencyIsReported() throws {
        let run = try ita("batch", Self.fixture("complete/no-agency.csv"), Self.fixture("complete/plan-only.csv"), "--format", "json")
        #expect(run.status == 0, "warnings only")
        let submissions = try #require(try jsonObject(run.stdout)["submissions"] as? [[String: Any]])
        #expect(submissions.map { ($0["findings"] as? [[String: Any]] ?? []).map { $0["code"] as? String ?? "" } }
                == [[], ["agency-undetermined"]], "the named agency first; the unnamed file alone, reported")
        // On one command line the unnamed file is taken as the other file's agency: no finding.
        let validate = try jsonObject(try ita("validate", Self.fixture("complete/no-agency.csv"), "--format", "json").stdout)
        #expect(Self.findings(validate).isEmpty)
    }

    /// The form `ita template` hands out, submitted as it is.
    @Test(arguments: ["plan", "results"])
    func theTemplateAsHandedOutIsABlankForm(kind: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let form = dir.appendingPathComponent("form.xlsx").path
        #expect(try ita("template", "-o", form, "--kind", kind).status == 0)
        let run = try ita("validate", form, "--format", "json")
        let analysis = kind == "plan" ? ["form.xlsx missing-analysis"] : []
        #expect(Self.findings(try jsonObject(run.stdout)) == analysis + ["form.xlsx blank-form"])
        #expect(run.status == 1)
        let text = try ita("validate", form)
        #expect(text.stdout.contains("ยังไม่ได้กรอก"))
    }

    @Test func exportOfTwoAgenciesIsRefused() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.xlsx").path
        let run = try ita("export", Self.fixture("cross/plan.xlsx"), Self.fixture("export/other-agency-plan.csv"), "-o", out)
        #expect(run.status == 2)
        #expect(run.stderr.contains("ita batch") && run.stderr.contains("หลายหน่วยงาน"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        // One agency's plan and results in two files export together.
        #expect(try ita("export", Self.fixture("cross/plan.xlsx"), Self.fixture("cross/results.csv"), "-o", out).status == 1)
    }

    /// A reviewer's folder: three agencies in CSV, XLSX, text and ZIP, one with only its results,
    /// and a broken or hostile file of each kind (cut XLSX, binary data named .csv, empty text, zip bomb).
    static let expectedVerdicts: [(agency: String, verdict: String, thai: String)] = [
        ("เทศบาลตำบลหนองบัว", "needs-fix", "ต้องแก้ไข"),
        ("องค์การบริหารส่วนตำบลกุดจอก", "pass", "ผ่าน"),
        ("องค์การบริหารส่วนตำบลหนองแวง", "incomplete", "ไม่สมบูรณ์"),
        ("องค์การบริหารส่วนตำบลโนนสูง", "pass", "ผ่าน"),
        ("binary.csv", "unreadable", "อ่านไม่ได้"),
        ("bomb.csv", "unreadable", "อ่านไม่ได้"),
        ("broken.xlsx", "unreadable", "อ่านไม่ได้"),
        ("empty.txt", "unreadable", "อ่านไม่ได้"),
    ]

    @Test func batchOfAFolderWritesTheReviewWorkbook() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let review = dir.appendingPathComponent("review.xlsx")
        let summary = dir.appendingPathComponent("summary.json").path
        let run = try WorkbookChecks.ita(["batch", Self.fixture("batch"), "-o", review.path, "--expect", "both",
                                          "--format", "json", "--summary", summary, "--out-dir", dir.appendingPathComponent("agencies").path])
        #expect(run.status == 2, "an unreadable file makes the batch exit 2: \(run.stderr)")
        #expect(run.stderr.contains("notes.png"), "the skipped file is named")

        // The JSON summary: one entry per submission, sorted by province, district, agency.
        let json = try jsonObject(try String(contentsOfFile: summary, encoding: .utf8))
        let submissions = try #require(json["submissions"] as? [[String: Any]])
        let agencies = submissions.map { ($0["agency"] as? String) ?? (($0["files"] as? [[String: Any]])?.first?["path"] as? String)?
            .split(separator: "/").last.map(String.init) ?? "" }
        #expect(agencies == Self.expectedVerdicts.map(\.agency))
        #expect(submissions.map { $0["verdict"] as? String ?? "" } == Self.expectedVerdicts.map(\.verdict))
        let bomb = submissions.first { ($0["files"] as? [[String: Any]])?.first?["path"] as? String == Self.fixture("batch") + "/bomb.zip/bomb.csv" }
        #expect((bomb?["findings"] as? [[String: Any]])?.first?["code"] as? String == "limit-exceeded")

        // The workbook, read by openpyxl: a summary row per submission, the verdict in words, links that resolve.
        let sheets = try WorkbookChecks.sheets(review)
        #expect(sheets.map { $0["name"] as? String } == ["สรุปการตรวจ", "ภาพรวม", "ข้อค้นพบ", "ไฟล์"])
        let placements = WorkbookChecks.cells(sheets[3]).filter { $0.key.hasPrefix("D") }.compactMap { $0.value["value"] as? String }
        #expect(placements.contains { $0.contains("ชื่อหน่วยงาน «อบต.กุดจอก» ในหัวเอกสาร") }, "why each file went where")
        let summaryCells = WorkbookChecks.cells(sheets[0])
        let detailCells = ["ข้อค้นพบ": WorkbookChecks.cells(sheets[2]), "ไฟล์": WorkbookChecks.cells(sheets[3])]
        for (i, expected) in Self.expectedVerdicts.enumerated() {
            let row = 4 + i
            #expect(summaryCells["A\(row)"]?["value"] as? String == expected.agency)
            #expect(summaryCells["N\(row)"]?["value"] as? String == expected.thai)
        }
        #expect(summaryCells["A\(4 + Self.expectedVerdicts.count)"] == nil, "one row per submission")
        var links = 0
        for (address, cell) in summaryCells {
            guard let link = cell["link"] as? String else { continue }
            links += 1
            let parts = link.split(separator: "!").map(String.init)
            let sheet = parts[0].trimmingCharacters(in: CharacterSet(charactersIn: "'")), target = parts[1]
            #expect(detailCells[sheet]?[target]?["value"] as? String == cell["value"] as? String, "\(address) → \(link)")
            #expect(sheet == (["A5", "A7"].contains(address) ? "ไฟล์" : "ข้อค้นพบ"), "findings first, else the files: \(address) → \(link)")
        }
        #expect(links == Self.expectedVerdicts.count, "every row links to its details")
        #expect(sheets[2]["autofilter"] as? String != nil)
        let parts = try WorkbookChecks.parts(review)
        #expect(parts.keys.filter { $0.hasPrefix("xl/charts/chart") }.count == 2, "a chart of verdicts and one of statuses")

        // --out-dir: each agency's own export workbook, and the findings' places link to their exported cells there.
        let exported = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("agencies").path).sorted()
        #expect(exported.count == 4)
        let resolve = try WorkbookChecks.execute(WorkbookChecks.env, ["python3", "-c", Self.externalLinks, review.path])
        #expect(resolve.status == 0, "\(resolve.stderr)")
        #expect(resolve.stdout.split(separator: "\n").map(String.init) == ["agencies/เทศบาลตำบลหนองบัว-2564.xlsx 'แผนมาตรการ'!B6 = เปิดช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ"])
    }

    /// Every link from the findings sheet to another workbook, opened with openpyxl: "file place = value".
    static let externalLinks = """
    import os, sys, openpyxl
    review = sys.argv[1]
    for row in openpyxl.load_workbook(review)["ข้อค้นพบ"].iter_rows(min_row=4):
        for cell in row:
            link = cell.hyperlink
            if link is None or not link.target:
                continue
            path = link.target.replace("\\\\", "/")
            sheet, ref = link.location.rsplit("!", 1)
            target = openpyxl.load_workbook(os.path.join(os.path.dirname(review), path))[sheet.strip("'")][ref]
            print(path, link.location, "=", target.value)
    """

    @Test func batchOrderDoesNotDependOnTheJobs() throws {
        let one = try ita("batch", Self.fixture("batch"), "--format", "json", "--jobs", "1")
        let four = try ita("batch", Self.fixture("batch"), "--format", "json", "--jobs", "4")
        #expect(!one.stdout.isEmpty && one.stdout == four.stdout)
    }

    @Test func batchCSVSummaryHasARowPerSubmission() throws {
        let run = try ita("batch", Self.fixture("batch"), "--format", "csv")
        let lines = run.stdout.split(whereSeparator: \.isNewline)
        #expect(lines.first?.hasPrefix("หน่วยงาน,อำเภอ,จังหวัด,ปีงบประมาณ") == true)
        #expect(lines.count == 1 + Self.expectedVerdicts.count)
    }
}
