import Foundation
import Testing

/// The conformance corpus: `ita convert FILE --to json` (the real binary) against goldens made by
/// independent readers (`scripts/make-corpus-goldens` for Tests/Fixtures/corpus/*.xlsx; Python's
/// csv module for Tests/Fixtures/csv/*). Where an independent reader was wrong the golden was
/// corrected and `<name>.note.md` says why; `known-issues.json` lists files on which the toolkit
/// is wrong (recorded as known issues, so they show up without failing the run).
@Suite struct CorpusTests {
    static let corpus = packageRoot.appendingPathComponent("Tests/Fixtures/corpus")
    static let csvFixtures = packageRoot.appendingPathComponent("Tests/Fixtures/csv")

    static let workbooks: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
        .filter { $0.hasSuffix(".xlsx") }.sorted()
    static let texts: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: csvFixtures.path)) ?? [])
        .filter { !$0.hasSuffix(".json") }.sorted()

    static let knownIssues: [String: String] = {
        guard let data = FileManager.default.contents(atPath: corpus.appendingPathComponent("known-issues.json").path),
              let map = try? JSONSerialization.jsonObject(with: data) as? [String: String] else { return [:] }
        return map
    }()

    struct Sheet: Equatable, CustomStringConvertible {
        var name: String
        var state: String
        var merged: [String]
        var cells: [String: String]
        var description: String { name }
    }

    /// Canonical JSON as comparable values; numbers compare as doubles (2564 == 2564.0).
    static func sheets(_ text: String) throws -> [Sheet] {
        let object = try jsonObject(text)
        return try #require(object["sheets"] as? [[String: Any]]).map { s in
            var cells: [String: String] = [:]
            for c in s["cells"] as? [[String: Any]] ?? [] {
                let ref = c["ref"] as? String ?? "?"
                let type = c["type"] as? String ?? "?"
                let value: String
                switch c["value"] {
                case let n as NSNumber where type == "number": value = "\(n.doubleValue)"
                case let b as Bool: value = "\(b)"
                case let v?: value = "\(v)"
                case nil: value = "null"
                }
                cells[ref] = "\(type) \(value)"
            }
            return Sheet(name: s["name"] as? String ?? "", state: s["state"] as? String ?? "",
                         merged: (s["merged"] as? [String] ?? []).sorted(), cells: cells)
        }
    }

    static func compare(_ ours: [Sheet], _ golden: [Sheet], compareNames: Bool) {
        #expect(ours.count == golden.count, "sheet count")
        if compareNames { #expect(ours.map(\.name) == golden.map(\.name)) }
        for (a, b) in zip(ours, golden) {
            #expect(a.state == b.state, "\(a.name): state")
            #expect(a.merged == b.merged, "\(a.name): merged")
            for ref in Set(a.cells.keys).union(b.cells.keys).sorted() where a.cells[ref] != b.cells[ref] {
                Issue.record("\(a.name)!\(ref): ours \(a.cells[ref] ?? "none"), golden \(b.cells[ref] ?? "none")")
            }
        }
    }

    @Test func corpusIsLargeEnough() {
        #expect(Self.workbooks.count >= 40)
    }

    @Test(arguments: workbooks)
    func workbookMatchesGolden(file: String) throws {
        let run = try ita("convert", Self.corpus.appendingPathComponent(file).path, "--to", "json", "-o", "-")
        #expect(run.status == 0, "\(run.stderr)")
        let golden = try String(contentsOf: Self.corpus.appendingPathComponent(file.replacingOccurrences(of: ".xlsx", with: ".json")), encoding: .utf8)
        let ours = try Self.sheets(run.stdout), theirs = try Self.sheets(golden)
        if let why = Self.knownIssues[file] {
            withKnownIssue(Comment(rawValue: why)) { Self.compare(ours, theirs, compareNames: true) }
        } else {
            Self.compare(ours, theirs, compareNames: true)
        }
    }

    /// Text files: every encoding and dialect of Tests/Fixtures/csv. The goldens name the sheet
    /// `Sheet1`; `convert` names it after the file, as Excel does, so names are not compared.
    @Test(arguments: texts)
    func textMatchesGolden(file: String) throws {
        let run = try ita("convert", Self.csvFixtures.appendingPathComponent(file).path, "--to", "json", "-o", "-")
        #expect(run.status == 0, "\(run.stderr)")
        let golden = try String(contentsOf: Self.csvFixtures.appendingPathComponent(file + ".expected.json"), encoding: .utf8)
        Self.compare(try Self.sheets(run.stdout), try Self.sheets(golden), compareNames: false)
    }
}
