import Hummingbird
import ITA

/// The kinds of answer the server gives; each carries the headers its kind needs (the security
/// headers common to all are added by `SecurityHeaders`).
enum Responses {
    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        body(Array(page.utf8), status: status, type: "text/html; charset=utf-8")
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        body(Array(text.utf8), status: status, type: "application/json; charset=utf-8")
    }

    static func error(_ error: ServeError) -> Response {
        var response = json(error.json, status: error.status)
        if error.status == .serviceUnavailable { response.headers[.retryAfter] = "5" }
        return response
    }

    /// A file to save: an ASCII name of ours (never the client's), sent as an attachment.
    static func download(_ bytes: [UInt8], fileName: String, type: String) -> Response {
        var response = body(bytes, status: .ok, type: type)
        response.headers[.contentDisposition] = "attachment; filename=\"\(fileName)\""
        return response
    }

    static func asset(_ text: String, type: String) -> Response {
        var response = body(Array(text.utf8), status: .ok, type: type)
        response.headers[.cacheControl] = "public, max-age=3600"
        return response
    }

    /// 303: after a form's POST the browser GETs the result page (reloading it re-sends nothing).
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .contentLength: "0"])
    }

    static func body(_ bytes: [UInt8], status: HTTPResponse.Status, type: String) -> Response {
        Response(status: status, headers: [.contentType: type, .contentLength: String(bytes.count)],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    static let pdfType = "application/pdf"
}
