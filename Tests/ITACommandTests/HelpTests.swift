import Foundation
import Testing

/// `--help` and argument errors of every command through the real binary: Thai by default (a
/// worked example, Thai headings, no English left from the argument parser), English with
/// `--lang en` or an English locale, exit 2 for every bad argument.
@Suite struct HelpTests {
    /// Each command with a Thai phrase of its own help and the English one.
    static let commands: [(command: [String], thai: String, english: String)] = [
        ([], "ตรวจแผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส", "read, check and export"),
        (["validate"], "บอกปัญหาทีละช่องพร้อมวิธีแก้", "Check plans and results against the ITA template"),
        (["parse"], "การจับคู่แผนกับผล", "plan↔result pairs"),
        (["export"], "จัดทำไฟล์ Excel รายงานผลที่พร้อมพิมพ์", "Write the formatted results workbook"),
        (["convert"], "โดยข้อมูลไม่เปลี่ยน", "losslessly"),
        (["template"], "สร้างแบบฟอร์มเปล่าสำหรับกรอก", "Write a blank fill-in workbook"),
        (["batch"], "ตรวจเอกสารของหลายหน่วยงานพร้อมกัน", "Check many agencies' submissions at once"),
    ]

    /// Words swift-argument-parser prints in English that must not reach a Thai reader.
    static let parserEnglish = ["USAGE:", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS:", "OVERVIEW:", "Show help information",
                                "(default:", "(values:", "Error:", "Usage:", "for more information", "Help:"]

    /// Each example stays on its line: the help is wrapped at 80 columns, and an example broken
    /// in two cannot be copied.
    static func expectExamplesWhole(_ text: String, _ context: String) {
        let lines = text.components(separatedBy: "\n")
        for (line, next) in zip(lines, lines.dropFirst()) where line.hasPrefix("  ita ") {
            #expect(next.isEmpty || next.hasPrefix("  "), "\(context): an example wrapped: \(line) / \(next)")
        }
    }

    static func expectPlainThai(_ text: String, _ context: String) {
        #expect(text.unicodeScalars.contains { (0x0E01...0x0E5B).contains($0.value) }, "\(context): no Thai in\n\(text)")
        #expect(!text.contains("\u{FFFD}"), "\(context): a replacement character")
        for english in parserEnglish {
            #expect(!text.contains(english), "\(context): the parser's English «\(english)» left in\n\(text)")
        }
    }

    @Test(arguments: commands)
    func helpIsThaiWithAWorkedExample(_ command: [String], thai: String, english: String) throws {
        let run = try execute(itaBinary, command + ["--help"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(thai), "\(run.stdout)")
        #expect(run.stdout.contains("ตัวอย่าง:"), "a worked example: \(run.stdout)")
        #expect(run.stdout.contains("ita \(command.first ?? "validate") "), "the example runs the command: \(run.stdout)")
        #expect(run.stdout.contains("วิธีใช้: ita") && run.stdout.contains("ตัวเลือก:"))
        Self.expectPlainThai(run.stdout, "ita \(command.joined(separator: " ")) --help")
        Self.expectExamplesWhole(run.stdout, "ita \(command.joined(separator: " ")) --help")
        if let name = command.first {
            let viaHelp = try execute(itaBinary, ["help", name])
            #expect(viaHelp.status == 0 && viaHelp.stdout.contains(thai), "ita help \(name): \(viaHelp.stdout)")
        }
    }

    @Test(arguments: commands)
    func helpIsEnglishWithLangEnOrAnEnglishLocale(_ command: [String], thai: String, english: String) throws {
        let runs = [
            try execute(itaBinary, command + ["--help", "--lang", "en"]),
            try execute(itaBinary, command + ["--lang=en", "--help"]),
            try execute(itaBinary, command + ["--help"], environment: testEnvironment(["LANG": "en_US.UTF-8"])),
            try execute(itaBinary, command + ["--help"], environment: testEnvironment(["LC_ALL": "en_GB.UTF-8", "LANG": "th_TH.UTF-8"])),
        ]
        for run in runs {
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains(english) && run.stdout.contains("USAGE:") && run.stdout.contains("Examples:"), "\(run.stdout)")
            #expect(!run.stdout.contains(thai))
            Self.expectExamplesWhole(run.stdout, "ita \(command.joined(separator: " ")) --help in English")
        }
        // LC_ALL wins over LANG, and --lang over both.
        let thaiLocale = try execute(itaBinary, command + ["--help"], environment: testEnvironment(["LC_ALL": "th_TH.UTF-8", "LANG": "en_US.UTF-8"]))
        #expect(thaiLocale.stdout.contains(thai))
        let thaiAsked = try execute(itaBinary, command + ["--help", "--lang", "th"], environment: testEnvironment(["LANG": "en_US.UTF-8"]))
        #expect(thaiAsked.stdout.contains(thai))
    }

    /// A wrong argument for each command, the Thai it gets, the English with `--lang en`.
    static let wrongArguments: [(arguments: [String], thai: String, english: String)] = [
        (["--no-such-option"], "ไม่มีตัวเลือก '--no-such-option'", "Unknown option '--no-such-option'"),
        (["frobnicate"], "ไม่มีคำสั่ง 'frobnicate'", "Unexpected argument 'frobnicate'"),
        (["validate"], "ยังไม่ได้ระบุไฟล์ที่จะอ่าน", "Missing expected argument '<files> ...'"),
        (["validate", "a.csv", "--no-such-option"], "ไม่มีตัวเลือก '--no-such-option'", "Unknown option '--no-such-option'"),
        (["validate", "a.csv", "--format", "yaml"], "ใช้ค่า 'yaml' กับ '--format' ไม่ได้ ค่าที่ใช้ได้คือ 'text' หรือ 'json'", "The value 'yaml' is invalid for '--format <format>'"),
        (["validate", "a.csv", "--fiscal-year", "64"], "--fiscal-year ต้องเป็นปี พ.ศ. เช่น 2564 (ได้รับ 64)", "--fiscal-year takes a Buddhist-era year such as 2564 (got 64)."),
        (["validate", "a.csv", "--fiscal-year"], "ตัวเลือก '--fiscal-year' ต้องมีค่าตามหลัง", "Missing value for '--fiscal-year <fiscal-year>'"),
        (["parse", "a.csv", "--format", "yaml"], "ใช้ค่า 'yaml' กับ '--format' ไม่ได้", "The value 'yaml' is invalid for '--format <format>'"),
        (["parse", "a.csv", "--no-such-option"], "ไม่มีตัวเลือก '--no-such-option'", "Unknown option '--no-such-option'"),
        (["export", "a.csv"], "ยังไม่ได้ระบุ", "Missing expected argument '--output <output>'"),
        (["export", "a.csv", "-o", "out.pdf"], "-o ต้องเป็นชื่อไฟล์ที่ลงท้ายด้วย .xlsx (ได้รับ out.pdf)", "-o must name an .xlsx file (got out.pdf)."),
        (["export", "a.xlsx", "-o", "a.xlsx"], "โปรแกรมไม่เขียนทับไฟล์ต้นฉบับ", "files are never overwritten in place"),
        (["export", "a.csv", "-o", "o.xlsx", "--thai-digits=yes"], "ตัวเลือก '--thai-digits' ไม่ต้องมีค่าตามหลัง", "The option '--thai-digits' does not take any value"),
        (["convert"], "ยังไม่ได้ระบุไฟล์ที่จะแปลง", "Missing expected argument '<input>'"),
        (["convert", "a.csv", "-o", "o.csv", "--to", "pdf"], "ใช้ค่า 'pdf' กับ '--to' ไม่ได้", "The value 'pdf' is invalid for '--to <to>'"),
        (["convert", "a.csv", "-o", "o.csv", "--lang", "fr"], "ใช้ค่า 'fr' กับ '--lang' ไม่ได้", "The value 'fr' is invalid for '--lang <lang>'"),
        (["validate", "a.csv", "--lang", "fr"], "ใช้ค่า 'fr' กับ '--lang' ไม่ได้ ค่าที่ใช้ได้คือ 'th' หรือ 'en'", "The value 'fr' is invalid for '--lang <lang>'"),
        (["template", "-o", "o.xlsx", "--kind", "budget"], "ใช้ค่า 'budget' กับ '--kind' ไม่ได้", "The value 'budget' is invalid for '--kind <kind>'"),
        (["template", "-o", "o.xlsx", "--ita-year", "1999"], "--ita-year ต้องเป็นปี พ.ศ. เช่น 2568 (ได้รับ 1999)", "--ita-year takes a Buddhist-era year such as 2568 (got 1999)."),
        (["template", "-o", "o.xlsx", "extra"], "ไม่เข้าใจ 'extra'", "Unexpected argument 'extra'"),
        (["template", "-o", "o.pdf"], "-o ต้องเป็นชื่อไฟล์ที่ลงท้ายด้วย .xlsx (หรือ .json สำหรับแบบของปี) (ได้รับ o.pdf)", "-o must name an .xlsx file (or .json for the year's template) (got o.pdf)."),
        (["template", "-o", "mine.json", "--kind", "plan"], "ไม่ต้องใส่ --from หรือ --kind", "leave out --from and --kind"),
        (["batch"], "ยังไม่ได้ระบุไฟล์ที่จะอ่าน", "Missing expected argument '<files> ...'"),
        (["batch", "received"], "บอกด้วยว่าจะบันทึกผลที่ใด: -o ผลการตรวจ.xlsx", "Say where the results go"),
        (["batch", "received", "-o", "review.xlsx", "--jobs", "0"], "--jobs ต้องเป็นจำนวนตั้งแต่ 1 ขึ้นไป (ได้รับ 0)", "--jobs takes a number of 1 or more (got 0)."),
        (["batch", "received", "--format", "xml"], "ใช้ค่า 'xml' กับ '--format' ไม่ได้", "The value 'xml' is invalid for '--format <format>'"),
        (["batch", "received", "-o", "review.xlsx", "--expect", "budget"], "ใช้ค่า 'budget' กับ '--expect' ไม่ได้", "The value 'budget' is invalid for '--expect <expect>'"),
    ]

    @Test(arguments: wrongArguments)
    func wrongArgumentsExitTwoWithThaiSayingWhatToDo(_ arguments: [String], thai: String, english: String) throws {
        let run = try execute(itaBinary, arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stdout.isEmpty, "\(arguments): \(run.stdout)")
        #expect(run.stderr.contains(thai), "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains("--help"), "says where to read more: \(run.stderr)")
        if let command = arguments.first, ["validate", "parse", "export", "convert", "template", "batch"].contains(command) {
            #expect(run.stderr.contains("'ita \(command) --help'"), "the command's own help: \(run.stderr)")
        }
        Self.expectPlainThai(run.stderr, "ita \(arguments.joined(separator: " "))")
        let inEnglish = try execute(itaBinary, arguments + ["--lang", "en"])
        #expect(inEnglish.status == 2)
        #expect(inEnglish.stderr.contains(english), "\(arguments) --lang en: \(inEnglish.stderr)")
        #expect(!inEnglish.stderr.contains(thai))
    }

    /// A file that is not there: the command says so in Thai, with what to check (exit 2).
    @Test(arguments: [["validate"], ["parse"], ["export", "-o", "OUT/out.xlsx"], ["convert", "-o", "OUT/out.csv"], ["batch", "-o", "OUT/review.xlsx"]])
    func aMissingInputIsSaidInThai(_ command: [String]) throws {
        let dir = try temporaryDirectory()
        let missing = dir.appendingPathComponent("ไม่มีไฟล์นี้.csv").path
        let arguments = [command[0], missing] + command.dropFirst().map { $0.replacingOccurrences(of: "OUT", with: dir.path) }
        let run = try execute(itaBinary, arguments)
        #expect(run.status == 2, "\(run.stderr)")
        let said = command[0] == "validate" ? run.stdout : run.stderr
        #expect(said.contains(missing) && said.contains("ไม่พบไฟล์นี้ (ตรวจชื่อไฟล์และโฟลเดอร์)"), "\(arguments): \(said)")
        #expect(!said.contains("\u{FFFD}") && !said.contains("no such file"))
        let english = try execute(itaBinary, arguments + ["--lang", "en"])
        #expect((command[0] == "validate" ? english.stdout : english.stderr).contains("no such file"))
    }

    @Test func versionIsPrinted() throws {
        let run = try execute(itaBinary, ["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(run.stdout)")
        let report = try jsonObject(try ita("validate", sample("kudjok-2564-report.txt"), "--format", "json").stdout)
        #expect(report["version"] as? String == run.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "one version everywhere")
    }
}

/// What a clerk reads about a file that cannot be read is plain Thai: no container part names
/// (`xl/sharedStrings.xml`), no English sentences, no replacement characters; the technical
/// detail stays in the English text.
@Suite struct PlainThaiTests {
    static let hostile = packageRoot.appendingPathComponent("Tests/Fixtures/hostile")

    @Test(arguments: ((try? FileManager.default.contentsOfDirectory(atPath: hostile.path)) ?? []).sorted())
    func readRefusalsArePlainThai(_ name: String) throws {
        let run = try execute(itaBinary, ["validate", Self.hostile.appendingPathComponent(name).path, "--format", "json"])
        let report = try jsonObject(run.stdout)
        let findings = (report["files"] as? [[String: Any]] ?? []).flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        #expect(!findings.isEmpty)
        for finding in findings {
            for key in ["message", "fix"] {
                let thai = (finding[key] as? [String: String])?["th"] ?? ""
                #expect(!thai.contains("xl/") && !thai.contains(".xml") && !thai.contains("\u{FFFD}"), "\(name) \(key): \(thai)")
                #expect(thai.range(of: #"[A-Za-z]+ [A-Za-z]+ [A-Za-z]+"#, options: .regularExpression) == nil, "\(name) \(key): English in the Thai: \(thai)")
            }
            if let sheet = finding["sheet"] as? String { #expect(!sheet.contains(".xml"), "\(name): sheet \(sheet)") }
        }
    }
}
