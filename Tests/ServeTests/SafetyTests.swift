import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import ITAServe
import Testing

@Suite struct SafetyTests {
    /// Every answer — page, API, error, unknown path — carries the security headers.
    @Test(arguments: [("/", HTTPRequest.Method.get), ("/healthz", .get), ("/api/validate", .post), ("/nowhere", .get), ("/result/0", .get)])
    func securityHeadersOnEveryAnswer(_ path: String, _ method: HTTPRequest.Method) async throws {
        let app = ServeApp(configuration: testConfiguration())
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: path, method: method) { response in
                let policy = try #require(response.headers[.contentSecurityPolicy])
                #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"))
                #expect(policy.contains("frame-ancestors 'none'"))
                #expect(policy.contains("default-src 'none'"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.cacheControl] == "no-store")
            }
        }
    }

    /// A client's file name is a label, never a path: folders and `..` are dropped, and the
    /// name is shown escaped.
    @Test(arguments: [
        ("../../../etc/kudjok-2564-plan.csv", "kudjok-2564-plan.csv"),
        ("..\\..\\Windows\\kudjok-2564-plan.csv", "kudjok-2564-plan.csv"),
        ("C:\\Users\\clerk\\Desktop\\แผน 2564.csv", "แผน 2564.csv"),
        ("..", "file-1"),
        ("/", "file-1"),
        ("a\u{0}b\r\n.csv", "ab.csv"),
    ])
    func clientFileNamesAreNeverPaths(_ sent: String, _ shown: String) async throws {
        var form = MultipartBody()
        form.file(sent.replacingOccurrences(of: "\r\n", with: ""), try sampleBytes("kudjok-2564-plan.csv"))
        let app = ServeApp(configuration: testConfiguration())
        let sent = form
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/validate", method: .post, headers: sent.headers, body: sent.body) { response in
                #expect(response.status == .ok)
                let files = try #require(try jsonObject(response.body)["files"] as? [[String: Any]])
                #expect(files.first?["path"] as? String == shown.replacingOccurrences(of: "\r\n", with: ""))
            }
        }
    }

    @Test func fileNameIsEscapedOnThePage() async throws {
        var form = MultipartBody()
        form.file("<img src=x onerror=alert(1)>.csv", try sampleBytes("kudjok-2564-plan.csv"))
        let app = ServeApp(configuration: testConfiguration())
        let sent = form
        try await Application(router: app.router()).test(.router) { client in
            let location = try await postCheck(client, sent).location
            try await client.execute(uri: location, method: .get) { response in
                let page = text(response.body)
                #expect(!page.contains("<img"))
                #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;.csv"))
            }
        }
    }

    @Test(arguments: [("20MB", 20_000_000), ("512KB", 512_000), ("1MiB", 1_048_576), ("1000", 1000), ("1.5mb", 1_500_000)])
    func uploadSizesAreRead(_ text: String, _ bytes: Int) {
        #expect(ServerConfiguration.byteCount(text) == bytes)
    }

    @Test(arguments: [(20_000_000, "20"), (1_500_000, "1.5"), (30_000_212, "30"), (512_000, "0.5"), (20_970_000, "21")])
    func sizesAreSaidInMegabytes(_ bytes: Int, _ text: String) {
        #expect(ByteCountText.megabytes(bytes) == text)
    }

    /// The size sent is said when the client declared it, and the advice fits one file as well as several.
    @Test(arguments: [(Int?.some(30_000_212), "ไฟล์ที่ส่งมามีขนาดรวม 30 MB เกินที่รับได้ 20 MB", "The upload is 30 MB, more than the 20 MB accepted."),
                      (nil, "ไฟล์ที่ส่งมามีขนาดรวมเกิน 20 MB ที่รับได้", "The upload is more than the 20 MB accepted.")])
    func tooLargeSaysBothSizesAndWhatToDo(_ received: Int?, _ thai: String, _ english: String) {
        let error = ServeError.tooLarge(limit: 20_000_000, received: received)
        #expect(error.message.th.hasPrefix(thai))
        #expect(error.message.th.contains("ถ้าเป็นไฟล์เดียว ให้ลบรูปภาพ"))
        #expect(error.message.en.hasPrefix(english))
        #expect(error.code == "upload-too-large")
    }

    @Test(arguments: ["", "MB", "-1MB", "lots", "99999GB"])
    func unreadableUploadSizesAreRefused(_ text: String) {
        #expect(ServerConfiguration.byteCount(text) == nil)
    }

    /// In Thai unless `--lang en`; the address the same in both (scripts read the port from it).
    @Test func startMessageSaysWhoCanReachIt() {
        var configuration = ServerConfiguration()
        let thai = ServeApp(configuration: configuration).startMessage(port: 8080)
        #expect(thai.contains("http://127.0.0.1:8080/"))
        #expect(thai.contains("รับเฉพาะจากเครื่องนี้"))
        #expect(!thai.contains("this machine only"))
        let english = ServeApp(configuration: configuration).startMessage(port: 8080, language: .en)
        #expect(english.contains("http://127.0.0.1:8080/"))
        #expect(english.contains("this machine only"))
        #expect(!english.contains("เครื่อง"))
        configuration.host = "0.0.0.0"
        #expect(ServeApp(configuration: configuration).startMessage(port: 8080).contains("เครื่องอื่นในเครือข่ายเข้าได้ด้วย"))
        #expect(ServeApp(configuration: configuration).startMessage(port: 8080, language: .en).contains("other machines on the network can reach it"))
    }
}

/// The page's kept checks stay within their count and their byte budget, oldest out first.
@Suite struct ResultStoreTests {
    @Test(arguments: [(3, 100_000, 3), (10, 12_000, 2)])
    func oldestChecksGoFirstPastTheBudget(_ count: Int, _ bytes: Int, _ kept: Int) async throws {
        var configuration = testConfiguration()
        configuration.maxKeptResults = count
        configuration.maxKeptBytes = bytes
        let app = ServeApp(configuration: configuration)
        var form = MultipartBody()
        form.file("kudjok-2564-plan.csv", try sampleBytes("kudjok-2564-plan.csv"))  // 5,413 bytes
        let sent = form
        try await Application(router: app.router()).test(.router) { client in
            var locations: [String] = []
            for _ in 0..<4 {
                let location = try await postCheck(client, sent).location
                locations.append(location)
            }
            #expect(await app.store.count == kept)
            try await client.execute(uri: locations[0], method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: locations[3], method: .get) { #expect($0.status == .ok) }
        }
    }
}
