import ArgumentParser
import Foundation
import ITA
import Sheets

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension Language: ExpressibleByArgument {}
extension EncodingChoice: ExpressibleByArgument {}

/// The options every command that reads ITA documents shares.
struct DocumentOptions: ParsableArguments {
    @Argument(help: "Files to read: .xlsx, .csv, .tsv or text with tab-separated cells; - for standard input.")
    var files: [String]

    @Option(help: "The fiscal year (B.E., e.g. 2564) when the document does not state it.")
    var fiscalYear: Int?

    @Option(help: "The ITA year whose template applies (2563–2569).")
    var itaYear: Int?

    @Option(help: ArgumentHelp("A template JSON file of your own, instead of the ITA year's (see Sources/ITA/Resources/templates).", valueName: "file"))
    var template: String?

    @Option(help: "Text encoding of CSV/TSV input.")
    var encoding: EncodingChoice = .auto

    func validate() throws {
        if let fy = fiscalYear, !(2540...2600).contains(fy) {
            throw ValidationError("--fiscal-year takes a Buddhist-era year such as 2564 (got \(fy)).")
        }
        if let year = itaYear, !(2540...2600).contains(year) {
            throw ValidationError("--ita-year takes a Buddhist-era year such as 2564 (got \(year)).")
        }
        if let template {
            do {
                _ = try Template.load(path: template)
            } catch {
                // An unusable template is unusable input: exit 2 with the file and the problem.
                Console.error("ita: \(error.description)")
                throw ExitCode(2)
            }
        }
    }

    /// The template: the user's file (checked in `validate()`), else the ITA year's, else the fiscal year's.
    var resolvedTemplate: Template {
        if let template, let loaded = try? Template.load(path: template) { return loaded }
        return .forYear(itaYear ?? fiscalYear)
    }

    var pipeline: Pipeline {
        Pipeline(template: resolvedTemplate, fiscalYear: fiscalYear, readOptions: ReadOptions(encoding: encoding),
                 templateFollowsDocument: itaYear == nil && template == nil)
    }
}

/// Writes to standard output or standard error without buffering surprises.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
