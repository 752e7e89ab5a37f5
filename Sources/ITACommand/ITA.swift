import ArgumentParser
import ITA

@main
struct ITA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ita",
        abstract: localized(
            th: "ITA Toolkit: ตรวจแผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส (O42/O25) และรายงานผลการดำเนินการ (O43/O26) ตามแบบของ ITA และจัดทำไฟล์ Excel รายงานผลที่พร้อมพิมพ์",
            en: "ITA Toolkit: read, check and export the ITA measures plan (O42/O25) and results report (O43/O26)."),
        discussion: localized(
            th: """
            ตัวอย่าง:
              ita validate แผน.xlsx ผล.csv            ตรวจแผนและผล บอกปัญหาทีละช่องพร้อมวิธีแก้
              ita export ผล.csv -o รายงานผล.xlsx       จัดทำไฟล์ Excel รายงานผลที่พร้อมพิมพ์
              ita template -o แบบฟอร์มแผน.xlsx         แบบฟอร์มเปล่าสำหรับกรอก
              ita batch ส่งแล้ว/ -o ผลการตรวจ.xlsx       ตรวจเอกสารของหลายหน่วยงานพร้อมกัน
              ita validate --help                      คำอธิบายของคำสั่ง validate

            ข้อความเป็นภาษาไทย ใช้ --lang en เพื่อดูเป็นภาษาอังกฤษ
            """,
            en: """
            Examples:
              ita validate plan.xlsx results.csv     check a plan and its results
              ita export results.csv -o report.xlsx  the formatted results workbook
              ita template -o blank-plan.xlsx        a blank fill-in workbook
              ita batch received/ -o review.xlsx     many agencies at once
              ita validate --help                    help for one command

            Messages are in Thai by default; --lang en (or an English locale) shows them in English.
            """),
        version: ReportContract.toolVersion,
        subcommands: [Validate.self, Parse.self, Export.self, Convert.self, TemplateCommand.self, Batch.self]
    )
}

extension ITA {
    /// As swift-argument-parser's `main`, except that bad arguments exit 2 (like unusable input,
    /// so scripts see one code for both), not its EX_USAGE 64, and that its own English (help
    /// headings, argument errors) is put in Thai when the run is in Thai (`ParserText`).
    static func main() {
        do {
            var command = try parseAsRoot(argumentsForParsing(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let thai = UILanguage.current == .th
            if code == .validationFailure {
                let message = fullMessage(for: error)
                Console.error(thai ? ParserText.thaiError(message) : message)
                exit(withError: ExitCode(2))
            }
            if code == .success, thai {
                let message = fullMessage(for: error)
                if !message.isEmpty { Console.out(ParserText.thaiHelp(message) + "\n") }
                exit(withError: ExitCode.success)
            }
            exit(withError: error)
        }
    }

    /// The arguments, less a `--lang th|en` given to `ita` itself (`ita --lang en`, `ita --help
    /// --lang en`): it has been read already (`UILanguage`), and the top level takes no options,
    /// because an option shared with the commands would be claimed by the top level when its
    /// value is wrong (`ita validate … --lang fr` would show the top level's usage).
    static func argumentsForParsing(_ arguments: [String]) -> [String] {
        let commands = Set(configuration.subcommands.map { $0._commandName } + ["help"])
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--lang" { index += 2; continue }
            if argument.hasPrefix("-") { index += 1; continue }
            if commands.contains(argument) { return arguments }
            break
        }
        var kept: [String] = []
        index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count, Language(rawValue: arguments[index + 1]) != nil {
                index += 2
                continue
            }
            if argument.hasPrefix("--lang="), Language(rawValue: String(argument.dropFirst(7))) != nil {
                index += 1
                continue
            }
            kept.append(argument)
            index += 1
        }
        return kept
    }
}
