import Foundation
import Testing

/// The progress bar, driven through the real binary with standard error on a pseudo-terminal
/// (python's `pty`): it appears there, never on a pipe, and has colour only without `NO_COLOR`.
@Suite struct ProgressTests {
    static let runner = packageRoot.appendingPathComponent("Tests/ITACommandTests/Support/run_with_terminal.py").path
    static let inputs = ["kudjok-2564-plan.csv", "kudjok-2564-results.csv", "kudjok-2564-report.txt"].map(sample)

    /// `ita ARGS` with standard error on a terminal; `ITA_PROGRESS_AFTER=0` shows the bar from
    /// the start, so a short run shows it too.
    static func onTerminal(_ arguments: [String], _ extra: [String: String] = [:], stdoutTerminal: Bool = false, columns: Int? = nil) throws -> Run {
        let environment = testEnvironment(["ITA_PROGRESS_AFTER": "0", "TERM": "xterm-256color"].merging(extra) { $1 })
        let options = (stdoutTerminal ? ["--stdout-terminal"] : []) + (columns.map { ["--columns", String($0)] } ?? [])
        let run = try execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3", runner] + options + [itaBinary.path] + arguments,
                              environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        let result = try jsonObject(run.stdout)
        return Run(status: Int32(result["status"] as? Int ?? -1), stdout: result["stdout"] as? String ?? "", stderr: result["stderr"] as? String ?? "")
    }

    @Test(arguments: [["validate"], ["validate", "--format", "json"]])
    func validateShowsTheBarOnATerminalAndWipesIt(_ command: [String]) throws {
        let run = try Self.onTerminal(command + Self.inputs)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("3/3 ไฟล์ · ข้อผิดพลาด 0"), "files done of the total and the errors: \(run.stderr.debugDescription)")
        #expect(run.stderr.contains("█"), "a bar: \(run.stderr.debugDescription)")
        #expect(run.stderr.hasSuffix("\r\u{1B}[K"), "wiped at the end, so the report starts on a clean line")
        #expect(run.stderr.contains("\u{1B}[32m"), "colour on a terminal")
        #expect(!run.stdout.contains("/3 ไฟล์") && !run.stdout.contains("\r"), "nothing of the bar on standard output")
    }

    @Test func theBarSaysTheErrorsSoFarAndTimeLeftInTheRunsLanguage() throws {
        let dir = try temporaryDirectory()
        let plan = dir.appendingPathComponent("plan.csv")
        try Data("มาตรการ,ขั้นตอนและวิธีการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,การกำกับติดตาม\n(1) เผยแพร่ข้อมูล,,สำนักปลัด,ม.ค.-มี.ค. 64,รายงานผล\n".utf8).write(to: plan)
        let files = [plan.path] + Self.inputs + Self.inputs
        let thai = try Self.onTerminal(["validate"] + files)
        #expect(thai.status == 1)
        #expect(thai.stderr.contains("7/7 ไฟล์ · \u{1B}[31mข้อผิดพลาด 1"), "\(thai.stderr.debugDescription)")
        let english = try Self.onTerminal(["validate", "--lang", "en"] + files)
        #expect(english.stderr.contains("7/7 files · \u{1B}[31m1 errors"), "\(english.stderr.debugDescription)")
        // The time is always said: "so far" until a file is done, then "left". How many redraws a
        // run gets depends on the machine's speed, so either wording counts.
        #expect(english.stderr.contains("left") || english.stderr.contains("so far"), "\(english.stderr.debugDescription)")
    }

    /// On a narrow terminal the bar gives way, so the line still fits and redraws in place.
    @Test(arguments: [(120, true), (30, false), (16, false)])
    func theLineFitsTheTerminal(_ columns: Int, _ withBar: Bool) throws {
        let run = try Self.onTerminal(["validate"] + Self.inputs, columns: columns)
        #expect(run.stderr.contains("3/3 ไฟล์") || columns < 30, "\(run.stderr.debugDescription)")
        #expect(run.stderr.contains("█") == withBar, "\(columns) columns: \(run.stderr.debugDescription)")
        for line in run.stderr.components(separatedBy: "\r") {
            let visible = line.replacingOccurrences(of: #"\u{1B}\[[0-9;]*[A-Za-z]"#, with: "", options: .regularExpression)
            #expect(visible.count < columns, "\(columns) columns: «\(visible)»")
        }
    }

    @Test func noBarOnADumbTerminal() throws {
        let run = try Self.onTerminal(["validate"] + Self.inputs, ["TERM": "dumb"])
        #expect(run.status == 0)
        #expect(!run.stderr.contains("ไฟล์ ·") && !run.stderr.contains("\u{1B}"), "\(run.stderr.debugDescription)")
    }

    @Test func noColourWithNoColor() throws {
        let run = try Self.onTerminal(["validate"] + Self.inputs, ["NO_COLOR": "1"], stdoutTerminal: true)
        #expect(run.stderr.contains("3/3 ไฟล์"), "the bar is still there: \(run.stderr.debugDescription)")
        for colour in ["\u{1B}[32m", "\u{1B}[31m", "\u{1B}[1m", "\u{1B}[0m"] {
            #expect(!run.stderr.contains(colour), "no colour with NO_COLOR: \(run.stderr.debugDescription)")
        }
        let coloured = try Self.onTerminal(["validate", "--lang", "en"] + Self.inputs, stdoutTerminal: true)
        #expect(coloured.stderr.contains("\u{1B}[1m"), "the report on a terminal has colour without NO_COLOR")
    }

    @Test func exportShowsTheBarToo() throws {
        let dir = try temporaryDirectory()
        let run = try Self.onTerminal(["export"] + Self.inputs.prefix(2) + ["-o", dir.appendingPathComponent("out.xlsx").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("2/2 ไฟล์"), "\(run.stderr.debugDescription)")
    }

    /// `ita batch` of a folder: the bar counts every file found, whatever the --jobs.
    @Test(arguments: ["1", "2"])
    func batchShowsTheBarOnATerminal(_ jobs: String) throws {
        let dir = try temporaryDirectory()
        let run = try Self.onTerminal(["batch", packageRoot.appendingPathComponent("Samples").path, "-o",
                                       dir.appendingPathComponent("review.xlsx").path, "--jobs", jobs])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("3/3 ไฟล์ · ข้อผิดพลาด 0"), "\(run.stderr.debugDescription)")
        #expect(run.stderr.contains("\r\u{1B}[K"), "wiped before the closing line")
        #expect(run.stderr.contains("ตรวจ 3 ไฟล์"), "the closing line follows: \(run.stderr.debugDescription)")
    }

    /// `convert` of one long sheet counts rows; the bar is drawn from the start with
    /// `ITA_PROGRESS_AFTER=0` and wiped at the end; nothing of it on a pipe.
    @Test func convertCountsRowsOnATerminal() throws {
        let dir = try temporaryDirectory()
        let input = dir.appendingPathComponent("long.csv")
        try Data((1...400_000).map { "\($0),มาตรการที่ \($0),สำนักปลัด\n" }.joined().utf8).write(to: input)
        let output = dir.appendingPathComponent("long.json").path
        let run = try Self.onTerminal(["convert", input.path, "-o", output])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.range(of: #"ita  [0-9,]+ แถว · [0-9]+:[0-9]{2}"#, options: .regularExpression) != nil, "\(run.stderr.debugDescription)")
        #expect(run.stderr.hasSuffix("\r\u{1B}[K"))
        let piped = try execute(itaBinary, ["convert", input.path, "-o", output], environment: testEnvironment(["ITA_PROGRESS_AFTER": "0"]))
        #expect(piped.status == 0 && piped.stderr.isEmpty, "\(piped.stderr.debugDescription)")
    }

    @Test(arguments: [["validate"], ["export", "-o", "OUT"], ["batch", "-o", "OUT"]])
    func nothingWhenStandardErrorIsAPipe(_ command: [String]) throws {
        let dir = try temporaryDirectory()
        let arguments = [command[0]] + Self.inputs.prefix(2)
            + command.dropFirst().map { $0 == "OUT" ? dir.appendingPathComponent("out.xlsx").path : $0 }
        let run = try execute(itaBinary, arguments, environment: testEnvironment(["ITA_PROGRESS_AFTER": "0"]))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("/2 ไฟล์") && !run.stderr.contains("\r") && !run.stderr.contains("\u{1B}"), "\(run.stderr.debugDescription)")
        #expect(!run.stdout.contains("\u{1B}"), "no colour off a terminal")
    }
}
