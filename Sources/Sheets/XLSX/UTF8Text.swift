import Foundation

/// UTF-8 checks and OOXML string decoding over raw bytes, shared by the XML tokenizer, the XLSX
/// cell fast paths and the CSV reader's rows.
enum UTF8Text {
    /// The bytes as text, invalid bytes taken as U+FFFD, and whether they were valid UTF-8.
    /// `String(decoding:)` repairs invalid bytes and gives valid input back byte for byte, so
    /// comparing the two tells; unlike the generic `String(validating:as:)` it costs no run-time
    /// generic metadata look-ups per call (the CSV reader's `RowSink` calls it for every field).
    @inline(__always)
    static func decoding(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, valid: Bool) {
        guard !bytes.isEmpty else { return ("", true) }
        let text = String(decoding: bytes, as: UTF8.self)
        let utf8 = text.utf8
        guard utf8.count == bytes.count else { return (text, false) }
        let same = utf8.withContiguousStorageIfAvailable { stored in
            memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        } ?? utf8.elementsEqual(bytes)
        return (text, same)
    }

    /// The bytes as a `String`, nil when they are not valid UTF-8 (`decoding`).
    @inline(__always)
    static func string(validating bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let (text, valid) = decoding(bytes)
        return valid ? text : nil
    }

    /// Calls `body` with the bytes of an OOXML string with `_xHHHH_` escapes decoded (the
    /// bytes themselves when there are none); not checked as UTF-8.
    @inline(__always)
    static func withOOXMLBytes<R>(_ bytes: UnsafeBufferPointer<UInt8>,
                                  _ body: (UnsafeBufferPointer<UInt8>) throws(SheetsError) -> R) throws(SheetsError) -> R {
        if bytes.isEmpty || memchr(bytes.baseAddress!, Int32(UInt8(ascii: "_")), bytes.count) == nil {
            return try body(bytes)
        }
        return try OOXMLEscapes.decode(Array(bytes)).withUnsafeBufferPointer { (decoded) throws(SheetsError) -> R in try body(decoded) }
    }

    /// The text of an OOXML string: `_xHHHH_` escapes decoded, UTF-8 validated.
    @inline(__always)
    static func ooxmlString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.isEmpty else { return "" }
        if memchr(bytes.baseAddress!, Int32(UInt8(ascii: "_")), bytes.count) == nil {
            return string(validating: bytes)
        }
        return OOXMLEscapes.decode(Array(bytes)).withUnsafeBufferPointer { string(validating: $0) }
    }
}
