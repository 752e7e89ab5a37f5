import Foundation
import Testing

/// The real `ita` binary on the seed report and on bad input.
@Suite struct ValidateCommandTests {
    let seed = sample("kudjok-2564-report.txt")

    @Test func seedValidatesWithExitZeroAndItsOneLateMeasureInThai() throws {
        let run = try ita("validate", seed)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("result-outside-period"))
        #expect(run.stdout.contains("'kudjok-2564-report'!E50"))
        #expect(run.stdout.contains("ดำเนินการเมื่อ «1 เมษายน 2564» นอกระยะเวลาที่กำหนด «ม.ค.- มี.ค. ๖๔»"))
        #expect(run.stdout.contains("COVID-๑๙"))
        #expect(run.stdout.contains("สรุป: 1 ไฟล์ · ข้อผิดพลาด 0 · คำเตือน 0 · ข้อสังเกต 1 — ผ่าน"))
        #expect(!run.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func seedReportInJSONFollowsTheContract() throws {
        let run = try ita("validate", seed, "--format", "json")
        #expect(run.status == 0)
        let report = try jsonObject(run.stdout)
        #expect(report["valid"] as? Bool == true)
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary == ["files": 1, "errors": 0, "warnings": 0, "info": 1])
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        #expect(file["format"] as? String == "tsv")
        let tables = try #require(file["tables"] as? [[String: Any]])
        #expect(tables.map { $0["kind"] as? String } == ["plan", "results"])
        #expect(tables.map { $0["measures"] as? Int } == [8, 8])
        #expect(tables[0]["headerRows"] as? [Int] == [23, 31])
        #expect(tables[1]["columns"] as? [String: String] == ["measure": "A", "steps": "B", "responsible": "C", "period": "D", "result": "E", "recommendation": "F"])
        let finding = try #require((file["findings"] as? [[String: Any]])?.first)
        #expect(finding["code"] as? String == "result-outside-period")
        #expect(finding["severity"] as? String == "info")
        #expect(finding["cell"] as? String == "E50")
        #expect(finding["row"] as? Int == 50)
        #expect(finding["column"] as? String == "E")
        #expect(finding["field"] as? String == "result")
        #expect((finding["message"] as? [String: String])?["en"]?.contains("outside the planned period") == true)
        #expect((finding["related"] as? [[String: String]])?.contains { $0["cell"] == "D25" } == true)
    }

    @Test func englishOnRequest() throws {
        let run = try ita("validate", seed, "--lang", "en")
        #expect(run.status == 0)
        #expect(run.stdout.contains("Carried out on «1 เมษายน 2564», outside the planned period"))
        #expect(run.stdout.contains("Summary: 1 file(s) · 0 errors · 0 warnings · 1 info — valid"))
    }

    @Test func unusableInputExitsTwoAndSaysWhy() throws {
        let dir = try temporaryDirectory()
        let empty = dir.appendingPathComponent("empty.csv")
        try Data().write(to: empty)
        let run = try ita("validate", empty.path, dir.appendingPathComponent("missing.xlsx").path)
        #expect(run.status == 2)
        #expect(run.stdout.contains("เปิดไฟล์ไม่ได้"))
        #expect(run.stdout.contains("empty.csv"))
        #expect(run.stdout.contains("missing.xlsx"))
    }

    @Test func errorsFoundExitOne() throws {
        let dir = try temporaryDirectory()
        let plan = dir.appendingPathComponent("plan.csv")
        try Data("มาตรการ,ขั้นตอนและวิธีการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,การกำกับติดตาม\n(1) เผยแพร่ข้อมูล,,สำนักปลัด,ม.ค.-มี.ค. 64,รายงานผล\n".utf8).write(to: plan)
        let run = try ita("validate", plan.path)
        #expect(run.status == 1)
        #expect(run.stdout.contains("plan!B2"))
        #expect(run.stdout.contains("ช่อง «ขั้นตอนและวิธีการ» ว่าง"))
    }

    @Test func templatesFromTheBundleForEveryYear() throws {
        for year in 2563...2569 {
            let run = try ita("validate", seed, "--ita-year", String(year), "--fiscal-year", "2564")
            #expect(run.status == 0, "ITA \(year): \(run.stderr)")
        }
    }

    @Test func aUsersTemplateFileIsReadOrRefusedWithItsNameAndProblem() throws {
        let dir = try temporaryDirectory()
        let missing = try ita("validate", seed, "--template", dir.appendingPathComponent("nope.json").path)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.json") && missing.stderr.contains("no such file"))
        let bad = dir.appendingPathComponent("bad.json")
        try Data(#"{"itaYear":2564,"planItem":"O42","resultsItem":"O43","columns":[{"field":"measure"}]}"#.utf8).write(to: bad)
        let refused = try ita("validate", seed, "--template", bad.path)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("bad.json: columns[0].headers is missing"), "\(refused.stderr)")
        // A copy of a shipped template works like the year's own.
        let own = dir.appendingPathComponent("own.json")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Sources/ITA/Resources/templates/ita-2564.json"), to: own)
        let accepted = try ita("validate", seed, "--template", own.path)
        #expect(accepted.status == 0, "\(accepted.stderr)")
    }

    @Test func fixturesThroughTheBinary() throws {
        let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/validation")
        let run = try ita("validate", fixtures.appendingPathComponent("plan-across-two-sheets.xlsx").path,
                          fixtures.appendingPathComponent("plan-windows-874.csv").path, "--format", "json")
        #expect(run.status == 1)
        let report = try jsonObject(run.stdout)
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.map { $0["encoding"] as? String } == [nil, "cp874"])
        let table = try #require((files[0]["tables"] as? [[String: Any]])?.first)
        #expect(table["continuedOn"] as? [[String: String]] == [["sheet": "หน้า2", "range": "A1:F3"]])
        let cells = (files[0]["findings"] as? [[String: Any]] ?? []).map { "\($0["sheet"] ?? "")!\($0["cell"] ?? "")" }
        #expect(cells == ["หน้า2!A3", "หน้า2!C3"])
        let text = try ita("validate", fixtures.appendingPathComponent("plan-across-two-sheets.xlsx").path)
        #expect(text.stdout.contains("แผนมาตรการ  หน้า1!A4:F7 + หน้า2!A1:F3  5 มาตรการ"))
    }

    @Test func badArgumentsExitTwo() throws {
        #expect(try ita("validate", seed, "--fiscal-year", "64").status != 0)
        #expect(try ita("validate").status != 0)
    }
}

/// `ita parse` on the seed: the domain model.
@Suite struct ParseCommandTests {
    @Test func seedModelInJSON() throws {
        let run = try ita("parse", sample("kudjok-2564-report.txt"), "--format", "json")
        #expect(run.status == 0, "\(run.stderr)")
        let root = try jsonObject(run.stdout)
        let file = try #require((root["files"] as? [[String: Any]])?.first)
        #expect(file["fiscalYear"] as? Int == 2564)
        let tables = try #require(file["tables"] as? [[String: Any]])
        #expect(tables.count == 2)
        let planMeasures = try #require(tables[0]["measures"] as? [[String: Any]])
        let resultMeasures = try #require(tables[1]["measures"] as? [[String: Any]])
        #expect(planMeasures.count == 8 && resultMeasures.count == 8)
        for measure in planMeasures + resultMeasures {
            let period = try #require(measure["period"] as? [String: Any])
            #expect(period["start"] as? String == "2021-01")
            #expect(period["end"] as? String == "2021-03")
            #expect(period["fiscalYear"] as? Int == 2564)
        }
        #expect(planMeasures[0]["period"].flatMap { ($0 as? [String: Any])?["text"] as? String } == "ม.ค.-มี.ค.๖๔")
        let units = try #require(planMeasures[7]["responsible"] as? [[String: Any]])
        #expect(units.count == 5)
        #expect(units.compactMap { $0["name"] as? String }.count == 5)
        let matches = try #require(file["matches"] as? [[String: Any]])
        let pairs = matches.map { "\($0["plan"] as? Int ?? 0)→\($0["result"] as? Int ?? 0)" }
        #expect(pairs == ["1→1", "2→7", "3→8", "4→2", "5→4", "6→5", "7→3", "8→6"])
        #expect(resultMeasures[6]["outcomeDates"] as? [String] == ["2021-04-01"])
        #expect(resultMeasures[6]["status"] as? String == "done")
    }

    @Test func readsStandardInput() throws {
        let text = try Data(contentsOf: URL(fileURLWithPath: sample("kudjok-2564-plan.csv")))
        let run = try execute(itaBinary, ["parse", "-", "--format", "text"], stdin: text)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("(8) มีการมอบหมายงาน"))
    }
}
