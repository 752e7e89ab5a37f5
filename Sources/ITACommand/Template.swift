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
    var kind: TableKind = .plan

    @Option(help: "The ITA year (B.E., 2563–2569); its fiscal year is the same year.")
    var itaYear: Int = 2568

    @Flag(help: "เขียนทับไฟล์ที่มีอยู่แล้ว")
    var force = false

    func validate() throws {
        guard output.lowercased().hasSuffix(".xlsx") else {
            throw ValidationError("-o must name an .xlsx file (got \(output)).")
        }
        guard (2560...2575).contains(itaYear) else {
            throw ValidationError("--ita-year takes a Buddhist-era year such as 2568 (got \(itaYear)).")
        }
    }

    func run() throws {
        if !force, FileManager.default.fileExists(atPath: output) {
            Console.error("ita: มีไฟล์ \(output) อยู่แล้ว ไม่เขียนทับ ใช้ --force ถ้าต้องการแทนที่ (\(output) exists; --force replaces it)")
            throw ExitCode(2)
        }
        let created = ExportClock.fixedTime(environment: ProcessInfo.processInfo.environment)
        do {
            try TemplateWorkbook(template: .forYear(itaYear), kind: kind, created: created).write(to: output)
        } catch {
            Console.error("ita: \(error.description)")
            throw ExitCode(2)
        }
        Console.error("ita: wrote \(output)")
    }
}
