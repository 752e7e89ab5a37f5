import ArgumentParser
import Foundation
import ITA
import Sheets

extension TableKind: ExpressibleByArgument {}

/// `ita template`: a blank fill-in workbook (named `TemplateCommand` so as not to hide `ITA.Template`).
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write a blank fill-in workbook: the year's columns, dropdowns, input hints and Thai instructions.",
        discussion: "Exit status: 0 written, 2 nothing written.")

    @Option(name: .shortAndLong, help: "The workbook to write (.xlsx). An existing file is replaced only when writing succeeds.")
    var output: String

    @Option(help: "Which document: plan (O42/O25) or results (O43/O26).")
    var kind: TableKind?

    @Option(help: "The ITA year (B.E., 2563–2569); its fiscal year is the same year.")
    var itaYear: Int?

    @Option(help: ArgumentHelp("กรอกแบบรายงานผลจากแผนนี้ (มาตรการ ขั้นตอน หน่วยงาน ระยะเวลา)", valueName: "plan"))
    var from: String?

    @Flag(help: "เขียนทับไฟล์ที่มีอยู่แล้ว")
    var force = false

    func validate() throws {
        guard output.lowercased().hasSuffix(".xlsx") else {
            throw ValidationError("-o must name an .xlsx file (got \(output)).")
        }
        if let itaYear, !(2560...2575).contains(itaYear) {
            throw ValidationError("--ita-year takes a Buddhist-era year such as 2568 (got \(itaYear)).")
        }
        if from != nil, kind == .plan {
            throw ValidationError("--from fills the results form from a plan: leave out --kind plan.")
        }
    }

    func run() throws {
        if !force, FileManager.default.fileExists(atPath: output) {
            Console.error("ita: มีไฟล์ \(output) อยู่แล้ว ไม่เขียนทับ ใช้ --force ถ้าต้องการแทนที่ (\(output) exists; --force replaces it)")
            throw ExitCode(2)
        }
        let created = ExportClock.fixedTime(environment: ProcessInfo.processInfo.environment)
        var plan: ITADocument? = nil
        if let from {
            do {
                plan = try Pipeline(template: .forYear(itaYear)).document(path: from)
            } catch {
                Console.error("ita: \(error.description)")
                throw ExitCode(2)
            }
            guard plan?.plan != nil else {
                Console.error("ita: ไม่พบตารางแผนมาตรการใน \(from) ตรวจด้วย ita validate \(from) (no plan table found)")
                throw ExitCode(2)
            }
        }
        // The plan's fiscal year chooses the template when no --ita-year is given.
        let year = itaYear ?? plan?.fiscalYear ?? 2568
        do {
            try TemplateWorkbook(template: .forYear(year), kind: kind ?? (plan != nil ? .results : .plan), created: created, plan: plan).write(to: output)
        } catch {
            Console.error("ita: \(error.description)")
            throw ExitCode(2)
        }
        Console.error("ita: wrote \(output)")
    }
}
