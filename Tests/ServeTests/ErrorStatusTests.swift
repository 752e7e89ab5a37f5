import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import ITAServe
import Testing

/// Every refusal of the API: its status and its code, for each kind of bad upload.
@Suite struct ErrorStatusTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var bytes: @Sendable () throws -> [UInt8]
        var status: HTTPResponse.Status
        var code: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "ZIP bomb (inflate ratio)", file: "bomb.xlsx", bytes: { try fixtureBytes("hostile/bomb_ratio.xlsx") },
             status: .contentTooLarge, code: "limit-exceeded"),
        Case(name: "too many zip entries", file: "entries.xlsx", bytes: { try fixtureBytes("hostile/too_many_entries.xlsx") },
             status: .contentTooLarge, code: "limit-exceeded"),
        Case(name: "billion laughs", file: "laughs.xlsx", bytes: { try fixtureBytes("hostile/billion_laughs.xlsx") },
             status: .badRequest, code: "unreadable-file"),
        // What a file is comes from its bytes: a damaged PDF named .xlsx is a damaged PDF (a good one is read).
        Case(name: "damaged PDF sent as .xlsx", file: "plan.xlsx", bytes: { Array("%PDF-1.4\n%\u{E2}\u{E3}\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".utf8) },
             status: .badRequest, code: "unreadable-file"),
        Case(name: "a picture sent as .xlsx", file: "plan.xlsx", bytes: { try fixtureBytes("identify/scan-png.xlsx") },
             status: .unsupportedMediaType, code: "unsupported-format"),
        Case(name: "password-protected workbook", file: "secret.xlsx", bytes: { try fixtureBytes("identify/password.xlsx") },
             status: .unsupportedMediaType, code: "encrypted-workbook"),
        Case(name: "truncated workbook", file: "cut.xlsx", bytes: { try fixtureBytes("hostile/truncated.xlsx") },
             status: .badRequest, code: "unreadable-file"),
        Case(name: "empty file", file: "empty.csv", bytes: { [] },
             status: .badRequest, code: "unreadable-file"),
    ]

    @Test(arguments: cases)
    func badFileIsRefusedWithItsFindingCode(_ test: Case) async throws {
        var form = MultipartBody()
        form.file(test.file, try test.bytes())
        let app = ServeApp(configuration: testConfiguration())
        let sent = form
        try await Application(router: app.router()).test(.router) { client in
            for path in ["/api/validate", "/api/export"] {
                try await client.execute(uri: path, method: .post, headers: sent.headers, body: sent.body) { response in
                    #expect(response.status == test.status, "\(path)")
                    let body = try jsonObject(response.body)
                    let error = try #require(body["error"] as? [String: Any])
                    #expect(error["code"] as? String == test.code)
                    #expect(error["status"] as? Int == test.status.code)
                    let message = try #require(error["message"] as? [String: String])
                    #expect(message["th"]?.isEmpty == false && message["en"]?.isEmpty == false)
                    // The validate report rides along, its finding naming the file as uploaded.
                    let report = try #require(body["report"] as? [String: Any])
                    let files = try #require(report["files"] as? [[String: Any]])
                    #expect(files.first?["path"] as? String == test.file)
                }
            }
        }
    }

    /// 21 MB against the 20 MB default: 413 before any check runs.
    @Test func uploadOverTheLimitIs413() async throws {
        var form = MultipartBody()
        form.file("big.csv", [UInt8](repeating: UInt8(ascii: "a"), count: 21 * 1_000_000))
        let app = ServeApp(configuration: testConfiguration())
        let sent = form
        try await Application(router: app.router()).test(.router) { client in
            for path in ["/api/validate", "/api/export", "/check"] {
                try await client.execute(uri: path, method: .post, headers: sent.headers, body: sent.body) { response in
                    #expect(response.status == .contentTooLarge, "\(path)")
                    if path.hasPrefix("/api/") {
                        let code = try errorCode(response.body)
                        #expect(code == "upload-too-large")
                    } else {
                        #expect(text(response.body).contains("20 MB"))
                    }
                }
            }
        }
    }

    struct RequestCase: CustomTestStringConvertible, Sendable {
        var name: String
        var headers: HTTPFields
        var body: [UInt8]
        var code: String
        var testDescription: String { name }
    }

    static let requestCases: [RequestCase] = {
        let plain = MultipartBody()
        var noFile = MultipartBody()
        noFile.field("lang", "th")
        var badYear = MultipartBody()
        badYear.field("fiscalYear", "3105")
        badYear.file("plan.csv", Array("a,b\n".utf8))
        return [
            RequestCase(name: "no file", headers: noFile.headers, body: Array(noFile.body.readableBytesView), code: "no-files"),
            RequestCase(name: "not multipart", headers: [.contentType: "application/json"], body: Array("{}".utf8), code: "bad-request"),
            RequestCase(name: "cut-short multipart", headers: plain.headers,
                        body: Array("--\(plain.boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.csv\"\r\n\r\nabc".utf8),
                        code: "bad-request"),
            RequestCase(name: "fiscal year outside B.E. 2540–2600", headers: badYear.headers, body: Array(badYear.body.readableBytesView),
                        code: "bad-request"),
        ]
    }()

    @Test(arguments: requestCases)
    func badRequestIs400(_ test: RequestCase) async throws {
        let app = ServeApp(configuration: testConfiguration())
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/validate", method: .post, headers: test.headers, body: ByteBuffer(bytes: test.body)) { response in
                #expect(response.status == .badRequest)
                let code = try errorCode(response.body)
                #expect(code == test.code)
            }
        }
    }

    /// With every job taken and no room to wait, the next request is answered 503 at once.
    @Test func busyServerAnswers503() async throws {
        var configuration = testConfiguration()
        configuration.jobs = 1
        configuration.queue = 0
        let app = ServeApp(configuration: configuration)
        #expect(await app.limiter.hold())
        let form = try samplePair()
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/validate", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] != nil)
                let code = try errorCode(response.body)
                #expect(code == "server-busy")
            }
            await app.limiter.release()
            try await client.execute(uri: "/api/validate", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .ok)
            }
        }
    }

    /// A request that waits past the request time is answered 503 request-timeout.
    @Test func requestPastItsTimeAnswers503() async throws {
        var configuration = testConfiguration()
        configuration.jobs = 1
        configuration.queue = 4
        configuration.requestTimeout = .milliseconds(200)
        let app = ServeApp(configuration: configuration)
        #expect(await app.limiter.hold())
        let form = try samplePair()
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/validate", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .serviceUnavailable)
                let code = try errorCode(response.body)
                #expect(code == "request-timeout")
            }
        }
        await app.limiter.release()
    }
}
