import ArgumentParser
import ITA

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: localized(th: "แสดงตาราง มาตรการ และการจับคู่แผนกับผลที่โปรแกรมอ่านได้จากไฟล์",
                            en: "Print the tables, measures and plan↔result pairs found in the files."),
        discussion: localized(
            th: """
            ตัวอย่าง:
              ita parse ผล.csv --format text     ดูว่าโปรแกรมเข้าใจตารางและมาตรการอย่างไร
              ita parse แผน.xlsx > แผน.json       ข้อมูลที่อ่านได้ สำหรับโปรแกรมอื่น

            ผลลัพธ์ (รหัสจบการทำงาน): 0 อ่านได้ทุกไฟล์, 2 มีไฟล์ที่เปิดไม่ได้หรือสั่งงานไม่ถูกต้อง
            """,
            en: """
            Examples:
              ita parse results.csv --format text    how the tables were understood
              ita parse plan.xlsx > plan.json         the model, for other programs

            Exit status: 0 every file read, 2 a file could not be read or the arguments are wrong.
            """))

    @OptionGroup var document: DocumentOptions

    @Option(help: .localized(th: "รูปแบบผลลัพธ์: json (ให้โปรแกรมอื่นอ่าน) หรือ text (ข้อความให้คนอ่าน)", en: "Output format."))
    var format: OutputFormat = .json

    @OptionGroup var language: LanguageOption
    var lang: Language { language.lang }

    func run() throws {
        // Grouped into submissions, so that a plan and its results in two files are paired too.
        let report = ValidationReport(submissions: document.pipeline.run(document.files.map(Pipeline.Input.file), checks: false), order: document.files)
        let documents = report.outcomes.compactMap(\.document)
        var failed = false
        for case let (error?) in report.outcomes.map(\.readError) {
            failed = true
            Console.error(readProblem(error))
        }
        switch format {
        case .json: Console.out(ParseReport.json(documents, submissions: report.submissions) + "\n")
        case .text: Console.out(ParseReport.text(documents, submissions: report.submissions, language: lang))
        }
        if failed { throw ExitCode(2) }
    }
}
