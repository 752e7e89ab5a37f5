import Foundation
import Testing

/// The real `ita` binary on published PDFs (Tests/Fixtures/pdf, made by scripts/make-pdf-fixtures).
@Suite struct PDFCommandTests {
    static func pdf(_ name: String) -> String { packageRoot.appendingPathComponent("Tests/Fixtures/pdf/\(name)").path }
    static let report = pdf("kudjok-2564-report.libreoffice.pdf")

    @Test func validateNamesThePageAndRowOfItsOneFinding() throws {
        let run = try ita("validate", Self.report, "--format", "json")
        #expect(run.status == 0, "\(run.stderr)")
        let json = try jsonObject(run.stdout)
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        #expect(file["format"] as? String == "pdf")
        let findings = try #require(file["findings"] as? [[String: Any]])
        #expect(findings.map { $0["code"] as? String } == ["result-outside-period"])
        // Measure (๗) of the results starts at the top of page 11, under the repeated header.
        #expect(findings.first?["page"] as? Int == 11)
        #expect(findings.first?["pageRow"] as? Int == 1)
        let text = try ita("validate", Self.report)
        #expect(text.stdout.contains("หน้า 11, แถว 1"))
        let english = try ita("validate", Self.report, "--lang", "en")
        #expect(english.stdout.contains("page 11, row 1"))
    }

    @Test func parseGivesBothTablesFromStandardInputToo() throws {
        let run = try execute(itaBinary, ["parse", "-", "--format", "json"], stdin: try Data(contentsOf: URL(fileURLWithPath: Self.report)))
        #expect(run.status == 0, "\(run.stderr)")
        let file = try #require((try jsonObject(run.stdout)["files"] as? [[String: Any]])?.first)
        let tables = try #require(file["tables"] as? [[String: Any]])
        #expect(tables.map { $0["kind"] as? String } == ["plan", "results"])
        #expect(tables.map { ($0["measures"] as? [Any])?.count } == [8, 8])
    }

    @Test func convertAndExportAcceptAPDF() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let converted = try ita("convert", Self.report, "-o", "-", "--to", "json")
        #expect(converted.status == 0, "\(converted.stderr)")
        let sheet = try #require((try jsonObject(converted.stdout)["sheets"] as? [[String: Any]])?.first)
        // The plan's monitoring cell, written once for its rows, stays one merged range over the page break.
        #expect((sheet["merged"] as? [String])?.contains { $0.hasPrefix("E") } == true)
        let out = folder.appendingPathComponent("results.xlsx").path
        let exported = try ita("export", Self.report, "-o", out)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test(arguments: [("scanned.pdf", "unsupported-format", "สแกน"), ("encrypted.pdf", "encrypted-workbook", "รหัสผ่าน")])
    func refusesWhatItCannotRead(file: String, code: String, thai: String) throws {
        let run = try ita("validate", Self.pdf(file))
        #expect(run.status == 2)
        #expect(run.stdout.contains(code))
        #expect(run.stdout.contains(thai))
        #expect(run.stdout.contains("Word"))
    }
}
