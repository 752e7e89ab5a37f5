import ArgumentParser
import ITA

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the tables, measures and plan↔result pairs found in the files.")

    @OptionGroup var document: DocumentOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .json

    @Option(help: "Language of the text output (th or en).")
    var lang: Language = .th

    func run() throws {
        // Grouped into submissions, so that a plan and its results in two files are paired too.
        let report = ValidationReport(submissions: document.pipeline.run(document.files.map(Pipeline.Input.file), checks: false), order: document.files)
        let documents = report.outcomes.compactMap(\.document)
        var failed = false
        for case let (error?) in report.outcomes.map(\.readError) {
            failed = true
            Console.error("ita: \(error.description)")
        }
        switch format {
        case .json: Console.out(ParseReport.json(documents, submissions: report.submissions) + "\n")
        case .text: Console.out(ParseReport.text(documents, submissions: report.submissions, language: lang))
        }
        if failed { throw ExitCode(2) }
    }
}
