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
        let pipeline = document.pipeline
        var documents: [ITADocument] = []
        var failed = false
        for path in document.files {
            do {
                documents.append(try pipeline.document(path: path))
            } catch {
                failed = true
                Console.error("ita: \(error.description)")
            }
        }
        switch format {
        case .json: Console.out(ParseReport.json(documents) + "\n")
        case .text: Console.out(ParseReport.text(documents, language: lang))
        }
        if failed { throw ExitCode(2) }
    }
}
