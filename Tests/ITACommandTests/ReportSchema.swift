import Foundation
import Testing

/// The report contract: every `validate`/`batch --format json` a test runs through `execute` is
/// checked against `docs/report.schema.json` with python's jsonschema, so the published schema
/// and the JSON the tool writes cannot drift apart.
enum ReportSchema {
    static let schema = packageRoot.appendingPathComponent("docs/report.schema.json").path
    static let checker = packageRoot.appendingPathComponent("Tests/ITACommandTests/Support/check_report_schema.py").path

    /// The report a run wrote: standard output for `validate --format json`; `--summary` (standard
    /// output by default) for `batch --format json`; nil for other runs.
    static func report(_ arguments: [String], _ run: Run) -> String? {
        func value(_ name: String) -> String? {
            zip(arguments, arguments.dropFirst()).first { $0.0 == name }?.1
                ?? arguments.first { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1)) }
        }
        guard value("--format") == "json" else { return nil }
        if arguments.contains("batch") {
            let summary = value("--summary") ?? "-"
            return summary == "-" ? run.stdout : try? String(contentsOfFile: summary, encoding: .utf8)
        }
        return arguments.contains("validate") ? run.stdout : nil
    }

    /// The violations of `report` (empty when it conforms).
    static func violations(_ report: String) throws -> String {
        let run = try WorkbookChecks.execute(WorkbookChecks.env, ["python3", checker, schema], stdin: Data(report.utf8))
        return run.status == 0 ? "" : run.stdout + run.stderr + (run.stdout.isEmpty && run.stderr.isEmpty ? "checker failed (\(run.status))" : "")
    }

    /// Records an issue in the running test when a report run's output does not conform.
    static func check(_ arguments: [String], _ run: Run) {
        guard let report = report(arguments, run), !report.isEmpty else { return }
        do {
            let problems = try violations(report)
            #expect(problems.isEmpty, "ita \(arguments.joined(separator: " ")): the report does not follow docs/report.schema.json:\n\(problems)")
        } catch {
            Issue.record("checking the report against the schema failed: \(error)")
        }
    }
}
