import Foundation
import Sheets
@testable import ITA

/// The package's root folder, found from this file's place.
let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func sample(_ name: String) -> String { packageRoot.appendingPathComponent("Samples/\(name)").path }
func fixture(_ name: String) -> String { packageRoot.appendingPathComponent("Tests/Fixtures/\(name)").path }

/// Reads, locates, normalizes and validates a file, as `ita validate` does.
func run(_ path: String, fiscalYear: Int? = nil) -> Pipeline.Outcome {
    Pipeline(fiscalYear: fiscalYear).run(path: path)
}

/// Runs the pipeline on text written to a temporary file named `name`.
func run(text: String, name: String, fiscalYear: Int? = nil) throws -> Pipeline.Outcome {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ita-\(UUID().uuidString)-\(name)")
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return Pipeline(fiscalYear: fiscalYear).run(path: url.path)
}

/// The findings that are not info, as `code@Cell` (or `code` for a file or table): what a layout test expects.
func notInfo(_ outcome: Pipeline.Outcome) -> [String] {
    outcome.findings.filter { $0.severity != .info }.map { f in f.place.map { "\(f.code)@\($0.address.a1)" } ?? f.code.rawValue }
}
