import ArgumentParser
import Foundation
import ITA
import Sheets

enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv
}

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: localized(th: "ตรวจเอกสารของหลายหน่วยงานพร้อมกัน (โฟลเดอร์ ไฟล์ ZIP หรือไฟล์) แล้วทำไฟล์ Excel สรุปผลการตรวจไฟล์เดียว",
                            en: "Check many agencies' submissions at once (folders, ZIP archives, files) and write one review workbook."),
        discussion: localized(
            th: """
            โปรแกรมจัดไฟล์เป็นชุดเอกสารของแต่ละหน่วยงานและปีงบประมาณ ตามที่เขียนไว้ในเอกสาร \
            แล้วตรวจแผนกับรายงานผลของหน่วยงานเดียวกันเทียบกัน แม้จะอยู่คนละไฟล์

            ตัวอย่าง:
              ita batch ส่งแล้ว/ อำเภอเมือง.zip -o ผลการตรวจ.xlsx --expect both
              ita batch ส่งแล้ว/ --format csv --summary สรุป.csv

            ผลลัพธ์ (รหัสจบการทำงาน): 0 ไม่พบข้อผิดพลาด (อาจมีคำเตือน), 1 พบข้อผิดพลาด, 2 มีไฟล์ที่เปิดไม่ได้หรือสั่งงานไม่ถูกต้อง
            """,
            en: """
            Files are grouped into submissions (one agency, one fiscal year) by what the documents say; \
            a plan and its results report are checked against each other across files.

            Examples:
              ita batch received/ district.zip -o review.xlsx --expect both
              ita batch received/ --format csv --summary summary.csv

            Exit status: 0 no errors (warnings allowed), 1 errors found, 2 an input could not be used.
            """))

    @OptionGroup var document: DocumentOptions

    @Option(name: .shortAndLong, help: .localized(th: "ไฟล์ Excel สรุปผลการตรวจที่จะบันทึก (.xlsx)", en: "The review workbook to write (.xlsx).",
                                                  valueName: "review.xlsx"))
    var output: String?

    @Option(help: .localized(th: "จำนวนไฟล์ที่อ่านพร้อมกัน (ปกติเท่ากับจำนวนแกนประมวลผลของเครื่อง)",
                             en: "Files read at the same time (default: every processor core)."))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: .localized(th: "บันทึกไฟล์ Excel รายงานผลของแต่ละหน่วยงาน (แบบเดียวกับ ita export) ลงในโฟลเดอร์นี้ด้วย สำหรับส่งกลับ",
                             en: "Also write each submission's own results workbook (as `ita export` does) into this folder.",
                             valueName: "folder"))
    var outDir: String?

    @Option(help: .localized(th: "บันทึกสรุปสำหรับโปรแกรมอื่นด้วย: json หรือ csv", en: "Also write the summary for scripts: json or csv."))
    var format: SummaryFormat?

    @Option(help: .localized(th: "ไฟล์ที่ --format จะบันทึกสรุป; - คือแสดงผลออกหน้าจอ", en: "Where --format writes the summary; - for standard output.",
                             valueName: "file"))
    var summary: String = "-"

    @Option(help: .localized(th: "เอกสารที่ทุกหน่วยงานต้องส่ง: none (ไม่กำหนด), plan (แผน), results (รายงานผล) หรือ both (ทั้งสองอย่าง) ที่ขาดจะถูกรายงาน",
                             en: "Documents every agency must submit: none, plan, results or both (missing ones are reported)."))
    var expect: Expectation = .none

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard output != nil || format != nil else {
            throw ValidationError(localized(th: "บอกด้วยว่าจะบันทึกผลที่ใด: -o ผลการตรวจ.xlsx หรือ --format json|csv หรือทั้งสองอย่าง",
                                            en: "Say where the results go: -o review.xlsx, --format json|csv, or both."))
        }
        if let output, !output.lowercased().hasSuffix(".xlsx") {
            throw ValidationError(localized(th: "-o ต้องเป็นชื่อไฟล์ที่ลงท้ายด้วย .xlsx (ได้รับ \(output))", en: "-o must name an .xlsx file (got \(output))."))
        }
        guard jobs >= 1 else {
            throw ValidationError(localized(th: "--jobs ต้องเป็นจำนวนตั้งแต่ 1 ขึ้นไป (ได้รับ \(jobs))", en: "--jobs takes a number of 1 or more (got \(jobs))."))
        }
    }

    func run() throws {
        // Before reading hundreds of files: an output that cannot be written fails now, not at the end.
        for path in [output, format == nil || summary == "-" ? nil : summary].compactMap({ $0 }) {
            if let problem = OutputFile(path: path).problemBeforeWriting {
                Console.error("ita: " + problem)
                throw ExitCode(2)
            }
        }
        let pipeline = document.pipeline
        let walk = BatchInputs.walk(document.files, limits: pipeline.readOptions.limits)
        if !walk.skipped.isEmpty {
            Console.error("ita: " + localized(th: "ข้าม \(walk.skipped.count) ไฟล์ที่ไม่ใช่เอกสาร (เช่น \(walk.skipped[0]))",
                                              en: "skipped \(walk.skipped.count) files that are not documents (such as \(walk.skipped[0]))"))
        }
        guard !walk.inputs.isEmpty else {
            let places = document.files.joined(separator: ", ")
            Console.error("ita: " + localized(th: "ไม่พบไฟล์เอกสารใน \(places) (รองรับ .xlsx .csv .tsv .txt และ .zip)",
                                              en: "no documents found in \(places) (.xlsx, .csv, .tsv, .txt and .zip are read)"))
            throw ExitCode(2)
        }
        let progress = ProgressBar(files: walk.inputs.count)
        let submissions = pipeline.run(walk.inputs, expect: expect, unnamedJoinOthers: false, jobs: jobs, progress: progress.files)
        progress.finish()
        let report = ValidationReport(submissions: submissions, order: walk.inputs.map(\.path), templateYear: pipeline.template.itaYear)
        // A file the user named that cannot be read is said here too; files found inside folders
        // and archives have their row in the review.
        for outcome in report.outcomes where outcome.document == nil && document.files.contains(outcome.path) {
            if let error = outcome.readError { Console.error(readProblem(error)) }
        }
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
            Console.error("ita: " + OutputProblem.explain(error, output: error.path ?? output ?? summary))
            throw ExitCode(2)
        }
        let counts = Dictionary(submissions.map { ($0.verdict, 1) }, uniquingKeysWith: +)
        let language = UILanguage.current
        let verdicts = Verdict.allCases.reversed().compactMap { v in counts[v].map { "\(v.label.text(language)) \($0)" } }.joined(separator: " · ")
        Console.error("ita: " + localized(th: "ตรวจ \(walk.inputs.count) ไฟล์ \(submissions.count) ชุดเอกสาร — \(verdicts)" + (output.map { " — บันทึก \($0) แล้ว" } ?? ""),
                                          en: "checked \(walk.inputs.count) files, \(submissions.count) submissions — \(verdicts)" + (output.map { " — wrote \($0)" } ?? "")))
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }

    func writeSummary(_ bytes: [UInt8]) throws(SheetsError) {
        if summary == "-" {
            Console.out(String(decoding: bytes, as: UTF8.self))
        } else {
            try OutputFile(path: summary).writeText { (out) throws(SheetsError) in
                try bytes.withUnsafeBufferPointer { (all) throws(SheetsError) in try out.write(all) }
                try out.flush()
            }
        }
    }
}
