import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import ITAServe
import Sheets
import Testing

/// A reviewer's ZIP of many agencies' files: /api/batch and the page, as `ita batch` does it.
@Suite struct BatchTests {
    /// โนนสูง.zip (one agency's plan and results), bomb.zip (a member that inflates past the
    /// limits) and the sample report (plan and results of อบต.กุดจอก in one file) sent loose.
    static func reviewerUpload() throws -> MultipartBody {
        var form = MultipartBody()
        form.file("โนนสูง.zip", try fixtureBytes("submissions/batch/โนนสูง.zip"))
        form.file("bomb.zip", try fixtureBytes("submissions/batch/bomb.zip"))
        form.file("kudjok-2564-report.txt", try sampleBytes("kudjok-2564-report.txt"))
        return form
    }

    @Test func batchJSONHasASubmissionPerAgencyAndTheBombAsItsOwnRow() async throws {
        let sent = try Self.reviewerUpload()
        let app = ServeApp(configuration: testConfiguration())
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/batch?format=json", method: .post, headers: sent.headers, body: sent.body) { response in
                #expect(response.status == .ok)
                let report = try jsonObject(response.body)
                let submissions = try #require(report["submissions"] as? [[String: Any]])
                let paths = submissions.flatMap { ($0["files"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String } }
                #expect(paths.contains("โนนสูง.zip/โนนสูง/plan.csv"))
                #expect(paths.contains("bomb.zip/bomb.csv"))
                #expect(paths.contains("kudjok-2564-report.txt"))
                // No path of the server's own folder leaks into the report.
                #expect(!text(response.body).contains("ita-serve-"))
                let bomb = try #require(submissions.first { ($0["files"] as? [[String: Any]])?.first?["path"] as? String == "bomb.zip/bomb.csv" })
                #expect(bomb["verdict"] as? String == "unreadable")
                let codes = (bomb["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
                #expect(codes.contains("limit-exceeded"))
                let kudjok = try #require(submissions.first { ($0["agency"] as? String)?.contains("กุดจอก") == true })
                #expect(kudjok["verdict"] as? String == "pass")
            }
        }
    }

    @Test func batchAnswersTheReviewWorkbookAndCSV() async throws {
        let sent = try Self.reviewerUpload()
        let app = ServeApp(configuration: testConfiguration())
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/batch", method: .post, headers: sent.headers, body: sent.body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"ita-review.xlsx\"")
                let workbook = try SpreadsheetReader.read(bytes: Array(response.body.readableBytesView), path: "ita-review.xlsx")
                #expect(workbook.sheets.count >= 2)
            }
            try await client.execute(uri: "/api/batch?format=csv", method: .post, headers: sent.headers, body: sent.body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                let rows = text(response.body).split(whereSeparator: \.isNewline)
                #expect(rows.count == 4)
            }
            try await client.execute(uri: "/api/batch?format=pdf", method: .post, headers: sent.headers, body: sent.body) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    /// One workbook is one agency's: /api/export refuses two, as `ita export` does.
    @Test func exportOfSeveralAgenciesIs400() async throws {
        var form = MultipartBody()
        form.file("kudjok-2564-report.txt", try sampleBytes("kudjok-2564-report.txt"))
        form.file("หนองบัว-แผน.txt", try fixtureBytes("submissions/batch/หนองบัว-แผน.txt"))
        let sent = form
        let app = ServeApp(configuration: testConfiguration())
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/export", method: .post, headers: sent.headers, body: sent.body) { response in
                #expect(response.status == .badRequest)
                let code = try errorCode(response.body)
                #expect(code == "several-agencies")
            }
        }
    }

    @Test func pageShowsEachSubmissionAndOffersTheReviewWorkbook() async throws {
        let sent = try Self.reviewerUpload()
        let app = ServeApp(configuration: testConfiguration())
        try await Application(router: app.router()).test(.router) { client in
            let (location, id) = try await postCheck(client, sent)
            try await client.execute(uri: location, method: .get) { response in
                let page = text(response.body)
                #expect(page.contains("id=\"download-review\""))
                #expect(page.contains("id=\"submission-3\""))
                #expect(page.contains("bomb.zip/bomb.csv"))
                #expect(page.contains("data-code=\"limit-exceeded\""))
            }
            try await client.execute(uri: "/download/\(id)/review.xlsx", method: .get) { response in
                #expect(response.status == .ok)
                _ = try SpreadsheetReader.read(bytes: Array(response.body.readableBytesView), path: "ita-review.xlsx")
            }
            try await client.execute(uri: "/download/\(id)/99/results.xlsx", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
