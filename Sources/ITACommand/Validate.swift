import ArgumentParser
import ITA

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: localized(th: "ตรวจแผนและรายงานผลตามแบบ ITA ของปี บอกปัญหาทีละช่องพร้อมวิธีแก้",
                            en: "Check plans and results against the ITA template; findings at their cells, with fixes."),
        discussion: localized(
            th: """
            ตัวอย่าง:
              ita validate แผน.xlsx ผล.csv
              ita validate ผล.csv --fiscal-year 2567 --format json > รายงาน.json

            ผลลัพธ์ (รหัสจบการทำงาน): 0 ไม่พบข้อผิดพลาด (อาจมีคำเตือน), 1 พบข้อผิดพลาด, 2 เปิดไฟล์ไม่ได้หรือสั่งงานไม่ถูกต้อง
            """,
            en: """
            Examples:
              ita validate plan.xlsx results.csv
              ita validate results.csv --fiscal-year 2567 --format json > report.json

            Exit status: 0 no errors (warnings allowed), 1 errors found, 2 an input could not be used.
            """))

    @OptionGroup var document: DocumentOptions

    @Option(help: .localized(th: "รูปแบบรายงาน: text (ข้อความให้คนอ่าน) หรือ json (ให้โปรแกรมอื่นอ่าน)", en: "Report format."))
    var format: OutputFormat = .text

    @OptionGroup var language: LanguageOption
    var lang: Language { language.lang }

    @Option(help: .localized(th: "เอกสารที่ต้องมี: none (ไม่กำหนด), plan (แผน), results (รายงานผล) หรือ both (ทั้งสองอย่าง) ที่ขาดจะถูกรายงาน",
                             en: "Documents every agency must submit: none, plan, results or both (missing ones are reported)."))
    var expect: Expectation = .none

    func run() throws {
        let pipeline = document.pipeline
        let progress = ProgressBar(files: document.files.count)
        let submissions = pipeline.run(document.files.map(Pipeline.Input.file), expect: expect, progress: progress.files)
        progress.finish()
        let report = ValidationReport(submissions: submissions, order: document.files, templateYear: pipeline.template.itaYear)
        switch format {
        case .json: Console.out(report.json() + "\n")
        case .text: Console.out(report.text(language: lang, color: Console.stdoutColor))
        }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
