import Hummingbird
import ITA
import Sheets

/// The web page: the upload form, the result page of a check, its downloads, and the page's
/// stylesheet, script and icon. Every answer is plain HTML that works without JavaScript.
extension ServeApp {
    func addPageRoutes(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            Responses.html(self.uploadPage(request))
        }
        router.get("/static/app.css") { _, _ in Responses.asset(Stylesheet.css, type: "text/css; charset=utf-8") }
        router.get("/static/app.js") { _, _ in Responses.asset(Script.js, type: "text/javascript; charset=utf-8") }
        router.get("/static/icon.svg") { _, _ in Responses.asset(Icon.svg, type: "image/svg+xml") }
        router.get("/favicon.ico") { _, _ in Responses.asset(Icon.svg, type: "image/svg+xml") }

        router.post("/check") { request, _ in
            let (check, _) = try await self.check(request)
            let id = await self.store.put(check, bytes: check.uploadBytes)
            return Responses.seeOther("/result/\(id)?lang=\(check.options.language.rawValue)")
        }

        router.get("/result/:id") { request, context in
            let check = try await self.kept(context)
            return Responses.html(ResultPage.render(check, id: context.parameters.get("id") ?? "", language: Self.language(request),
                                                     pdf: self.pdfAvailable))
        }

        router.get("/download/:id/review.xlsx") { _, context in
            let check = try await self.kept(context)
            guard check.isBatch else { throw ServeError.notFoundPath }
            let bytes = try await self.produce { () throws(SheetsError) in try Checker.reviewWorkbook(check) }
            return Responses.download(bytes, fileName: "ita-review.xlsx", type: Responses.xlsxType)
        }

        router.get("/download/:id/:submission/:file") { _, context in
            let check = try await self.kept(context)
            guard let number = context.parameters.get("submission", as: Int.self), check.submissions.indices.contains(number - 1) else {
                throw ServeError.notFoundPath
            }
            let outcomes = check.submissions[number - 1].files.map(\.outcome), options = check.options
            switch context.parameters.get("file") {
            case "results.xlsx":
                let bytes = try await self.produce { () throws(SheetsError) in try Checker.resultsWorkbook(outcomes, options: options) }
                return Responses.download(bytes, fileName: "ita-results.xlsx", type: Responses.xlsxType)
            case "results.pdf":
                let bytes = try await self.producePDF(outcomes, options: options)
                return Responses.download(bytes, fileName: "ita-results.pdf", type: Responses.pdfType)
            case "annotated.xlsx":
                let bytes = try await self.produce { () throws(SheetsError) in try Checker.annotatedCopy(outcomes) }
                return Responses.download(bytes, fileName: "ita-annotated.xlsx", type: Responses.xlsxType)
            default:
                throw ServeError.notFoundPath
            }
        }

        router.post("/forget/:id") { request, context in
            if let id = context.parameters.get("id") { await self.store.remove(id) }
            return Responses.seeOther("/?lang=\(Self.language(request).rawValue)")
        }
    }

    /// The check a result page or download names, while it is kept.
    func kept(_ context: BasicRequestContext) async throws(ServeError) -> Check {
        guard let id = context.parameters.get("id"), let check = await store.get(id) else { throw .notFound }
        return check
    }

    /// The upload form, with the reason a request was refused on it when there is one.
    func uploadPage(_ request: Request, error: ServeError? = nil) -> String {
        UploadPage.render(language: Self.language(request), maxUploadBytes: configuration.maxUploadBytes, pdf: pdfAvailable,
                          origin: Self.origin(authority: request.head.authority), error: error)
    }

    /// `http://` and the Host the browser used, for the page's curl example; a Host that is not a
    /// plain name or address (port included) gives the placeholder HOST instead.
    static func origin(authority: String?) -> String {
        guard let authority, !authority.isEmpty, authority.allSatisfy(hostCharacters.contains) else {
            return "http://HOST"
        }
        return "http://" + authority
    }

    private static let hostCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]")

    static func language(_ request: Request) -> Language {
        request.uri.queryParameters.get("lang").flatMap { Language(rawValue: String($0)) } ?? .th
    }
}
