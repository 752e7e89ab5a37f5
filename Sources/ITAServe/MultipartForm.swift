import Foundation

/// A `multipart/form-data` body (RFC 7578), parsed from memory: its text fields and its files.
/// The whole body is already bounded by the upload limit; the parser bounds the number of parts
/// and the size of their headers, and copies each file's bytes once.
struct MultipartForm: Sendable {
    var fields: [String: String] = [:]
    var files: [Upload] = []

    static let maxParts = 1_000
    static let maxHeaderBytes = 8 * 1024

    init(body: [UInt8], contentType: String) throws(ServeError) {
        guard let boundary = Self.boundary(in: contentType) else {
            throw .badRequest(th: "ไม่พบไฟล์ในคำขอ: ส่งไฟล์แบบ multipart/form-data เหมือนฟอร์มในหน้านี้ (เช่น curl -F files=@แผน.xlsx)",
                              en: "No files in the request: send them as multipart/form-data, as the page's form does (e.g. curl -F files=@plan.xlsx).")
        }
        let delimiter = Array("--\(boundary)".utf8)
        let malformed = ServeError.badRequest(th: "ไฟล์ที่ส่งมาไม่ครบหรือเสียหายระหว่างส่ง กรุณาส่งใหม่ (multipart)",
                                              en: "The multipart body is malformed or cut short; send it again.")
        guard var position = body.firstRange(of: delimiter)?.upperBound else { throw malformed }
        var parts = 0
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if body[position...].starts(with: [0x2D, 0x2D]) { return }
            guard body[position...].starts(with: [0x0D, 0x0A]) else { throw malformed }
            position += 2
            parts += 1
            guard parts <= Self.maxParts else {
                throw .badRequest(th: "ส่งไฟล์มาเกิน \(Self.maxParts) ไฟล์ในครั้งเดียว", en: "More than \(Self.maxParts) parts in one upload.")
            }
            let headerEnd = body[position...].firstRange(of: [0x0D, 0x0A, 0x0D, 0x0A])
            guard let headerEnd, headerEnd.lowerBound - position <= Self.maxHeaderBytes else { throw malformed }
            let headers = String(decoding: body[position..<headerEnd.lowerBound], as: UTF8.self)
            guard let end = body[headerEnd.upperBound...].firstRange(of: [0x0D, 0x0A] + delimiter) else { throw malformed }
            let content = body[headerEnd.upperBound..<end.lowerBound]
            position = end.upperBound
            guard let disposition = Self.header("content-disposition", in: headers),
                  let name = Self.parameter("name", in: disposition) else { continue }
            if let filename = Self.parameter("filename", in: disposition) {
                // A file input left empty still sends a part with an empty name and no bytes.
                if filename.isEmpty && content.isEmpty { continue }
                files.append(Upload(clientName: filename, bytes: Array(content), index: files.count))
            } else {
                fields[name] = String(decoding: content, as: UTF8.self)
            }
        }
    }

    static func boundary(in contentType: String) -> String? {
        let lower = contentType.lowercased()
        guard lower.hasPrefix("multipart/form-data"), let value = parameter("boundary", in: contentType),
              (1...70).contains(value.utf8.count) else { return nil }
        return value
    }

    static func header(_ name: String, in headers: String) -> String? {
        for line in headers.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            if line[..<colon].lowercased() == name { return String(line[line.index(after: colon)...]) }
        }
        return nil
    }

    /// A parameter of a header value (`name="files"`, `boundary=xyz`).
    static func parameter(_ key: String, in value: String) -> String? {
        var rest = Substring(value)
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop(while: { $0 == " " || $0 == "\t" })
            guard let equals = rest.firstIndex(of: "=") else { return nil }
            let found = rest[..<equals].lowercased() == key
            rest = rest[rest.index(after: equals)...]
            var parsed = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                // Browsers send `\` as is (a Windows path) and `"` as %22; curl sends `\"`.
                while let c = rest.first {
                    rest = rest.dropFirst()
                    if c == "\\", rest.first == "\"" { parsed.append("\""); rest = rest.dropFirst() }
                    else if c == "\"" { break }
                    else { parsed.append(c) }
                }
            } else {
                let end = rest.firstIndex(of: ";") ?? rest.endIndex
                parsed = String(rest[..<end]).trimmingCharacters(in: .whitespaces)
                rest = rest[end...]
            }
            if found { return parsed }
        }
        return nil
    }
}
