import Foundation
import Hummingbird
import HummingbirdTesting
@testable import ITAServe
import Sheets
import Testing

@Suite struct APITests {
    let app = ServeApp(configuration: testConfiguration())

    @Test func healthzAnswersOK() async throws {
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                let body = try jsonObject(response.body)
                #expect(body["status"] as? String == "ok")
            }
        }
    }

    /// /api/validate answers exactly what `ita validate --format json` prints for the same files.
    @Test func validateAnswersTheCommandLinesJSON() async throws {
        let form = try samplePair()
        let samples = packageRoot.appendingPathComponent("Samples")
        let cli = try runITA(["validate", "kudjok-2564-plan.csv", "kudjok-2564-results.csv", "--format", "json"], in: samples)
        #expect(cli.status == 0)
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/validate", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(text(response.body) == cli.stdout)
                let report = try jsonObject(response.body)
                #expect(report["valid"] as? Bool == true)
                let files = try #require(report["files"] as? [[String: Any]])
                #expect(files.map { $0["path"] as? String } == ["kudjok-2564-plan.csv", "kudjok-2564-results.csv"])
            }
        }
    }

    @Test func validateTakesTheLanguageFieldAndYears() async throws {
        var form = try samplePair()
        form.field("fiscalYear", "2564")
        form.field("itaYear", "2564")
        let sent = form
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/validate", method: .post, headers: sent.headers, body: sent.body) { response in
                #expect(response.status == .ok)
            }
        }
    }

    /// /api/export answers the results workbook; the Sheets reader opens it and finds the sheets
    /// `ita export` writes; the headers say whether errors were found (the exit status's job).
    @Test func exportAnswersTheWorkbook() async throws {
        let form = try samplePair()
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/export", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"ita-results.xlsx\"")
                #expect(response.headers[.init("X-ITA-Valid")!] == "true")
                let bytes = Array(response.body.readableBytesView)
                let workbook = try SpreadsheetReader.read(bytes: bytes, path: "ita-results.xlsx")
                #expect(workbook.format == .xlsx)
                #expect(workbook.sheets.count >= 3)
            }
        }
    }

    /// The workbook of /api/export holds what `ita export` writes for the same files, cell for
    /// cell: titled with the template of the ITA year each document was written for (2568, 2567
    /// here, not the default year's), and in the language asked for.
    @Test(arguments: [
        ("Samples", ["kudjok-2564-plan.csv", "kudjok-2564-results.csv"], "th"),
        ("Tests/Fixtures/precision", ["03-municipality-2568-plan.xlsx"], "th"),
        ("Tests/Fixtures/precision", ["07-subdistrict-2567-results.xlsx"], "en"),
    ])
    func exportWritesWhatTheCommandLineWrites(_ folder: String, _ files: [String], _ lang: String) async throws {
        let directory = packageRoot.appendingPathComponent(folder)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("serve-export-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: output) }
        let cli = try runITA(["export"] + files + ["-o", output.path, "--lang", lang], in: directory)
        #expect(cli.status == 0 || cli.status == 1)
        let expected = try SpreadsheetReader.read(path: output.path)
        var form = MultipartBody()
        for file in files { form.file(file, Array(try Data(contentsOf: directory.appendingPathComponent(file)))) }
        form.field("lang", lang)
        let sent = form
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/export", method: .post, headers: sent.headers, body: sent.body) { response in
                #expect(response.status == .ok)
                let served = try SpreadsheetReader.read(bytes: Array(response.body.readableBytesView), path: "ita-results.xlsx")
                #expect(served.sheets.map(\.name) == expected.sheets.map(\.name))
                for (ours, theirs) in zip(served.sheets, expected.sheets) {
                    #expect(ours.rows == theirs.rows, "sheet \(ours.name)")
                }
            }
        }
    }

    @Test func unknownAPIPathIsJSON404() async throws {
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/nothing", method: .post) { response in
                #expect(response.status == .notFound)
                let error = try #require(try jsonObject(response.body)["error"] as? [String: Any])
                #expect(error["code"] as? String == "not-found")
            }
        }
    }
}
