// Reads the bundled sample, validates it and exports the results workbook, through the public API
// of the `ITA` and `Sheets` libraries; the getting-started articles of their DocC catalogs show
// these same lines. Usage: ReadValidateExport [INPUT] [OUTPUT.xlsx]. Exits 1 when a step fails.
import Foundation
import ITA
import Sheets

let sampleFile = URL(fileURLWithPath: #filePath).appendingPathComponent("../../../../../Samples/kudjok-2564-report.txt").standardizedFileURL.path
let arguments = Array(CommandLine.arguments.dropFirst())
let input = arguments.first ?? sampleFile
let output = arguments.count > 1 ? arguments[1] : NSTemporaryDirectory() + "kudjok-results.xlsx"

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("ReadValidateExport: \(message)\n".utf8))
    exit(1)
}

do {
    // Read a workbook: what the file is comes from its bytes, and every cell keeps its address.
    let workbook = try SpreadsheetReader.read(path: input)
    for sheet in workbook.sheets {
        print("\(sheet.name): \(sheet.lastRow) rows, \(sheet.cellCount) cells")
    }

    // Validate a plan: find its tables, read its measures, check them against the ITA template.
    let pipeline = Pipeline()
    let document = pipeline.document(from: workbook)
    let findings = Validator(template: pipeline.template(for: document)).validate(document)
    for finding in findings {
        print("\(finding.severity.rawValue) \(finding.place?.description ?? "") [\(finding.code)] \(finding.message.en)")
    }

    // Export a workbook: the plan and results sheets laid out for print, a summary and the findings.
    let results = ResultsWorkbook(inputs: [.init(path: input, document: document, findings: findings)],
                                  template: pipeline.template(for: document))
    try results.write(to: output)
    print("wrote \(output)")

    // What a client would check: tables were found, and the workbook reads back with its four sheets.
    guard !document.tables.isEmpty else { fail("no plan or results table in \(input)") }
    let written = try SpreadsheetReader.read(path: output)
    guard written.sheets.count == document.tables.count + 2 else { fail("\(output) has \(written.sheets.count) sheets") }
} catch {
    fail("\(error)")
}
