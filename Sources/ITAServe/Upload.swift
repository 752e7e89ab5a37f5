import Foundation

/// One file of an upload, held in memory. Its name is the client's, cleaned for display: it
/// names the file in findings and a CSV's sheet, and is never used as a path.
struct Upload: Sendable {
    var name: String
    var bytes: [UInt8]

    init(clientName: String, bytes: [UInt8], index: Int) {
        self.name = Self.displayName(clientName, index: index)
        self.bytes = bytes
    }

    /// The last component of what the client sent (browsers on Windows may send a whole
    /// `C:\…` path), without control characters, at most 100 characters; `file-N` when nothing is left.
    static func displayName(_ clientName: String, index: Int) -> String {
        let last = clientName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var cleaned = String(String.UnicodeScalarView(last.unicodeScalars.filter {
            $0.properties.generalCategory != .control && $0.properties.generalCategory != .format
        })).trimmingCharacters(in: .whitespaces)
        while cleaned.hasPrefix(".") { cleaned.removeFirst() }
        cleaned = String(cleaned.prefix(100))
        return cleaned.isEmpty ? "file-\(index + 1)" : cleaned
    }
}
