import Hummingbird
import ITA
import Sheets

/// The web page: the upload form, the result page of a check, its downloads, and the page's
/// stylesheet and script. Every answer is plain HTML that works without JavaScript.
extension ServeApp {
    func addPageRoutes(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            Responses.html(UploadPage.render(language: Self.language(request), maxUploadBytes: self.configuration.maxUploadBytes))
        }
        router.get("/static/app.css") { _, _ in Responses.asset(Stylesheet.css, type: "text/css; charset=utf-8") }
        router.get("/static/app.js") { _, _ in Responses.asset(Script.js, type: "text/javascript; charset=utf-8") }
        router.get("/static/icon.svg") { _, _ in Responses.asset(Icon.svg, type: "image/svg+xml") }
        router.get("/favicon.ico") { _, _ in Responses.asset(Icon.svg, type: "image/svg+xml") }

        router.post("/check") { request, _ in
            do throws(ServeError) {
                let form = try await UploadReader.form(request, limit: self.configuration.maxUploadBytes)
                let options = try CheckOptions(fields: form.fields)
                guard !form.files.isEmpty else { throw ServeError.noFiles }
                let uploads = form.files
                let report = try await self.limiter.run { Checker.validate(uploads, options: options) }
                let id = await self.store.put(.init(uploads: uploads, report: report, options: options))
                return Responses.seeOther("/result/\(id)?lang=\(options.language.rawValue)")
            } catch {
                return Responses.html(UploadPage.render(language: Self.language(request), maxUploadBytes: self.configuration.maxUploadBytes, error: error),
                                      status: error.status)
            }
        }

        router.get("/result/:id") { request, context in
            let language = Self.language(request)
            guard let id = context.parameters.get("id"), let entry = await self.store.get(id) else {
                return Responses.html(UploadPage.render(language: language, maxUploadBytes: self.configuration.maxUploadBytes, error: .notFound),
                                      status: .notFound)
            }
            return Responses.html(ResultPage.render(entry.report, language: language, downloads: .init(id: id, pdf: false)))
        }

        router.get("/download/:id/:file") { request, context in
            guard let id = context.parameters.get("id"), let entry = await self.store.get(id) else {
                return Responses.html(UploadPage.render(language: Self.language(request), maxUploadBytes: self.configuration.maxUploadBytes, error: .notFound),
                                      status: .notFound)
            }
            let report = entry.report, options = entry.options
            switch context.parameters.get("file") {
            case "results.xlsx":
                let bytes = try await self.limiter.run {
                    Result { () throws(SheetsError) in try Checker.resultsWorkbook(report, options: options) }
                }.mapError(ServeError.output).get()
                return Responses.download(bytes, fileName: "ita-results.xlsx", type: Responses.xlsxType)
            case "annotated.xlsx":
                let bytes = try await self.limiter.run {
                    Result { () throws(SheetsError) in try Checker.annotatedCopy(report) }
                }.mapError(ServeError.output).get()
                return Responses.download(bytes, fileName: "ita-annotated.xlsx", type: Responses.xlsxType)
            default:
                return Responses.html(UploadPage.render(language: Self.language(request), maxUploadBytes: self.configuration.maxUploadBytes, error: .notFound),
                                      status: .notFound)
            }
        }

        router.post("/forget/:id") { request, context in
            if let id = context.parameters.get("id") { await self.store.remove(id) }
            return Responses.seeOther("/?lang=\(Self.language(request).rawValue)")
        }
    }

    static func language(_ request: Request) -> Language {
        request.uri.queryParameters.get("lang").flatMap { Language(rawValue: String($0)) } ?? .th
    }
}
