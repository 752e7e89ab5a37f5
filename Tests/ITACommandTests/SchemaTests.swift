import Foundation
import Testing

/// The versioned report contract (docs/report.schema.json): the top-level `schemaVersion`,
/// `version` and `template`, per file `valid` and its counts; and the checker that every
/// report-producing test goes through (`ReportSchema.check`) really rejects what breaks it.
@Suite struct SchemaTests {
    static let validation = packageRoot.appendingPathComponent("Tests/Fixtures/validation")

    /// Reports of every kind: passing, with errors, unreadable, several files, English, a year's template.
    static let runs: [[String]] = [
        [sample("kudjok-2564-report.txt")],
        [sample("kudjok-2564-plan.csv"), sample("kudjok-2564-results.csv")],
        [sample("kudjok-2564-report.txt"), "/nonexistent/plan.xlsx", "--lang", "en"],
        [sample("kudjok-2564-report.txt"), "--ita-year", "2569", "--fiscal-year", "2564"],
    ] + ((try? FileManager.default.contentsOfDirectory(atPath: validation.path)) ?? []).sorted()
        .filter { !$0.hasPrefix(".") }.map { [validation.appendingPathComponent($0).path] }

    @Test(arguments: runs)
    func everyReportFollowsTheSchema(_ arguments: [String]) throws {
        let run = try execute(itaBinary, ["validate"] + arguments + ["--format", "json"])  // checked against the schema by `execute`
        let report = try jsonObject(run.stdout)
        #expect(report["schemaVersion"] as? String == "1.0")
        let version = try execute(itaBinary, ["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(report["version"] as? String == version)
        let files = try #require(report["files"] as? [[String: Any]])
        let summary = try #require(report["summary"] as? [String: Int])
        for (key, total) in [("errors", summary["errors"]), ("warnings", summary["warnings"]), ("info", summary["info"])] {
            #expect(files.compactMap { ($0["counts"] as? [String: Int])?[key] }.reduce(0, +) == total, "per-file \(key) add up to the summary")
        }
        // A file that could be read states its format; one that could not has only its refusal.
        let readable = files.map { $0["format"] != nil }
        for (file, isReadable) in zip(files, readable) {
            let errors = (file["counts"] as? [String: Int])?["errors"] ?? -1
            #expect(file["valid"] as? Bool == (isReadable && errors == 0), "\(file["path"] ?? "")")
        }
        #expect(report["valid"] as? Bool == (summary["errors"] == 0))
        let expectedExit: Int32 = readable.contains(false) ? 2 : (summary["errors"] == 0 ? 0 : 1)
        #expect(run.status == expectedExit)
    }

    /// `ita batch --format json` of folders with good, broken and hostile files.
    @Test(arguments: ["Samples", "Tests/Fixtures/validation", "Tests/Fixtures/hostile"])
    func everyBatchSummaryFollowsTheSchema(_ folder: String) throws {
        let run = try execute(itaBinary, ["batch", packageRoot.appendingPathComponent(folder).path, "--format", "json"])  // checked by `execute`
        #expect(run.status != 64 && !run.stdout.isEmpty, "\(run.stderr)")
        let report = try jsonObject(run.stdout)
        #expect(report["schemaVersion"] as? String == "1.0" && report["version"] != nil && report["template"] != nil)
        let submissions = try #require(report["submissions"] as? [[String: Any]])
        #expect(!submissions.isEmpty)
        for submission in submissions {
            #expect((submission["valid"] as? Bool) == (submission["verdict"] as? String == "pass"))
        }
    }

    @Test func theTemplateYearAppliedIsStated() throws {
        let chosen = try jsonObject(try ita("validate", sample("kudjok-2564-report.txt"), "--ita-year", "2569", "--fiscal-year", "2564", "--format", "json").stdout)
        #expect(chosen["template"] as? Int == 2569)
        let fromTheDocument = try jsonObject(try ita("validate", sample("kudjok-2564-report.txt"), "--format", "json").stdout)
        #expect(fromTheDocument["template"] as? Int == 2564)
    }

    /// The schema checker itself: a conforming report passes, each kind of breach is caught.
    @Test(arguments: [
        ("schemaVersion", "removed"), ("version", "removed"), ("template", "removed"), ("valid", "text"),
        ("files.0.valid", "removed"), ("files.0.counts", "removed"), ("files.0.counts.errors", "negative"),
        ("files.0.findings.0.severity", "text"), ("files.0.findings.0.cell", "text"), ("files.0.findings.0.message", "removed"),
    ])
    func theCheckerRejectsWhatBreaksTheContract(_ path: String, _ breach: String) throws {
        let run = try ita("validate", sample("kudjok-2564-report.txt"), "--format", "json")
        #expect(try ReportSchema.violations(run.stdout).isEmpty)
        var report: Any = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        func change(_ value: Any, _ keys: ArraySlice<String>) -> Any? {
            guard let key = keys.first else {
                switch breach {
                case "removed": return nil
                case "negative": return -1
                default: return "not what the schema says"
                }
            }
            if var array = value as? [Any], let index = Int(key) {
                array[index] = change(array[index], keys.dropFirst()) as Any
                return array
            }
            var object = value as? [String: Any] ?? [:]
            object[key] = change(object[key] as Any, keys.dropFirst())
            return object
        }
        report = change(report, ArraySlice(path.split(separator: ".").map(String.init))) as Any
        let broken = String(decoding: try JSONSerialization.data(withJSONObject: report), as: UTF8.self)
        #expect(!(try ReportSchema.violations(broken)).isEmpty, "\(path) \(breach) must be refused")
    }
}
