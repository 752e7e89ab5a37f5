import ArgumentParser
import Foundation
import ITA
import Sheets

enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv
}

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check many agencies' submissions at once (folders, ZIP archives, files) and write one review workbook.",
        discussion: """
        Files are grouped into submissions (one agency, one fiscal year) by what the documents say; \
        a plan and its results report are checked against each other across files.
        Example: ita batch ส่งแล้ว/ อำเภอเมือง.zip -o ผลการตรวจ.xlsx --expect both
        Exit status: 0 no errors (warnings allowed), 1 errors found, 2 an input could not be used.
        """)

    @OptionGroup var document: DocumentOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The review workbook to write (.xlsx).", valueName: "review.xlsx"))
    var output: String?

    @Option(help: "Files read at the same time (default: every processor core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Also write each submission's own results workbook (as `ita export` does) into this folder.", valueName: "folder"))
    var outDir: String?

    @Option(help: "Also write the summary for scripts: json or csv.")
    var format: SummaryFormat?

    @Option(help: ArgumentHelp("Where --format writes the summary; - for standard output.", valueName: "file"))
    var summary: String = "-"

    @Option(help: "Documents every agency must submit: none, plan, results or both (missing ones are reported).")
    var expect: Expectation = .none

    func validate() throws {
        guard output != nil || format != nil else {
            throw ValidationError("Say where the results go: -o review.xlsx, --format json|csv, or both.")
        }
        if let output, !output.lowercased().hasSuffix(".xlsx") {
            throw ValidationError("-o must name an .xlsx file (got \(output)).")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs takes a number of 1 or more (got \(jobs)).") }
    }

    func run() throws {
        let pipeline = document.pipeline
        let walk = BatchInputs.walk(document.files, limits: pipeline.readOptions.limits)
        if !walk.skipped.isEmpty {
            Console.error("ita: ข้าม \(walk.skipped.count) ไฟล์ที่ไม่ใช่เอกสาร (เช่น \(walk.skipped[0]))")
        }
        guard !walk.inputs.isEmpty else {
            Console.error("ita: ไม่พบไฟล์เอกสารใน \(document.files.joined(separator: ", ")) (รองรับ .xlsx .csv .tsv .txt และ .zip)")
            throw ExitCode(2)
        }
        let submissions = pipeline.run(walk.inputs, expect: expect, unnamedJoinOthers: false, jobs: jobs, progress: progress)
        let report = ValidationReport(submissions: submissions, order: walk.inputs.map(\.path))
        let created = ExportClock.fixedTime(environment: ProcessInfo.processInfo.environment)
        do {
            let exported = try outDir.map { folder throws(SheetsError) in
                try AgencyWorkbooks.write(submissions, into: folder, template: pipeline.template, created: created)
            } ?? AgencyWorkbooks()
            if let output {
                try ReviewWorkbook(submissions: submissions, template: pipeline.template, created: created, exported: exported).write(to: output)
            }
            switch format {
            case .json?: try writeSummary(Array((report.batchJSON() + "\n").utf8))
            case .csv?: try writeSummary(try CSVWriter.bytes(ReviewSummary.sheet(submissions), options: .init(byteOrderMark: summary != "-")))
            case nil: break
            }
        } catch {
            Console.error("ita: \(error.description)")
            throw ExitCode(2)
        }
        let counts = Dictionary(submissions.map { ($0.verdict, 1) }, uniquingKeysWith: +)
        let verdicts = Verdict.allCases.reversed().compactMap { v in counts[v].map { "\(v.label.th) \($0)" } }.joined(separator: " · ")
        Console.error("ita: ตรวจ \(walk.inputs.count) ไฟล์ \(submissions.count) ชุดเอกสาร — \(verdicts)" + (output.map { " — เขียน \($0) แล้ว" } ?? ""))
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }

    /// Called after each file is read; the terminal progress bar attaches here.
    var progress: (@Sendable (FileProgress) -> Void)? { nil }

    func writeSummary(_ bytes: [UInt8]) throws(SheetsError) {
        if summary == "-" {
            Console.out(String(decoding: bytes, as: UTF8.self))
        } else if !FileManager.default.createFile(atPath: summary, contents: Data(bytes)) {
            throw SheetsError(.writeFailed, "the summary cannot be written", path: summary)
        }
    }
}
