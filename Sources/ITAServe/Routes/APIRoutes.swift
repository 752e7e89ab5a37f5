import Hummingbird
import ITA
import Sheets

/// The HTTP API for scripts, with the command line's contracts: /api/validate answers the JSON
/// of `ita validate --format json`, /api/export the workbook of `ita export`.
extension ServeApp {
    func addAPIRoutes(to router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in
            let kept = await self.store.count
            return Responses.json("{\"status\":\"ok\",\"kept\":\(kept)}")
        }
        router.post("/api/validate") { request, _ in
            let (report, _) = try await self.check(request)
            if let refusal = ServeError.unusable(report) { return Responses.error(refusal) }
            return Responses.json(report.json() + "\n")
        }
        router.post("/api/export") { request, _ in
            let (report, options) = try await self.check(request)
            if let refusal = ServeError.unusable(report) { return Responses.error(refusal) }
            let bytes = try await self.limiter.run {
                Result { () throws(SheetsError) in try Checker.resultsWorkbook(report, options: options) }
            }.mapError(ServeError.output).get()
            var response = Responses.download(bytes, fileName: "ita-results.xlsx", type: Responses.xlsxType)
            // What `ita export` says with its exit status: written, but were there errors?
            response.headers[.init("X-ITA-Valid")!] = report.isValid ? "true" : "false"
            response.headers[.init("X-ITA-Errors")!] = String(report.count(.error))
            return response
        }
    }

    /// Reads the upload and validates it under the work cap.
    func check(_ request: Request) async throws(ServeError) -> (ValidationReport, CheckOptions) {
        let form = try await UploadReader.form(request, limit: configuration.maxUploadBytes)
        var fields = form.fields
        for (key, value) in request.uri.queryParameters where fields[String(key)] == nil { fields[String(key)] = String(value) }
        let options = try CheckOptions(fields: fields)
        guard !form.files.isEmpty else { throw .noFiles }
        let uploads = form.files
        let report = try await limiter.run { Checker.validate(uploads, options: options) }
        return (report, options)
    }
}
