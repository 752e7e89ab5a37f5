import Foundation
import Testing

/// Helpers for the workbook-writing commands (`export`, `template`): run `ita` with a fixed
/// creation time, read the result with openpyxl, compare it part by part with goldens, and render
/// it with LibreOffice.
enum WorkbookChecks {
    static let inspector = packageRoot.appendingPathComponent("Tests/ITACommandTests/Support/inspect_workbook.py").path
    static let goldens = packageRoot.appendingPathComponent("Tests/Fixtures/export")
    static let env = URL(fileURLWithPath: "/usr/bin/env")

    /// `ita ARGS` with `ITA_FIXED_TIME=1`, so that the same input gives the same workbook.
    static func ita(_ arguments: [String]) throws -> Run {
        let run = try execute(env, ["ITA_FIXED_TIME=1", itaBinary.path] + arguments)
        ReportSchema.check(arguments, run)
        return run
    }

    /// Runs a program with its output in files, not pipes: reading pipes with FileHandle while
    /// other tests start processes has crashed Foundation on Linux (EINTR inside a `try!`).
    static func execute(_ executable: URL, _ arguments: [String], stdin: Data? = nil) throws -> Run {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ita-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out"), err = dir.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = testEnvironment()
        if let stdin {
            let input = dir.appendingPathComponent("in")
            try stdin.write(to: input)
            process.standardInput = try FileHandle(forReadingFrom: input)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try? outHandle.close()
        try? errHandle.close()
        return Run(status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                   stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    static func inspect(_ path: URL) throws -> [String: Any] {
        let run = try execute(env, ["python3", inspector, path.path])
        #expect(run.status == 0, "\(run.stderr)")
        return try jsonObject(run.stdout)
    }

    static func sheets(_ path: URL) throws -> [[String: Any]] {
        try #require(try inspect(path)["sheets"] as? [[String: Any]])
    }

    static func cells(_ sheet: [String: Any]) -> [String: [String: Any]] {
        sheet["cells"] as? [String: [String: Any]] ?? [:]
    }

    /// Every part of the zip container, by name (Python's zipfile: an independent unzip).
    static func parts(_ path: URL) throws -> [String: String] {
        let run = try execute(env, ["python3", inspector, "--parts", path.path])
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: String])
    }

    /// libxlsxwriter's own test method: the same list of parts, and each XML
    /// part equal element by element after removing what may vary (the dates of docProps/core.xml)
    /// and sorting relationships. Re-record with `RECORD_GOLDENS=1`.
    static func compareWithGoldens(_ path: URL, name: String) throws {
        let contents = try parts(path)
        let names = contents.keys.sorted()
        let directory = goldens.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil || !FileManager.default.fileExists(atPath: directory.path)
        if record {
            try? FileManager.default.removeItem(at: directory)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try (names.joined(separator: "\n") + "\n").write(to: directory.appendingPathComponent("parts.txt"), atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: directory.appendingPathComponent("parts.txt"), encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(names == expected, "the list of parts")
        for part in names {
            let actual = normalize(contents[part] ?? "")
            let golden = directory.appendingPathComponent(part.replacingOccurrences(of: "/", with: "__"))
            if record {
                try actual.write(to: golden, atomically: true, encoding: .utf8)
                continue
            }
            let wanted = try String(contentsOf: golden, encoding: .utf8)
            let a = elements(actual), b = elements(wanted)
            if a != b {
                let first = zip(a, b).first { $0 != $1 }
                Issue.record("part \(part) differs: \(first.map { "\($0.0)\n  golden: \($0.1)" } ?? "\(a.count) vs \(b.count) elements")")
            }
        }
        if record { Issue.record("Recorded new goldens in \(directory.path); run again to compare") }
    }

    static func normalize(_ xml: String) -> String {
        xml.replacingOccurrences(of: #"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:(created|modified)>"#,
                                 with: "<dcterms:$1$2/>", options: .regularExpression)
    }

    static func elements(_ xml: String) -> [String] {
        var list = xml.replacingOccurrences(of: ">\\s*<", with: ">\n<", options: .regularExpression).split(separator: "\n").map(String.init)
        if list.contains(where: { $0.hasPrefix("<Relationship ") }) { list.sort() }
        return list
    }

    /// Renders with LibreOffice headless (its own profile per call) and returns `pdfinfo`'s
    /// output; soffice must exit 0 and write the PDF (no repair, no crash).
    static func renderPDF(_ path: URL) throws -> (info: String, pdf: URL) {
        let dir = path.deletingLastPathComponent()
        let office = try execute(env, [
            "soffice", "--headless", "-env:UserInstallation=file://\(dir.path)/lo-\(UUID().uuidString)",
            "--convert-to", "pdf", "--outdir", dir.path, path.path,
        ])
        #expect(office.status == 0, "\(office.stderr)")
        let pdf = path.deletingPathExtension().appendingPathExtension("pdf")
        let info = try execute(env, ["pdfinfo", pdf.path])
        #expect(info.status == 0, "\(info.stderr)")
        return (info.stdout, pdf)
    }

    static func pages(_ info: String) -> Int {
        info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
    }
}
