import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import ITAServe
import Sheets
import Testing

/// The page as a browser without JavaScript uses it: form, 303 to the result, downloads, delete.
@Suite struct PageTests {
    @Test(arguments: [("/", "ตรวจสอบ", "th"), ("/?lang=en", "Check", "en")])
    func uploadFormIsServed(_ path: String, _ button: String, _ language: String) async throws {
        let app = ServeApp(configuration: testConfiguration())
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .ok)
                let page = text(response.body)
                #expect(page.contains("<form id=\"check\" class=\"card\" method=\"post\" action=\"/check?lang=\(language)\" enctype=\"multipart/form-data\">"))
                #expect(page.contains("<html lang=\"\(language)\">"))
                #expect(page.contains(">\(button)</button>"))
                // No inline script, nothing loaded from outside.
                #expect(!page.contains("<script>"))
                for outside in ["src=\"http", "href=\"http", "src=\"//", "href=\"//", "url("] { #expect(!page.contains(outside)) }
            }
        }
    }

    /// The help for scripts: the curl example in a box of its own (it scrolls sideways on a phone
    /// instead of breaking inside a word), naming the address the browser used; each API path whole.
    @Test(arguments: [("/", "ส่งไฟล์แบบเดียวกับฟอร์มนี้"), ("/?lang=en", "Post the files as this form does")])
    func helpForScriptsShowsARunnableExample(_ path: String, _ words: String) async throws {
        let app = ServeApp(configuration: testConfiguration())
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                let page = text(response.body)
                #expect(page.contains(words))
                #expect(page.contains("<pre class=\"command\"><code>curl -F files=@plan.xlsx -F files=@results.csv http://localhost/api/validate</code></pre>"))
                for api in ["/api/validate", "/api/export", "/api/batch"] { #expect(page.contains("<li><code>\(api)</code> — ")) }
            }
        }
    }

    @Test(arguments: [("127.0.0.1:8080", "http://127.0.0.1:8080"), ("ita.example.go.th", "http://ita.example.go.th"),
                      ("[::1]:8080", "http://[::1]:8080"), ("x\"><script>", "http://HOST"), ("a b", "http://HOST"), ("", "http://HOST")])
    func curlExampleEchoesOnlyAPlainHost(_ authority: String, _ origin: String) {
        #expect(ServeApp.origin(authority: authority) == origin)
    }

    @Test func curlExampleWithoutAHostHasThePlaceholder() {
        #expect(ServeApp.origin(authority: nil) == "http://HOST")
    }

    @Test(arguments: [("/static/app.css", "text/css; charset=utf-8"), ("/static/app.js", "text/javascript; charset=utf-8")])
    func assetsAreServedFromTheBinary(_ path: String, _ type: String) async throws {
        let app = ServeApp(configuration: testConfiguration())
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == type)
                #expect(response.body.readableBytes > 1000)
            }
        }
    }

    @Test func checkShowsTheVerdictFindingsAndPairsThenDownloadsThenForgets() async throws {
        let app = ServeApp(configuration: testConfiguration())
        var form = MultipartBody()
        form.field("lang", "th")
        form.file("kudjok-2564-report.txt", try sampleBytes("kudjok-2564-report.txt"))
        let sent = form
        try await Application(router: app.router()).test(.router) { client in
            let location = try await client.execute(uri: "/check", method: .post, headers: sent.headers, body: sent.body) { response in
                #expect(response.status == .seeOther)
                return try #require(response.headers[.location])
            }
            #expect(location.hasPrefix("/result/") && location.hasSuffix("?lang=th"))
            let id = String(location.dropFirst("/result/".count).prefix(while: { $0 != "?" }))
            #expect(id.count == 32 && id.allSatisfy(\.isHexDigit))

            try await client.execute(uri: location, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.cacheControl] == "no-store")
                let page = text(response.body)
                #expect(page.contains("data-verdict=\"pass\""))
                #expect(page.contains("ผ่าน: ไม่พบข้อผิดพลาด"))
                // The sample's explained late measure, at its cell, with its fix.
                #expect(page.contains("data-code=\"result-outside-period\""))
                #expect(page.contains("COVID-๑๙"))
                #expect(page.contains("วิธีแก้"))
                // Its tables and the plan↔results pairs, with statuses.
                #expect(page.contains("การจับคู่แผนกับผลการดำเนินการ"))
                #expect(page.contains("<span class=\"status done\">ดำเนินการแล้ว</span>"))
                #expect(page.contains("/download/\(id)/1/results.xlsx"))
                #expect(!page.contains("/download/\(id)/review.xlsx"))
            }
            try await client.execute(uri: "/result/\(id)?lang=en", method: .get) { response in
                #expect(text(response.body).contains("Pass: no errors found"))
            }
            for file in ["results.xlsx", "annotated.xlsx"] {
                try await client.execute(uri: "/download/\(id)/1/\(file)", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
                    let workbook = try SpreadsheetReader.read(bytes: Array(response.body.readableBytesView), path: file)
                    #expect(!workbook.sheets.isEmpty)
                }
            }
            try await client.execute(uri: "/forget/\(id)?lang=th", method: .post) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: location, method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/download/\(id)/1/results.xlsx", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
        #expect(await app.store.count == 0)
    }

    @Test func checkWithoutFilesShowsTheFormAgainWithTheReason() async throws {
        let app = ServeApp(configuration: testConfiguration())
        var form = MultipartBody()
        form.field("lang", "en")
        let sent = form
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/check?lang=en", method: .post, headers: sent.headers, body: sent.body) { response in
                #expect(response.status == .badRequest)
                #expect(text(response.body).contains("No file was sent"))
            }
        }
    }

    @Test func unreadableFileShowsItsFindingOnThePage() async throws {
        let app = ServeApp(configuration: testConfiguration())
        var form = MultipartBody()
        form.file("bomb.xlsx", try fixtureBytes("hostile/bomb_ratio.xlsx"))
        let sent = form
        try await Application(router: app.router()).test(.router) { client in
            let location = try await postCheck(client, sent).location
            try await client.execute(uri: location, method: .get) { response in
                let page = text(response.body)
                #expect(page.contains("data-verdict=\"unreadable\""))
                #expect(page.contains("data-code=\"limit-exceeded\""))
                #expect(!page.contains("results.xlsx"))
            }
        }
    }
}
