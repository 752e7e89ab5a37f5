import Hummingbird
import ITA
import Sheets

/// The HTTP API for scripts, with the command line's contracts: /api/validate answers the JSON
/// of `ita validate --format json`, /api/export the workbook of `ita export` (its PDF, as
/// `ita export --pdf` makes it, with `format=pdf` or `Accept: application/pdf`), /api/batch the review workbook of `ita batch` (or its JSON or CSV summary).
extension ServeApp {
    func addAPIRoutes(to router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in
            let kept = await self.store.count
            return Responses.json("{\"status\":\"ok\",\"version\":\"\(ReportContract.toolVersion)\",\"kept\":\(kept)}")
        }
        router.post("/api/validate") { request, _ in
            let (check, _) = try await self.check(request)
            if let refusal = ServeError.unusable(check.report) { return Responses.error(refusal) }
            return Responses.json(check.report.json() + "\n")
        }
        router.post("/api/export") { request, _ in
            let (check, fields) = try await self.check(request)
            let wantsPDF: Bool
            switch fields["format"] {
            case nil, "": wantsPDF = request.headers[.accept]?.contains(Responses.pdfType) == true
            case "xlsx": wantsPDF = false
            case "pdf": wantsPDF = true
            default: throw ServeError.badRequest(th: "format ต้องเป็น xlsx หรือ pdf", en: "format takes xlsx or pdf.")
            }
            if let refusal = ServeError.unusable(check.report) { return Responses.error(refusal) }
            // One workbook is one agency's, as with `ita export`: several go through /api/batch.
            let agencies = Set(check.submissions.compactMap(\.agency).map(AgencyName.key))
            guard agencies.count <= 1 else { throw ServeError.severalAgencies(check.submissions.compactMap(\.agency)) }
            let outcomes = check.report.outcomes, options = check.options
            var response: Response
            if wantsPDF {
                response = Responses.download(try await self.producePDF(outcomes, options: options), fileName: "ita-results.pdf", type: Responses.pdfType)
            } else {
                let bytes = try await self.produce { () throws(SheetsError) in try Checker.resultsWorkbook(outcomes, options: options) }
                response = Responses.download(bytes, fileName: "ita-results.xlsx", type: Responses.xlsxType)
            }
            // What `ita export` says with its exit status: written, but were there errors?
            response.headers[.init("X-ITA-Valid")!] = check.report.isValid ? "true" : "false"
            response.headers[.init("X-ITA-Errors")!] = String(check.report.count(.error))
            return response
        }
        router.post("/api/batch") { request, _ in
            // As `ita batch`: a file that cannot be read is a row of the review, not a refusal.
            let (check, fields) = try await self.check(request, batch: true)
            switch fields["format"] ?? "xlsx" {
            case "json":
                return Responses.json(check.report.batchJSON() + "\n")
            case "csv":
                let bytes = try await self.produce { () throws(SheetsError) in try CSVWriter.bytes(ReviewSummary.sheet(check.submissions), options: .init(byteOrderMark: true)) }
                return Responses.download(bytes, fileName: "ita-review.csv", type: "text/csv; charset=utf-8")
            case "xlsx":
                let bytes = try await self.produce { () throws(SheetsError) in try Checker.reviewWorkbook(check) }
                return Responses.download(bytes, fileName: "ita-review.xlsx", type: Responses.xlsxType)
            default:
                throw ServeError.badRequest(th: "format ต้องเป็น xlsx, json หรือ csv", en: "format takes xlsx, json or csv.")
            }
        }
    }

    /// Reads the upload and checks it under the work cap; the form's fields (the query's too)
    /// come back for the endpoint's own choices.
    func check(_ request: Request, batch: Bool = false) async throws(ServeError) -> (Check, [String: String]) {
        let form = try await UploadReader.form(request, limit: configuration.maxUploadBytes)
        var fields = form.fields
        for (key, value) in request.uri.queryParameters where fields[String(key)] == nil { fields[String(key)] = String(value) }
        let options = try CheckOptions(fields: fields)
        guard !form.files.isEmpty else { throw .noFiles }
        let uploads = form.files
        let check = try await limiter.run { Checker.check(uploads, options: options, batch: batch) }
        return (check, fields)
    }
}
