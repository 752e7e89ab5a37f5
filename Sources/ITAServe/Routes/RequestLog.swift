import Foundation
import Hummingbird

/// One line per request on standard error: the method, the first part of the path (never a
/// result id, a file name or any content), the status, the bytes received and the time taken.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    let enabled: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard enabled else { return try await next(request, context) }
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let section = request.uri.path.split(separator: "/").first.map { "/\($0)" } ?? "/"
        let received = request.headers[.contentLength] ?? "0"
        let line = "ita serve: \(request.method) \(section) \(response.status.code) in=\(received)B \(String(format: "%.1f", ms))ms\n"
        FileHandle.standardError.write(Data(line.utf8))
        return response
    }
}
