import Foundation

// Entity references and line ends: the text of the current token as the XML means it.
extension XMLTokenizer {
    /// Appends the current text, entities decoded (CDATA verbatim).
    func appendText(to buffer: inout [UInt8]) throws(SheetsError) {
        if textIsCDATA {
            Self.appendNormalizingLineEnds(UnsafeBufferPointer(start: base + text.start, count: text.end - text.start), to: &buffer)
        } else {
            try appendDecoded(text, to: &buffer)
        }
    }

    /// The attribute's value as a `String`, entities decoded; nil when absent.
    func attributeString(_ localName: StaticString) throws(SheetsError) -> String? {
        guard let span = attribute(localName) else { return nil }
        var bytes: [UInt8] = []
        try appendDecoded(span, to: &bytes)
        return try string(from: bytes)
    }

    /// Validates UTF-8 (invalid UTF-8 is an error: XML forbids it, and replacing it would
    /// silently change the data).
    func string(from bytes: [UInt8]) throws(SheetsError) -> String {
        guard let s = bytes.withUnsafeBufferPointer({ UTF8Text.string(validating: $0) }) else {
            throw error("the part contains invalid UTF-8 text", code: .invalidTextEncoding)
        }
        return s
    }

    /// The span's bytes as text for a message (invalid UTF-8 shown as U+FFFD, never refused).
    func string(_ span: Span) -> String {
        String(decoding: UnsafeBufferPointer(start: base + span.start, count: span.end - span.start), as: UTF8.self)
    }

    /// Appends the bytes of `span` with `&…;` references decoded.
    func appendDecoded(_ span: Span, to buffer: inout [UInt8]) throws(SheetsError) {
        var i = span.start
        while i < span.end {
            guard let hit = memchr(base + i, Int32(UInt8(ascii: "&")), span.end - i) else {
                Self.appendNormalizingLineEnds(UnsafeBufferPointer(start: base + i, count: span.end - i), to: &buffer)
                return
            }
            let amp = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            Self.appendNormalizingLineEnds(UnsafeBufferPointer(start: base + i, count: amp - i), to: &buffer)
            var semi = amp + 1
            while semi < span.end, semi - amp <= 12, base[semi] != UInt8(ascii: ";") { semi += 1 }
            guard semi < span.end, base[semi] == UInt8(ascii: ";") else { throw error("unterminated '&' reference in text") }
            let ref = UnsafeBufferPointer(start: base + amp + 1, count: semi - amp - 1)
            try appendReference(ref, to: &buffer)
            i = semi + 1
        }
    }

    /// Appends raw text with its line ends normalised as XML 1.0 §2.11 requires of every parser:
    /// CR LF and a lone CR become LF. (A CR written as `&#13;` or `_x000D_` is kept: it is data.)
    static func appendNormalizingLineEnds(_ raw: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        guard let base = raw.baseAddress, var cr = memchr(base, 0x0D, raw.count) else {
            buffer.append(contentsOf: raw)
            return
        }
        var i = 0
        while true {
            let at = base.distance(to: cr.assumingMemoryBound(to: UInt8.self))
            buffer.append(contentsOf: UnsafeBufferPointer(start: base + i, count: at - i))
            buffer.append(0x0A)
            i = at + 1
            if i < raw.count, base[i] == 0x0A { i += 1 }
            guard i < raw.count, let next = memchr(base + i, 0x0D, raw.count - i) else { break }
            cr = next
        }
        buffer.append(contentsOf: UnsafeBufferPointer(start: base + i, count: raw.count - i))
    }

    private func appendReference(_ ref: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) throws(SheetsError) {
        switch Array(ref) {
        case Array("lt".utf8): buffer.append(UInt8(ascii: "<"))
        case Array("gt".utf8): buffer.append(UInt8(ascii: ">"))
        case Array("amp".utf8): buffer.append(UInt8(ascii: "&"))
        case Array("quot".utf8): buffer.append(UInt8(ascii: "\""))
        case Array("apos".utf8): buffer.append(UInt8(ascii: "'"))
        default:
            guard ref.count >= 2, ref[0] == UInt8(ascii: "#") else {
                throw error("unknown entity &\(String(decoding: ref, as: UTF8.self)); (only the five predefined entities are allowed)")
            }
            var value: UInt32 = 0
            let hex = ref[1] == UInt8(ascii: "x")
            let digits = ref[(hex ? 2 : 1)...]
            guard !digits.isEmpty else { throw error("empty character reference") }
            for d in digits {
                let v: UInt32
                switch d {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt32(d - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: v = UInt32(d - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: v = UInt32(d - UInt8(ascii: "A") + 10)
                default: throw error("malformed character reference &\(String(decoding: ref, as: UTF8.self));")
                }
                value = value * (hex ? 16 : 10) + v
                guard value <= 0x10FFFF else { throw error("character reference out of range") }
            }
            guard value != 0, let scalar = Unicode.Scalar(value) else {
                throw error("character reference &\(String(decoding: ref, as: UTF8.self)); is not a character")
            }
            buffer.append(contentsOf: UTF8.encode(scalar)!)
        }
    }
}
