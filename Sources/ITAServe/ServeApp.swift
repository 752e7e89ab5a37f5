import Foundation
import Hummingbird
import HummingbirdCore
import ITA
import Sheets
import Logging

/// `ita serve`: the router (page + API) over the library, the cap on work, and the kept results.
/// `package`: ITACommand makes one from its flags, runs its application and prints its start message.
package struct ServeApp: Sendable {
    let configuration: ServerConfiguration
    let limiter: WorkLimiter
    let store: ResultStore
    /// Log a line per request (counts and times only); tests keep quiet.
    let logRequests: Bool

    /// The server for a configuration; `logRequests`: a line per request on standard error (`ita serve` without --quiet).
    package init(configuration: ServerConfiguration, logRequests: Bool = false) {
        self.configuration = configuration
        self.limiter = WorkLimiter(jobs: configuration.jobs, queue: configuration.queue, timeout: configuration.requestTimeout)
        self.store = ResultStore(lifetime: configuration.resultLifetime, capacity: configuration.maxKeptResults,
                                 byteBudget: configuration.maxKeptBytes)
        self.logRequests = logRequests
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestLog(enabled: logRequests))
        router.add(middleware: SecurityHeaders { error, request in
            // Scripts get JSON; the page gets its upload form again, with the reason on it.
            if request.uri.path.hasPrefix("/api/") || request.uri.path == "/healthz" { return Responses.error(error) }
            return Responses.html(self.uploadPage(request, error: error), status: error.status)
        })
        addAPIRoutes(to: router)
        addPageRoutes(to: router)
        return router
    }

    /// An output (workbook, summary) made under the work cap; a failure to write it is the server's (500).
    func produce(_ work: @escaping @Sendable () throws(SheetsError) -> [UInt8]) async throws(ServeError) -> [UInt8] {
        try await limiter.run { Result(catching: work) }.mapError(ServeError.output).get()
    }

    /// LibreOffice is there: the page offers the PDF and /api/export?format=pdf makes it.
    var pdfAvailable: Bool { configuration.office != nil }

    /// The results workbook as a PDF, under the work cap; 501 pdf-unavailable without LibreOffice.
    func producePDF(_ outcomes: [Pipeline.Outcome], options: CheckOptions) async throws(ServeError) -> [UInt8] {
        guard let office = configuration.office else { throw .pdfUnavailable }
        let timeout = configuration.requestTimeout
        return try await limiter.run {
            Result { () throws(ServeError) in try Checker.resultsPDF(outcomes, options: options, office: office, timeout: timeout) }
        }.get()
    }

    /// The application as `ita serve` runs it: HTTP/1.1 with an idle timeout (a client that sends
    /// nothing for the request time is dropped), a cap on connections, a quiet logger.
    package func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "ita-serve")
        logger.logLevel = .error
        return Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.requestTimeout.components.seconds)))),
            // Open connections are capped: each may hold an upload in memory while it arrives.
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil,
                                 availableConnectionsDelegate: MaximumAvailableConnections(configuration.maxConnections)),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
    }

    /// What `ita serve` prints when it is listening: where, to whom, with what limits, in Thai
    /// (English with `--lang en`); the first line holds the address in both (scripts read the port from it).
    package func startMessage(port: Int, language: Language = .th) -> String {
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        let url = "http://\(host):\(port)/"
        let local = ["127.0.0.1", "localhost", "::1"].contains(configuration.host)
        let mb = ByteCountText.megabytes(configuration.maxUploadBytes)
        let jobs = configuration.jobs, t = Words(language: language)
        let reach = local
            ? t("เปิด \(url) ในเบราว์เซอร์ — รับเฉพาะจากเครื่องนี้ (ใช้ --host 0.0.0.0 เพื่อให้เครื่องอื่นในเครือข่ายเข้าได้)",
                "open \(url) in a browser — this machine only (--host 0.0.0.0 lets other machines in)")
            : t("เปิด \(url) ในเบราว์เซอร์ — เครื่องอื่นในเครือข่ายเข้าได้ด้วย (--host \(configuration.host))",
                "open \(url) in a browser — other machines on the network can reach it (--host \(configuration.host))")
        let limits = t("ไฟล์รวมไม่เกิน \(mb) MB · ตรวจพร้อมกัน \(jobs) งาน · ไม่บันทึกไฟล์ลงดิสก์ · ",
                       "uploads up to \(mb) MB · \(jobs) checks at once · nothing written to disk · ")
            + (pdfAvailable ? t("ดาวน์โหลด PDF ได้", "PDF downloads on") : t("ไม่มี LibreOffice จึงไม่มีปุ่ม PDF", "no LibreOffice, so no PDF downloads"))
        return [reach, limits, t("กด Ctrl-C เพื่อหยุด", "Ctrl-C stops")].map { "ita serve: " + $0 }.joined(separator: "\n")
    }
}
