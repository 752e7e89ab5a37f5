import Foundation
import Testing
import Sheets
import ThaiText
@testable import ITA

/// The realistic documents of Tests/Fixtures/validation (written by scripts/make-validation-fixtures),
/// each with every finding it must produce, at its cell: `code@Sheet!Cell`, or `code` for a file or table.
@Suite struct FixtureValidationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var expected: [String]
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "plan-reordered-columns.csv", expected: ["extra-column@plan-reordered-columns!H5"]),
        Case(file: "plan-thai-digits-damaged-headers.csv", expected: [
            "header-synonym@plan-thai-digits-damaged-header!D5", "header-synonym@plan-thai-digits-damaged-header!E5"]),
        Case(file: "plan-windows-874.csv", expected: ["legacy-encoding"]),
        Case(file: "plan-missing-columns.csv", expected: [
            "missing-column", "missing-column",
            "blank-cell@plan-missing-columns!B5", "blank-cell@plan-missing-columns!C6"]),
        Case(file: "plan-broken.csv", expected: [
            "period-outside-fiscal-year@plan-broken!E5", "implausible-year@plan-broken!E6", "numbering-duplicate@plan-broken!A7",
            "unknown-unit@plan-broken!D7", "numbering-gap@plan-broken!A8", "duplicate-measure@plan-broken!B8",
            "unparseable-period@plan-broken!E8", "blank-cell@plan-broken!C9", "blank-cell@plan-broken!D9",
            "period-outside-fiscal-year@plan-broken!E9"]),
        Case(file: "report-prose-between-tables.txt", expected: [
            "measure-without-result@report-prose-between-tables!A10", "result-outside-period@report-prose-between-tables!D16",
            "result-after-report-date@report-prose-between-tables!D16", "result-without-measure@report-prose-between-tables!A17"]),
        Case(file: "plan-implausible-title-year.csv", expected: ["implausible-year@plan-implausible-title-year!A1"]),
        Case(file: "plan-code-and-duplicate-column.csv", expected: ["missing-analysis", "duplicate-column@plan-code-and-duplicate-column!E3"]),
        Case(file: "results-status-column.csv", expected: ["blank-cell@results-status-column!C7", "result-outside-period@results-status-column!C8"]),
        Case(file: "plan-merged-title-block.xlsx", expected: ["blank-cell@แผนมาตรการ!C13"]),
        Case(file: "plan-and-results-two-sheets.xlsx", expected: [
            "measure-without-result@แผน!A8", "result-outside-period@ผลการดำเนินการ!D5", "result-outside-period@ผลการดำเนินการ!D6",
            "result-after-report-date@ผลการดำเนินการ!D6", "result-without-measure@ผลการดำเนินการ!A7"]),
        Case(file: "plan-two-row-header.xlsx", expected: ["blank-cell@แผนปฏิบัติการ!P8"]),
        Case(file: "plan-across-two-sheets.xlsx", expected: ["numbering-gap@หน้า2!A3", "blank-cell@หน้า2!C3"]),
        Case(file: "results-status-subcolumns.xlsx", expected: ["result-outside-period@ผล!D7"]),
        Case(file: "hostile-bzip2.xlsx", expected: ["unsupported-format"]),
    ]

    static func label(_ f: Finding) -> String {
        f.place.map { "\(f.code)@\($0.sheet)!\($0.address.a1)" } ?? f.code.rawValue
    }

    static func outcome(_ file: String) -> Pipeline.Outcome { run(fixture("validation/\(file)")) }

    @Test(arguments: cases)
    func reportsExactlyTheExpectedFindings(_ c: Case) {
        let outcome = Self.outcome(c.file)
        #expect(outcome.findings.map(Self.label).sorted() == c.expected.sorted())
    }

    @Test(arguments: cases)
    func everyFindingAboutACellNamesIt(_ c: Case) {
        let tableLevel: Set<FindingCode> = [.missingColumn, .missingAnalysis, .fiscalYearUndetermined, .noTableFound, .legacyEncoding, .unsupportedFormat]
        for finding in Self.outcome(c.file).findings where !tableLevel.contains(finding.code) {
            #expect(finding.place != nil, "\(finding.code)")
        }
    }

    @Test func severities() {
        let missing = Self.outcome("plan-missing-columns.csv").findings.filter { $0.code == .missingColumn }
        #expect(missing.map { "\($0.field!.rawValue):\($0.severity.rawValue)" }.sorted() == ["monitoring:error", "period:warning"])
        let late = Self.outcome("plan-and-results-two-sheets.xlsx").findings.filter { $0.code == .resultOutsidePeriod }
        #expect(late.map(\.severity) == [.info, .warning], "explained by ข้อเสนอแนะ → info; not explained → warning")
        #expect(Self.outcome("plan-windows-874.csv").findings.first?.severity == .info)
    }

    @Test func windows874IsDecodedAndSaid() throws {
        let document = try #require(Self.outcome("plan-windows-874.csv").document)
        #expect(document.workbook.encoding == .windows874)
        #expect(document.plan?.measures.map(\.title) == ["เผยแพร่ข้อมูลสาธารณะ", "ป้องกันการรับสินบน"])
    }

    @Test func mergedCellsTitleBlockSectionsAndHiddenSheet() throws {
        let document = try #require(Self.outcome("plan-merged-title-block.xlsx").document)
        #expect(document.tables.count == 1, "the hidden list sheet is not a table")
        let plan = try #require(document.plan)
        #expect(plan.located.sheet == "แผนมาตรการ")
        #expect(plan.measures.map(\.number) == [1, 2, 3, 4, 5], "section rows are neither measures nor the end of the table")
        #expect(document.agency == "เทศบาลเมืองศรีสะเกษ")
        #expect(document.fiscalYear == 2566)
        // The monitoring cell merged over F7:F9 applies to rows 8 and 9, carried from F7.
        for measure in plan.measures[1...2] {
            #expect(measure.monitoring == "รายงานนายกเทศมนตรีทุกไตรมาส")
            #expect(measure.cells[.monitoring]?.carriedFrom?.address.a1 == "F7")
        }
        // Measure 4 is merged over two rows; its steps continue on the second.
        #expect(plan.measures[3].steps == ["จัดทำโครงการ", "จัดอบรมพนักงานทุกคน"])
        #expect(plan.measures[3].monitoring == "รายงานผลในที่ประชุม")
    }

    @Test func twoRowHeaderWithMonthTicks() throws {
        let plan = try #require(Self.outcome("plan-two-row-header.xlsx").document?.plan)
        #expect(plan.located.headerRows == [4, 5])
        #expect(plan.measures.map { $0.period.map { "\($0.start.iso)…\($0.end.iso)" } ?? "-" } == [
            "2023-10…2024-09", "2024-01…2024-03", "2023-10…2023-10"])
        #expect(plan.measures[1].cells[.period]?.source.address.a1 == "G7", "the first ticked month")
    }

    @Test func oneTableAcrossTwoSheets() throws {
        let document = try #require(Self.outcome("plan-across-two-sheets.xlsx").document)
        #expect(document.tables.count == 1)
        let plan = try #require(document.plan)
        #expect(plan.measures.map(\.number) == [1, 2, 3, 4, 6])
        #expect(plan.located.continuedOn == [SheetRange(sheet: "หน้า2", range: CellRange(a1: "A1:F3")!)])
        #expect(plan.measures[3].source(.measure)?.description == "หน้า2!B2")
    }

    @Test func statusFromAColumnAndFromTickedSubColumns() throws {
        let column = try #require(Self.outcome("results-status-column.csv").document?.results)
        #expect(column.measures.map(\.status) == [.done, .inProgress, .notStarted, .done])
        let ticks = try #require(Self.outcome("results-status-subcolumns.xlsx").document?.results)
        #expect(ticks.located.headerRows == [3, 4])
        #expect(ticks.measures.map(\.status) == [.done, .notStarted, .done])
        // A date cell in the result column is read as the date of the action.
        #expect(ticks.measures[0].outcomeDates.map(\.iso) == ["2022-10-03"])
        #expect(ticks.measures[0].cells[.result]?.typedDate == .day(ThaiDate(year: 2022, month: 10, day: 3)), "read from the value")
    }

    @Test func codeColumnIsNeverTheMeasure() throws {
        let plan = try #require(Self.outcome("plan-code-and-duplicate-column.csv").document?.plan)
        #expect(plan.located.columns[.code] == 1)
        #expect(plan.located.columns[.measure] == 2)
        #expect(plan.measures.map(\.title) == ["เผยแพร่ข้อมูลสาธารณะ", "ป้องกันผลประโยชน์ทับซ้อน"])
    }

    @Test func reorderedColumnsAndOtherWordings() throws {
        let document = try #require(Self.outcome("plan-reordered-columns.csv").document)
        let plan = try #require(document.plan)
        #expect(plan.located.columns[.responsible] == 3 && plan.located.columns[.steps] == 4)
        #expect(plan.measures.map(\.number) == [1, 2, 3])
        #expect(plan.measures[1].period?.start == YearMonth(year: 2022, month: 1), "ไตรมาส 2 of FY 2565")
        #expect(plan.measures[2].responsible.compactMap(\.canonical).count == 2)
    }

    /// Decision: only a signing phrase with a full date, or a lone date after the tables, is the report's date.
    @Test func reportDateComesFromTheSignatureNotThePreface() throws {
        #expect(Self.outcome("report-prose-between-tables.txt").document?.reportDate?.iso == "2022-04-10")
        #expect(Self.outcome("plan-and-results-two-sheets.xlsx").document?.reportDate?.iso == "2021-06-30")
        // The seed's preface is signed "มีนาคม ๒๕๖๔" before the tables: the preface's date, not the report's.
        #expect(run(sample("kudjok-2564-report.txt")).document?.reportDate == nil)
    }

    @Test(arguments: [
        ("ประกาศ ณ วันที่ 30 กันยายน 2564", "2021-09-30"),
        ("ข้อมูล ณ วันที่ ๑๕ มีนาคม ๒๕๖๔", "2021-03-15"),
        ("วันที่ 30 เดือน กันยายน พ.ศ. 2564", "2021-09-30"),
        ("กันยายน ๒๕๖๔", "2021-09-30"),
    ])
    func reportDateForms(line: String, iso: String) throws {
        let text = "มาตรการ,ผลการดำเนินการ,ผู้รับผิดชอบ\n(1) เผยแพร่ข้อมูล,ทำแล้ว,สำนักปลัด\n\n\(line)\n"
        let outcome = try run(text: text, name: "signed.csv")
        #expect(outcome.document?.reportDate?.iso == iso)
    }

    /// Every code of the catalog is produced by at least one fixture, table case or hostile input.
    @Test func everyCatalogCodeIsProduced() throws {
        var produced = Set<FindingCode>()
        for c in Self.cases { produced.formUnion(Self.outcome(c.file).findings.map(\.code)) }
        for c in ValidatorTests.cases { produced.formUnion(try run(text: c.csv, name: "case.csv").findings.map(\.code)) }
        produced.formUnion(try Self.hostileOutcomes().flatMap(\.findings).map(\.code))
        // Codes about a submission: each of Tests/Fixtures/submissions/complete on its own.
        for (files, expect) in [(["results-only.csv"], Expectation.both), (["plan-only.csv"], .results),
                                (["duplicate/plan-v1.csv", "duplicate/plan-v2.xlsx"], .none),
                                (["year-mismatch/plan.csv", "year-mismatch/results.csv"], .none),
                                (["no-agency.csv"], .none), (["example-only.csv"], .none)] {
            // As `ita batch` groups them: a file naming no agency is reported there.
            let submissions = Pipeline().run(files.map { .file(fixture("submissions/complete/" + $0)) }, expect: expect, unnamedJoinOthers: false)
            produced.formUnion(submissions.flatMap(\.findings).map(\.code))
        }
        let missing = Set(FindingCode.allCodes).subtracting(produced)
        #expect(missing.isEmpty, "never produced: \(missing.sorted())")
    }

    /// Small unreadable inputs, each refused with its own code.
    static func hostileOutcomes() throws -> [Pipeline.Outcome] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ita-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func file(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = dir.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        // "มาตรการ" in Windows-874 bytes, read as UTF-8 by request.
        let cp874 = try file("plan.csv", [0xC1, 0xD2, 0xB5, 0xC3, 0xA1, 0xD2, 0xC3, 0x2C, 0x41, 0x0A])
        let big = try file("big.csv", Array("a,b,c\nd,e,f\ng,h,i\n".utf8))
        var tight = ReadLimits()
        tight.maxGridCells = 4
        return [
            Pipeline().run(path: dir.appendingPathComponent("missing.xlsx").path),
            // A real password-protected workbook (msoffcrypto-tool; scripts/make-identify-fixtures).
            Pipeline().run(path: fixture("identify/password.xlsx")),
            Pipeline(readOptions: ReadOptions(encoding: .utf8)).run(path: cp874),
            Pipeline(readOptions: ReadOptions(limits: tight)).run(path: big),
        ]
    }

    @Test func hostileInputsGiveTheirCodes() throws {
        let codes = try Self.hostileOutcomes().map { $0.findings.map(\.code.rawValue) }
        #expect(codes[0] == ["unreadable-file"])
        #expect(codes[1] == ["encrypted-workbook"])
        #expect(codes[2].contains("invalid-text-encoding"))
        #expect(codes[3] == ["limit-exceeded"])
    }
}

/// The templates shipped as resources, and users' own.
@Suite struct TemplateTests {
    @Test(arguments: Array(2563...2569))
    func everyYearLoadsFromTheBundle(year: Int) throws {
        let template = try #require(Template.bundled[year], "ita-\(year).json in the resource bundle")
        #expect(template.itaYear == year)
        #expect(template.required(in: .plan) == [.measure, .steps, .responsible, .monitoring])
        #expect(template.recommended(in: .plan) == [.period])
        #expect(template.required(in: .results) == [.measure, .result])
        #expect(template.note?.isEmpty == false)
        let codes = year >= 2568 ? ("O25", "O26") : ("O42", "O43")
        #expect((template.planItem, template.resultsItem) == codes)
    }

    @Test func yearsOutsideTheShippedOnesTakeTheNearest() {
        #expect(Template.forYear(2570).planItem == "O25")
        #expect(Template.forYear(2562).planItem == "O42")
        #expect(Template.forYear(nil).itaYear == 2564)
        #expect(Template.forYear(2569).documentFiscalYear(.results) == 2568)
    }

    @Test(arguments: [
        ("{", "not valid JSON"),
        (#"{"itaYear":2564}"#, "planItem is missing"),
        (#"{"itaYear":2564,"planItem":"O42","resultsItem":"O43","columns":[{"field":"foo","headers":["x"]}]}"#, "columns[0].field"),
        (#"{"itaYear":2564,"planItem":"O42","resultsItem":"O43","columns":[{"field":"steps","headers":["ขั้นตอน"]}]}"#, "no column with field \"measure\""),
        (#"{"itaYear":2564,"planItem":"O42","resultsItem":"O43","columns":[{"field":"measure","headers":[" "],"requiredIn":["plan"]}]}"#, "non-blank header"),
    ])
    func badTemplatesSayWhatIsWrong(json: String, problem: String) {
        #expect {
            _ = try Template.decode(Data(json.utf8), name: "mine.json")
        } throws: { error in
            let description = (error as? TemplateError)?.description ?? ""
            return description.hasPrefix("template mine.json: ") && description.contains(problem)
        }
    }

    @Test func aUsersTemplateAddsAWording() throws {
        var template = Template.forYear(2564)
        template.columns[template.columns.firstIndex { $0.field == .responsible }!].headers.append("ผู้ดูแลมาตรการ")
        let text = "มาตรการ,ขั้นตอนและวิธีการ,ผู้ดูแลมาตรการ,การกำกับติดตาม,ระยะเวลาดำเนินการ\n(1) เผยแพร่ข้อมูล,ปรับปรุงเว็บไซต์,สำนักปลัด,รายงานผล,ม.ค.-มี.ค. 64\n"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ita-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = Pipeline(template: template).run(path: url.path)
        #expect(outcome.document?.plan?.located.columns[.responsible] == 3)
        #expect(!outcome.findings.contains { $0.code == .missingColumn || $0.code == .extraColumn })
    }
}
