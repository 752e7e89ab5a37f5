import ArgumentParser
import ITA

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check plans and results against the ITA template; findings at their cells, with fixes.",
        discussion: "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 an input could not be used.")

    @OptionGroup var document: DocumentOptions

    @Option(help: "Report format.")
    var format: OutputFormat = .text

    @Option(help: "Language of the messages (th or en).")
    var lang: Language = .th

    @Option(help: "Documents every agency must submit: none, plan, results or both (missing ones are reported).")
    var expect: Expectation = .none

    func run() throws {
        let report = ValidationReport(submissions: document.pipeline.run(document.files.map(Pipeline.Input.file), expect: expect),
                                      order: document.files)
        switch format {
        case .json: Console.out(report.json() + "\n")
        case .text: Console.out(report.text(language: lang, color: Console.stdoutIsTerminal))
        }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
