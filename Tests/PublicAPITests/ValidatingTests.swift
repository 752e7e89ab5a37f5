import ITA
import Sheets
import Testing

/// Validating through the `ITA` product as a client does: no `@testable`, public API only.
@Suite struct ValidatingTests {
    /// The sample report: its plan and results tables, its fiscal year, and the one finding
    /// `ita validate` reports for it (a measure carried out after its period, explained).
    @Test func validatesTheSampleReport() throws {
        let pipeline = Pipeline()
        let workbook = try SpreadsheetReader.read(path: sample("kudjok-2564-report.txt"))
        let document = pipeline.document(from: workbook)
        #expect(document.tables.map(\.kind) == [.plan, .results])
        #expect(document.fiscalYear == 2564)
        #expect(document.agency == "องค์การบริหารส่วนตำบลกุดจอก")
        #expect(document.plan?.measures.count == document.results?.measures.count)

        let findings = Validator(template: pipeline.template(for: document)).validate(document)
        #expect(findings.map(\.code) == [.resultOutsidePeriod])
        #expect(findings.first?.severity == .info)
        #expect(findings.first?.place?.address.a1 == "E50")
        #expect(findings.first?.message.text(.th).isEmpty == false)
    }

    /// The years a user gives choose the template as `ita validate` and `ita serve` do: the ITA
    /// year's, else the fiscal year's, else 2564's; only without an ITA year does each document
    /// follow the template of the year it was written for.
    @Test(arguments: [(2566, 2567, 2566, false), (nil, 2565, 2565, true), (2568, nil, 2568, false), (nil, nil, 2564, true)] as [(Int?, Int?, Int, Bool)])
    func yearsChooseTheTemplate(itaYear: Int?, fiscalYear: Int?, templateYear: Int, follows: Bool) {
        let pipeline = Pipeline(itaYear: itaYear, fiscalYear: fiscalYear)
        #expect(pipeline.template.itaYear == templateYear)
        #expect(pipeline.templateFollowsDocument == follows)
        #expect(pipeline.fiscalYear == fiscalYear)
    }

    /// A plan and its results in two files form one submission, checked across the files; the
    /// report's JSON is the versioned contract and the exit code says "no errors".
    @Test func validatesAPlanAndItsResultsAcrossFiles() throws {
        let files = [sample("kudjok-2564-plan.csv"), sample("kudjok-2564-results.csv")]
        let pipeline = Pipeline()
        let submissions = pipeline.run(files.map(Pipeline.Input.file))
        #expect(submissions.count == 1)
        let submission = try #require(submissions.first)
        #expect(submission.fiscalYear == 2564)
        #expect(submission.planFile != nil && submission.resultsFile != nil && submission.planFile != submission.resultsFile)
        #expect(!submission.matches.isEmpty)
        #expect(submission.verdict == .pass)

        let report = ValidationReport(submissions: submissions, order: files, templateYear: pipeline.template.itaYear)
        #expect(report.exitCode == 0)
        #expect(report.json().contains("\"schemaVersion\": \"\(ReportContract.schemaVersion)\""))
        #expect(report.text(language: .en, color: false).contains("kudjok-2564-results.csv"))
    }

    /// An unreadable input is an outcome with its finding, not a thrown error.
    @Test func anUnreadableFileIsAFinding() {
        let outcome = Pipeline().read(.bytes(path: "scan.pdf", Array("%PDF-1.4\n%%EOF\n".utf8)))
        #expect(outcome.document == nil)
        #expect(outcome.readError != nil)
        #expect(outcome.findings.map(\.severity) == [.error])
    }

    /// A workbook built in memory goes through the same stages as one read from a file.
    @Test func validatesAWorkbookBuiltInMemory() {
        let sheet = Sheet(name: "Sheet1", rows: [Row(index: 1, cells: [Cell(CellAddress(row: 1, column: 1), .string("บันทึกข้อความ"))])])
        let workbook = Workbook(path: "memo.csv", format: .csv, sheets: [sheet])
        let pipeline = Pipeline(template: .forYear(2567))
        let document = pipeline.document(from: workbook)
        #expect(document.tables.isEmpty)
        #expect(Validator(template: pipeline.template).validate(document).map(\.code).contains(.noTableFound))
    }

    /// The catalog is public: every code has its texts in both languages and a fix.
    @Test(arguments: FindingCode.allCodes)
    func catalogEntry(code: FindingCode) {
        let entry = code.entry
        #expect(!entry.message.th.isEmpty && !entry.message.en.isEmpty)
        #expect(!entry.fix.th.isEmpty && !entry.fix.en.isEmpty)
    }
}
