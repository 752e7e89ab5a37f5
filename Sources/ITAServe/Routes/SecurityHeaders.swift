import Hummingbird

/// Headers on every answer: a Content-Security-Policy that allows only the page's own
/// stylesheet and script (no inline script, no outside request, no framing), no MIME sniffing,
/// no referrer, and no caching of anything but the two assets. Errors thrown anywhere (an
/// unknown path, a refused upload) are turned here into the same JSON or HTML answers, so they
/// carry these headers too.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    let render: @Sendable (ServeError, Request) -> Response

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as ServeError {
            response = render(error, request)
        } catch let error as HTTPError {
            let refusal = error.status == .notFound
                ? ServeError.notFoundPath
                : ServeError(error.status, code: "bad-request", th: "คำขอไม่ถูกต้อง", en: error.body ?? "Bad request.")
            response = render(refusal, request)
        } catch {
            // Anything else is the server's fault; its description stays out of the answer and the log.
            response = render(ServeError(.internalServerError, code: "internal-error",
                                         th: "เกิดข้อผิดพลาดในระบบ กรุณาลองใหม่", en: "Something went wrong on the server; try again."), request)
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
