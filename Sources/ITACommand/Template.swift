import ArgumentParser
import Foundation
import ITA
import Sheets

extension TableKind: ExpressibleByArgument {}

/// `ita template`: a blank fill-in workbook (named `TemplateCommand` so as not to hide `ITA.Template`).
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: localized(th: "สร้างแบบฟอร์มเปล่าสำหรับกรอก: คอลัมน์ตามแบบของปี รายการให้เลือก คำแนะนำการกรอก และคำอธิบายภาษาไทย",
                            en: "Write a blank fill-in workbook: the year's columns, dropdowns, input hints and Thai instructions."),
        discussion: localized(
            th: """
            ตัวอย่าง:
              ita template -o แบบฟอร์มแผน.xlsx
              ita template -o แบบฟอร์มผล.xlsx --kind results --ita-year 2569
              ita template -o แบบของฉัน.json --ita-year 2568

            ผลลัพธ์ (รหัสจบการทำงาน): 0 บันทึกแล้ว, 2 ไม่ได้บันทึก
            """,
            en: """
            Examples:
              ita template -o blank-plan.xlsx
              ita template -o blank-results.xlsx --kind results --ita-year 2569
              ita template -o mine.json --ita-year 2568

            Exit status: 0 written, 2 nothing written.
            """))

    @Option(name: .shortAndLong, help: .localized(th: "ไฟล์ Excel ที่จะบันทึก (.xlsx) หรือ .json เพื่อได้แบบของปีเป็นไฟล์ JSON ที่แก้แล้วใช้กับ --template ได้ ถ้ามีไฟล์ชื่อนี้อยู่แล้ว จะแทนที่เมื่อบันทึกสำเร็จเท่านั้น",
                                                  en: "The workbook to write (.xlsx), or .json for the year's template itself, to edit and pass to --template. An existing file is replaced only when writing succeeds."))
    var output: String

    @Option(help: .localized(th: "แบบฟอร์มใด: plan (แผน O42/O25) หรือ results (รายงานผล O43/O26)", en: "Which document: plan (O42/O25) or results (O43/O26)."))
    var kind: TableKind?

    @Option(help: .localized(th: "ปีของแบบ ITA (พ.ศ. 2563–2569) ปีงบประมาณคือปีเดียวกัน", en: "The ITA year (B.E., 2563–2569); its fiscal year is the same year."))
    var itaYear: Int?

    @Option(help: .localized(th: "กรอกแบบรายงานผลจากแผนนี้ (มาตรการ ขั้นตอน หน่วยงาน ระยะเวลา)",
                             en: "Fill the results form from this plan (measures, steps, units, periods).", valueName: "plan"))
    var from: String?

    @Flag(help: .localized(th: "เขียนทับไฟล์ที่มีอยู่แล้ว", en: "Replace an existing file."))
    var force = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard output.lowercased().hasSuffix(".xlsx") || writesJSON else {
            throw ValidationError(localized(th: "-o ต้องเป็นชื่อไฟล์ที่ลงท้ายด้วย .xlsx (หรือ .json สำหรับแบบของปี) (ได้รับ \(output))",
                                            en: "-o must name an .xlsx file (or .json for the year's template) (got \(output))."))
        }
        if writesJSON, from != nil || kind != nil {
            throw ValidationError(localized(th: "-o ไฟล์ .json คือแบบของปีทั้งแบบ (แผนและผล): ไม่ต้องใส่ --from หรือ --kind",
                                            en: "-o FILE.json writes the year's whole template (plan and results): leave out --from and --kind."))
        }
        if let itaYear, !(2560...2575).contains(itaYear) {
            throw ValidationError(localized(th: "--ita-year ต้องเป็นปี พ.ศ. เช่น 2568 (ได้รับ \(itaYear))", en: "--ita-year takes a Buddhist-era year such as 2568 (got \(itaYear))."))
        }
        if from != nil, kind == .plan {
            throw ValidationError(localized(th: "--from กรอกแบบรายงานผลจากแผน: ไม่ต้องใส่ --kind plan", en: "--from fills the results form from a plan: leave out --kind plan."))
        }
    }

    func run() throws {
        let created = ExportClock.fixedTime(environment: ProcessInfo.processInfo.environment)
        // A place that cannot be written (a folder, a missing folder) is said first; then an existing file.
        let target = OutputFile(path: output)
        if let problem = target.problemBeforeWriting {
            Console.error("ita: " + problem)
            throw ExitCode(2)
        }
        if !force, target.exists {
            Console.error("ita: " + localized(th: "มีไฟล์ \(output) อยู่แล้ว ไม่เขียนทับ ใช้ --force ถ้าต้องการแทนที่",
                                              en: "\(output) exists; --force replaces it"))
            throw ExitCode(2)
        }
        if writesJSON {
            try writeTemplateJSON()
            return
        }
        var plan: ITADocument? = nil
        if let from {
            do {
                plan = try Pipeline(template: .forYear(itaYear)).document(path: from)
            } catch {
                Console.error(readProblem(error))
                throw ExitCode(2)
            }
            guard plan?.plan != nil else {
                Console.error("ita: " + localized(th: "ไม่พบตารางแผนมาตรการใน \(from) ตรวจด้วย ita validate \(from)",
                                                  en: "no plan table found in \(from); check it with ita validate \(from)"))
                throw ExitCode(2)
            }
        }
        // The plan's fiscal year chooses the template when no --ita-year is given.
        let year = itaYear ?? plan?.fiscalYear ?? 2568
        do {
            try TemplateWorkbook(template: .forYear(year), kind: kind ?? (plan != nil ? .results : .plan), created: created, plan: plan).write(to: output)
        } catch {
            Console.error("ita: " + OutputProblem.explain(error, output: output))
            throw ExitCode(2)
        }
        Console.error("ita: " + localized(th: "บันทึก \(output) แล้ว", en: "wrote \(output)"))
    }

    /// `-o FILE.json`: the template compiled into the program for the ITA year, as the JSON a user
    /// edits and passes back with `--template` (the binary carries no template files beside it).
    var writesJSON: Bool { output.lowercased().hasSuffix(".json") }

    func writeTemplateJSON() throws {
        let year = min(max(itaYear ?? 2568, Template.knownYears.lowerBound), Template.knownYears.upperBound)
        guard let json = Template.builtInJSON(year: year) else {
            Console.error("ita: " + localized(th: "ไม่มีแบบของปี \(year) ในโปรแกรมนี้", en: "no template of \(year) in this program"))
            throw ExitCode(2)
        }
        do {
            try OutputFile(path: output).writeText { (out) throws(SheetsError) in try out.write(json) }
        } catch {
            Console.error("ita: " + OutputProblem.explain(error, output: output))
            throw ExitCode(2)
        }
        Console.error("ita: " + localized(th: "บันทึก \(output) แล้ว (แบบของปี \(year))", en: "wrote \(output) (the template of \(year))"))
    }
}
