import ArgumentParser
import Foundation
import ITA
import Sheets

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the formatted results workbook (title block, TH SarabunPSK 16, A4 landscape, findings sheet).",
        discussion: "Exit status: 0 written without errors, 1 written but errors were found (see the findings sheet), 2 nothing written.")

    @OptionGroup var document: DocumentOptions

    @Option(name: .shortAndLong, help: "The workbook to write (.xlsx). An existing file is replaced only when writing succeeds.")
    var output: String

    @Flag(help: "Write digits inside text as Thai digits (numbers stay numbers).")
    var thaiDigits = false

    func validate() throws {
        guard output.lowercased().hasSuffix(".xlsx") else {
            throw ValidationError("-o must name an .xlsx file (got \(output)).")
        }
        if document.files.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL == URL(fileURLWithPath: output).standardizedFileURL }) {
            throw ValidationError("-o names an input file; files are never overwritten in place.")
        }
    }

    func run() throws {
        let pipeline = document.pipeline
        let report = ValidationReport(outcomes: document.files.map { pipeline.run(path: $0) })
        let documents = report.outcomes.compactMap(\.document)
        for outcome in report.outcomes where outcome.document == nil {
            Console.error("ita: \(outcome.readError.map(\.description) ?? outcome.path)")
        }
        guard !documents.isEmpty else { throw ExitCode(2) }
        let workbook = ResultsWorkbook(documents: documents, findings: report.findings, template: pipeline.template, thaiDigits: thaiDigits)
        do {
            try workbook.write(to: output)
        } catch {
            Console.error("ita: \(error.description)")
            throw ExitCode(2)
        }
        Console.error("ita: wrote \(output)")
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
