import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ITA
@testable import ITAServe
import Testing

/// The PDF of the results workbook, as `ita export --pdf` makes it: offered on the page and by
/// /api/export when LibreOffice is installed, refused with advice (501) when it is not.
@Suite struct PDFTests {
    static let office = ServerConfiguration().office

    /// The text of a PDF (pdftotext, whitespace removed: a cell's text wraps over lines).
    static func squeezedText(_ pdf: [UInt8]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("serve-pdf-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(pdf).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-raw", file.path, "-"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).filter { !$0.isWhitespace }
    }

    /// `format=pdf` (a form field or the query) and `Accept: application/pdf` both ask for it.
    @Test(.enabled(if: office != nil, "LibreOffice (soffice) is not installed: scripts/setup installs libreoffice-calc"),
          arguments: ["/api/export?format=pdf", "accept"])
    func exportAnswersThePDF(_ how: String) async throws {
        let app = ServeApp(configuration: testConfiguration())
        let form = try samplePair()
        var headers = form.headers
        if how == "accept" { headers[.accept] = "application/pdf" }
        let uri = how == "accept" ? "/api/export" : how, sentHeaders = headers
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: uri, method: .post, headers: sentHeaders, body: form.body) { response in
                #expect(response.status == .ok, "\(text(response.body).prefix(300))")
                #expect(response.headers[.contentType] == "application/pdf")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"ita-results.pdf\"")
                #expect(response.headers[.init("X-ITA-Valid")!] == "true")
                let pdf = Array(response.body.readableBytesView)
                #expect(pdf.starts(with: Array("%PDF-".utf8)))
                let squeezed = try Self.squeezedText(pdf)
                #expect(squeezed.contains("องค์การบริหารส่วนตำบลกุดจอก"))
                #expect(squeezed.contains("มีแนวทางปฏิบัติเกี่ยวกับการใช้ทรัพย์สินของราชการที่ถูกต้อง"), "the plan's first measure: \(squeezed.prefix(300))")
            }
        }
    }

    /// The result page shows "ดาวน์โหลด PDF" per submission, and the button's link gives the PDF.
    @Test(.enabled(if: office != nil, "LibreOffice (soffice) is not installed: scripts/setup installs libreoffice-calc"))
    func pageOffersThePDF() async throws {
        let app = ServeApp(configuration: testConfiguration())
        let form = try samplePair()
        try await Application(router: app.router()).test(.router) { client in
            let (location, id) = try await postCheck(client, form)
            try await client.execute(uri: location, method: .get) { response in
                let page = text(response.body)
                #expect(page.contains("id=\"download-pdf\" href=\"/download/\(id)/1/results.pdf\" download>ดาวน์โหลด PDF</a>"))
            }
            try await client.execute(uri: "/download/\(id)/1/results.pdf", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/pdf")
                #expect(Array(response.body.readableBytesView).starts(with: Array("%PDF-".utf8)))
            }
        }
    }

    /// Without LibreOffice: no PDF button, and asking for one is 501 pdf-unavailable with what
    /// to do instead, in Thai and English (never a hang, never a workbook passed off as a PDF).
    @Test func withoutLibreOfficeNoButtonAndA501WithAdvice() async throws {
        var configuration = testConfiguration()
        configuration.office = nil
        let app = ServeApp(configuration: configuration)
        let form = try samplePair()
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/export?format=pdf", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .notImplemented)
                #expect(try errorCode(response.body) == "pdf-unavailable")
                let message = try #require((try jsonObject(response.body)["error"] as? [String: Any])?["message"] as? [String: String])
                #expect(message["th"]?.contains("LibreOffice") == true)
                #expect(message["en"]?.contains("apt-get install libreoffice-calc") == true)
            }
            let (location, id) = try await postCheck(client, form)
            try await client.execute(uri: location, method: .get) { response in
                let page = text(response.body)
                #expect(page.contains("id=\"download-results\""))
                #expect(!page.contains("PDF"))
            }
            try await client.execute(uri: "/download/\(id)/1/results.pdf", method: .get) { response in
                #expect(response.status == .notImplemented)
                #expect(text(response.body).contains("LibreOffice"))
            }
        }
    }

    @Test func exportRefusesAnUnknownFormat() async throws {
        let app = ServeApp(configuration: testConfiguration())
        let form = try samplePair()
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/export?format=docx", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .badRequest)
                let code = try errorCode(response.body)
                #expect(code == "bad-request")
            }
        }
    }
}
