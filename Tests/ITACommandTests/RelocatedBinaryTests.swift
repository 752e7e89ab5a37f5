import Foundation
import Testing

/// `ita` copied alone into an empty folder (no resource bundle, no build folder beside it), run
/// from another empty folder with another HOME, does what the built binary does: the templates are
/// compiled into it.
@Suite struct RelocatedBinaryTests {
    /// One copy of the binary for the suite, in a folder of its own.
    static let relocated: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ita-alone-\(UUID().uuidString)")
        let copy = folder.appendingPathComponent("ita")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? FileManager.default.copyItem(at: itaBinary, to: copy)
        return copy
    }()

    /// What one run printed and wrote into its empty working folder.
    struct Outcome: Equatable {
        var status: Int32
        var stdout: String
        var stderr: String
        var files: [String: Data]
    }

    /// Runs `binary` in an empty working folder with an empty HOME (through `sh`, which changes into
    /// the folder), the creation time of workbooks fixed so that two runs can be compared byte by byte.
    func run(_ binary: URL, _ arguments: [String]) throws -> Outcome {
        let work = try temporaryDirectory(), home = try temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: work)
            try? FileManager.default.removeItem(at: home)
        }
        let run = try execute(URL(fileURLWithPath: "/bin/sh"), ["-c", #"cd "$1" && shift && exec "$@""#, "sh", work.path, binary.path] + arguments,
                              environment: testEnvironment(["HOME": home.path, "ITA_FIXED_TIME": "2024-01-01"]))
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: work.path) {
            files[name] = try Data(contentsOf: work.appendingPathComponent(name))
        }
        return Outcome(status: run.status, stdout: run.stdout, stderr: run.stderr, files: files)
    }

    static let report = sample("kudjok-2564-report.txt")
    static let plan = sample("kudjok-2564-plan.csv")
    static let results = sample("kudjok-2564-results.csv")

    @Test(arguments: [
        (["validate", report], 0),
        (["validate", "--format", "json", plan, results], 0),
        (["validate", "--ita-year", "2569", "--lang", "en", report], 0),
        (["export", report, "-o", "results.xlsx"], 0),
        (["export", plan, results, "-o", "results.xlsx", "--annotated", "checked.xlsx"], 0),
        (["template", "--kind", "results", "--ita-year", "2567", "-o", "form.xlsx"], 0),
    ])
    func runsAloneAsInTheBuild(arguments: [String], status: Int) throws {
        let alone = try run(Self.relocated, arguments)
        #expect(alone.status == Int32(status), "\(alone.stderr)")
        #expect(alone == (try run(itaBinary, arguments)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: Self.relocated.deletingLastPathComponent().path) == ["ita"],
                "nothing written beside the binary")
    }

    /// The templates a user of the binary starts from: `ita template -o FILE.json` writes the file the
    /// year's template was compiled from, byte for byte, and it checks as the year's own does.
    @Test(arguments: Array(2563...2569))
    func writesTheTemplateItWasBuiltWith(year: Int) throws {
        let written = try run(Self.relocated, ["template", "--ita-year", "\(year)", "-o", "mine.json"])
        #expect(written.status == 0, "\(written.stderr)")
        let source = try Data(contentsOf: packageRoot.appendingPathComponent("Sources/ITA/Resources/templates/ita-\(year).json"))
        #expect(written.files == ["mine.json": source])

        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let own = folder.appendingPathComponent("mine.json")
        try source.write(to: own)
        let withOwn = try run(Self.relocated, ["validate", "--format", "json", "--template", own.path, Self.report])
        let withYear = try run(Self.relocated, ["validate", "--format", "json", "--ita-year", "\(year)", Self.report])
        #expect(withOwn.status == withYear.status)
        #expect(withOwn.stdout == withYear.stdout)
    }
}
