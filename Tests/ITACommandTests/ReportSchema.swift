import Foundation
import Testing

/// The report contract: every `validate`/`batch --format json` a test runs through `execute` is
/// checked against `docs/report.schema.json` with python's jsonschema, so the published schema
/// and the JSON the tool writes cannot drift apart.
enum ReportSchema {
    static let schema = packageRoot.appendingPathComponent("docs/report.schema.json").path
    static let checker = packageRoot.appendingPathComponent("Tests/ITACommandTests/Support/check_report_schema.py").path

    /// True for the runs whose standard output is a report: `validate` or `batch` with `--format json` to standard output.
    static func isReport(_ arguments: [String]) -> Bool {
        func value(_ names: String...) -> String? {
            zip(arguments, arguments.dropFirst()).first { names.contains($0.0) }?.1
                ?? arguments.lazy.compactMap { a in names.first { a.hasPrefix($0 + "=") }.map { String(a.dropFirst($0.count + 1)) } }.first
        }
        guard value("--format") == "json" else { return false }
        // `validate` writes the report to standard output; `batch` writes it to `--summary` (standard output by default).
        if arguments.contains("batch") { return (value("--summary") ?? "-") == "-" }
        return arguments.contains("validate")
    }

    /// The violations of `report` (empty when it conforms).
    static func violations(_ report: String) throws -> String {
        let run = try WorkbookChecks.execute(WorkbookChecks.env, ["python3", checker, schema], stdin: Data(report.utf8))
        return run.status == 0 ? "" : run.stdout + run.stderr + (run.stdout.isEmpty && run.stderr.isEmpty ? "checker failed (\(run.status))" : "")
    }

    /// Records an issue in the running test when a report run's output does not conform.
    static func check(_ arguments: [String], _ run: Run) {
        guard isReport(arguments), run.status != 2 || !run.stdout.isEmpty else { return }
        do {
            let problems = try violations(run.stdout)
            #expect(problems.isEmpty, "ita \(arguments.joined(separator: " ")): the report does not follow docs/report.schema.json:\n\(problems)")
        } catch {
            Issue.record("checking the report against the schema failed: \(error)")
        }
    }
}
