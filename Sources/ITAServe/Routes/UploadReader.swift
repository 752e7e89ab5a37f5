import Hummingbird
import NIOCore

/// The body of an upload, read into memory up to the limit and parsed as a multipart form.
enum UploadReader {
    static func form(_ request: Request, limit: Int) async throws(ServeError) -> MultipartForm {
        // A declared length over the limit is refused before a byte is read.
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw .tooLarge(limit: limit, received: declared)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw .tooLarge(limit: limit)
        } catch {
            throw .badRequest(th: "รับไฟล์ไม่ครบ การเชื่อมต่อขาดระหว่างส่ง", en: "The upload was cut short.")
        }
        return try MultipartForm(body: Array(buffer.readableBytesView), contentType: request.headers[.contentType] ?? "")
    }
}
